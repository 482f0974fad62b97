// SPDX-License-Identifier: MIT
#include "sharedbarrier.h"

#include "clock.h"

#include <climits>
#include <thread>

namespace proclab {

namespace {

constexpr quint32 kBroken = 0x8000'0000u;
constexpr quint32 kEpochMask = 0x7fff'0000u;
constexpr quint32 kEpochOne = 0x0001'0000u;
constexpr quint32 kGenerationMask = 0x0000'ffffu;

// Sleeps are bounded so that a waiter re-checks now and then even if a wake-up went astray;
// correctness never depends on it (every state change is on the futex word itself).
constexpr qint64 kSleepSliceNs = 200'000'000;

// How long a waiter spins before it sleeps: about the cost of a futex sleep and wake-up. Spinning
// only pays when every party can be on a CPU at once; with more parties than CPUs it would steal
// time from the ones still working.
qint64 spinBudgetNs(int parties)
{
    static const int cpus = int(std::thread::hardware_concurrency());
    return parties <= cpus ? 50'000 : 0;
}

} // namespace

void SharedBarrier::initialize(SharedBarrierState *state, int parties)
{
    state->word.store(0, std::memory_order_relaxed);
    state->arrived.store(0, std::memory_order_relaxed);
    state->sleepers.store(0, std::memory_order_relaxed);
    state->parties = quint32(parties);
}

int SharedBarrier::outcome(quint32 before, quint32 now, int index) const
{
    if ((now & kEpochMask) != (before & kEpochMask))
        return Broken; // reset() while we waited
    if ((now & kGenerationMask) != (before & kGenerationMask))
        return index; // our round completed (even if the barrier broke right after)
    return Broken;
}

int SharedBarrier::wait()
{
    SharedBarrierState &s = *m_state;
    const quint32 before = s.word.load(std::memory_order_acquire);
    if (before & kBroken)
        return Broken;
    const int index = int(s.arrived.fetch_add(1, std::memory_order_acq_rel));
    if (quint32(index) + 1 >= s.parties) {
        // Last to arrive: empty the count for the next round *before* publishing the new
        // generation, so a released party that races ahead into the next wait() sees 0.
        s.arrived.store(0, std::memory_order_relaxed);
        quint32 word = s.word.load(std::memory_order_relaxed);
        quint32 next = 0;
        do {
            if ((word & kBroken) || (word & kEpochMask) != (before & kEpochMask))
                return Broken;
            next = (word & ~kGenerationMask) | ((word + 1) & kGenerationMask);
        } while (!s.word.compare_exchange_weak(word, next, std::memory_order_seq_cst));
        // seq_cst pairs with the sleepers' increment: either they see the new word before they
        // sleep, or we see them and wake them.
        if (s.sleepers.load(std::memory_order_seq_cst) > 0)
            futex::wake(&s.word, INT_MAX);
        return index;
    }

    if (const qint64 budget = spinBudgetNs(int(s.parties)); budget > 0) {
        const qint64 deadline = monotonicNowNs() + budget;
        do {
            for (int i = 0; i < 32; ++i) {
                const quint32 now = s.word.load(std::memory_order_acquire);
                if (now != before)
                    return outcome(before, now, index);
                futex::cpuRelax();
            }
        } while (monotonicNowNs() < deadline);
    }
    for (;;) {
        s.sleepers.fetch_add(1, std::memory_order_seq_cst);
        if (s.word.load(std::memory_order_seq_cst) == before)
            futex::wait(&s.word, before, kSleepSliceNs);
        s.sleepers.fetch_sub(1, std::memory_order_relaxed);
        const quint32 now = s.word.load(std::memory_order_acquire);
        if (now != before)
            return outcome(before, now, index);
    }
}

void SharedBarrier::abort()
{
    m_state->word.fetch_or(kBroken, std::memory_order_seq_cst);
    futex::wake(&m_state->word, INT_MAX);
}

void SharedBarrier::reset()
{
    SharedBarrierState &s = *m_state;
    s.arrived.store(0, std::memory_order_relaxed);
    quint32 word = s.word.load(std::memory_order_relaxed);
    quint32 next = 0;
    do {
        next = ((word + kEpochOne) & kEpochMask) | (word & kGenerationMask);
    } while (!s.word.compare_exchange_weak(word, next, std::memory_order_seq_cst));
    futex::wake(&s.word, INT_MAX);
}

int SharedBarrier::nWaiting() const
{
    if (isBroken())
        return 0;
    return int(m_state->arrived.load(std::memory_order_acquire));
}

bool SharedBarrier::isBroken() const
{
    return (m_state->word.load(std::memory_order_acquire) & kBroken) != 0;
}

quint32 SharedBarrier::generation() const
{
    return m_state->word.load(std::memory_order_acquire) & kGenerationMask;
}

} // namespace proclab
