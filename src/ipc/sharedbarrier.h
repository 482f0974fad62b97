// SPDX-License-Identifier: MIT
#pragma once

#include "futex.h"

#include <atomic>
#include <cstdint>

namespace proclab {

// The barrier's state, placed inside a shared segment by its owner.
struct alignas(64) SharedBarrierState
{
    // The futex word: [31] broken, [30..16] reset epoch, [15..0] generation (completed rounds).
    // Every event a waiter must notice (round complete, abort, reset) changes this one word, so a
    // sleeper can never miss it: FUTEX_WAIT refuses to sleep on a value that already changed.
    futex::Word word;
    futex::Word arrived; // [30..16] the reset epoch it counts for, [15..0] parties arrived
    futex::Word
        sleepers; // waiters inside FUTEX_WAIT: the last arriver skips the wake syscall when 0
    std::uint32_t parties;
};
static_assert(sizeof(SharedBarrierState) == 64, "the barrier's state is one cache line");

// A reusable barrier for N processes, like Python's multiprocessing.Barrier.
//
// Built on a futex in the shared segment instead of QSystemSemaphore: System V semaphores use
// SEM_UNDO, so a release made by a process that exits right after (the last arriver of the final
// round) is taken back by the kernel and the waiters it meant to wake sleep forever; the undo
// value is also capped at 32767, so a process that only releases fails with ERANGE after enough
// rounds; and semop() has no timeout to notice a broken barrier. A futex wake is not undone, has
// no counter to overflow, and FUTEX_WAIT takes a timeout.
//
// Waiters spin briefly (a round between busy processes often completes within microseconds) and
// then sleep. Only workers call wait() (or arrive() and await()); the engine calls abort() and
// reads, which never block.
class SharedBarrier
{
public:
    static constexpr int Broken = -1;

    // Owner side, once, before any worker can see the segment.
    static void initialize(SharedBarrierState *state, int parties);

    explicit SharedBarrier(SharedBarrierState *state)
        : m_state(state)
    {
    }

    // One caller's arrival, counted by arrive() and awaited by await().
    struct Arrival
    {
        std::uint32_t round = 0; // the word when it was counted (Broken index: not counted)
        int index = Broken;      // its arrival index (0 … parties-1), or Broken
        bool last = false;       // it completed the round (arrive() already released the others)
        long long ns = 0;        // arrive(true): its stamp, taken where it was counted
    };

    // Blocks until all parties have arrived; returns this caller's arrival index (0 … parties-1),
    // or Broken if the barrier is or becomes broken (abort(), or reset() while waiting).
    int wait() { return await(arrive()); }
    // wait() in two steps, for a caller that reports its wait: arrive() counts the caller in (and,
    // if it is the last, completes the round at once); await() then blocks until the round is
    // complete. With `stamp` the arrival is stamped where it is counted, so the stamps are in the
    // order of counting (the last arriver's is the round's latest, and Arrival::last says who
    // that is: the caller reports it, the cause of the others' waits).
    Arrival arrive(bool stamp = false);
    int await(const Arrival &arrival);
    // Puts the barrier into the broken state: every present and future waiter gets Broken at once.
    void abort();
    // Back to the empty, unbroken state. Processes waiting right now get Broken (as in Python).
    void reset();

    int parties() const { return int(m_state->parties); }
    int nWaiting() const;
    bool isBroken() const;
    // Rounds completed since initialisation (modulo 2^16).
    std::uint32_t generation() const;

private:
    int outcome(const Arrival &arrival, std::uint32_t now) const;
    SharedBarrierState *m_state;
};

} // namespace proclab
