// SPDX-License-Identifier: MIT
#include "sharedbarrier.h"

#include "clock.h"

#include <climits>
#include <thread>

namespace proclab {

namespace {

constexpr std::uint32_t kBroken = 0x8000'0000u;
constexpr std::uint32_t kEpochMask = 0x7fff'0000u;
constexpr std::uint32_t kEpochOne = 0x0001'0000u;
constexpr std::uint32_t kGenerationMask = 0x0000'ffffu;
// The arrival count: [30..16] the epoch it counts for (as in the word), [15..0] the count.
constexpr std::uint32_t kCountMask = 0x0000'ffffu;

// Sleeps are bounded so that a waiter re-checks now and then even if a wake-up went astray;
// correctness never depends on it (every state change is on the futex word itself).
constexpr long long kSleepSliceNs = 200'000'000;

// How long a waiter spins before it sleeps: about the cost of a futex sleep and wake-up. Spinning
// only pays when every party can be on a CPU at once; with more parties than CPUs it would steal
// time from the ones still working.
long long spinBudgetNs(int parties)
{
    static const int cpus = int(std::thread::hardware_concurrency());
    return parties <= cpus ? 50'000 : 0;
}

} // namespace

void SharedBarrier::initialize(SharedBarrierState *state, int parties)
{
    state->word.store(0, std::memory_order_relaxed);
    state->arrived.store(0, std::memory_order_relaxed); // epoch 0, nobody
    state->sleepers.store(0, std::memory_order_relaxed);
    state->parties = std::uint32_t(parties);
}

int SharedBarrier::outcome(const Arrival &arrival, std::uint32_t now) const
{
    // A new generation means our round completed: its count included us, and no round can
    // complete without a party that is still inside wait(). A reset() or abort() that came after
    // it breaks nobody it released (as in Python, where reset() breaks only those waiting).
    if ((now & kGenerationMask) == (arrival.round & kGenerationMask))
        return Broken; // abort(), or reset() while we waited
    return arrival.index;
}

SharedBarrier::Arrival SharedBarrier::arrive(bool stamp)
{
    SharedBarrierState &s = *m_state;
    Arrival arrival;
    // Arrive in the round `round` names, never in another: the count carries the epoch it
    // counts for, so an arrival that read the word before a reset() cannot be counted in the round
    // after it (it would return broken and still let that round through one party short).
    for (;;) {
        arrival.round = s.word.load(std::memory_order_acquire);
        if (arrival.round & kBroken)
            return {};
        const std::uint32_t epoch = arrival.round & kEpochMask;
        std::uint32_t count = s.arrived.load(std::memory_order_acquire);
        std::uint32_t next = 0;
        do {
            if ((count & kEpochMask) != epoch)
                break; // a reset() is under way or done: read the word again
            const std::uint32_t arrivals = (count & kCountMask) + 1;
            arrival.last = arrivals >= s.parties;
            arrival.index = int(arrivals) - 1;
            // The last one empties the count for the next round in the same step.
            next = epoch | (arrival.last ? 0 : arrivals);
            // Stamped after `count` was read and counted only if nobody counted since: an
            // earlier count's stamp was taken before it, so stamps follow the count's order.
            if (stamp)
                arrival.ns = monotonicNowNs();
        } while (!s.arrived.compare_exchange_weak(count, next, std::memory_order_acq_rel));
        if ((count & kEpochMask) == epoch)
            break;
        futex::cpuRelax();
    }
    if (!arrival.last)
        return arrival;
    // Publish the new generation unless the barrier broke or was reset meanwhile.
    std::uint32_t word = s.word.load(std::memory_order_relaxed);
    std::uint32_t next = 0;
    do {
        if ((word & kBroken) || (word & kEpochMask) != (arrival.round & kEpochMask)) {
            arrival.index = Broken;
            return arrival;
        }
        next = (word & ~kGenerationMask) | ((word + 1) & kGenerationMask);
    } while (!s.word.compare_exchange_weak(word, next, std::memory_order_seq_cst));
    // seq_cst pairs with the sleepers' increment: either they see the new word before they
    // sleep, or we see them and wake them.
    if (s.sleepers.load(std::memory_order_seq_cst) > 0)
        futex::wake(&s.word, INT_MAX);
    return arrival;
}

int SharedBarrier::await(const Arrival &arrival)
{
    if (arrival.index == Broken || arrival.last)
        return arrival.index;
    SharedBarrierState &s = *m_state;
    const std::uint32_t before = arrival.round;
    if (const long long budget = spinBudgetNs(int(s.parties)); budget > 0) {
        const long long deadline = monotonicNowNs() + budget;
        do {
            for (int i = 0; i < 32; ++i) {
                const std::uint32_t now = s.word.load(std::memory_order_acquire);
                if (now != before)
                    return outcome(arrival, now);
                futex::cpuRelax();
            }
        } while (monotonicNowNs() < deadline);
    }
    for (;;) {
        s.sleepers.fetch_add(1, std::memory_order_seq_cst);
        bool slept = true;
        if (s.word.load(std::memory_order_seq_cst) == before)
            slept = futex::wait(&s.word, before, kSleepSliceNs);
        s.sleepers.fetch_sub(1, std::memory_order_relaxed);
        const std::uint32_t now = s.word.load(std::memory_order_acquire);
        if (now != before)
            return outcome(arrival, now);
        // A futex the kernel refuses cannot be slept on: rather than spin a core for ever, break
        // the barrier (for everyone: our arrival is counted, so the round could not be trusted).
        if (!slept) {
            abort();
            return Broken;
        }
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
    std::uint32_t word = s.word.load(std::memory_order_relaxed);
    std::uint32_t next = 0;
    do {
        next = ((word + kEpochOne) & kEpochMask) | (word & kGenerationMask);
    } while (!s.word.compare_exchange_weak(word, next, std::memory_order_seq_cst));
    // An empty count for the new epoch: arrivals that read the old epoch can no longer count
    // themselves in (theirs is the old epoch's count), arrivals of the new one wait for this.
    s.arrived.store(next & kEpochMask, std::memory_order_release);
    futex::wake(&s.word, INT_MAX);
}

int SharedBarrier::nWaiting() const
{
    if (isBroken())
        return 0;
    return int(m_state->arrived.load(std::memory_order_acquire) & kCountMask);
}

bool SharedBarrier::isBroken() const
{
    return (m_state->word.load(std::memory_order_acquire) & kBroken) != 0;
}

std::uint32_t SharedBarrier::generation() const
{
    return m_state->word.load(std::memory_order_acquire) & kGenerationMask;
}

} // namespace proclab
