// SPDX-License-Identifier: MIT
#pragma once

#include "rankwindow.h"

namespace proclab::mpi {

// A mutual-exclusion lock between MPI ranks: the MCS queue lock (Mellor-Crummey and Scott) built
// from MPI-3 RMA atomics, as in Gropp, Hoefler, Thakur and Lusk, "Using Advanced MPI", ch. 4.
//
// Why not MPI_Win_lock(MPI_LOCK_EXCLUSIVE): it opens an access *epoch*; it only guarantees that
// the RMA operations of the epoch do not interleave with other exclusive epochs on that target,
// and an implementation may defer taking it until the first operation or the unlock (it need not
// block in MPI_Win_lock at all). Code between lock and unlock that is not RMA on that window
// (the work of a critical section) is not excluded. A mutex has to block the caller.
//
// The queue: rank 0 holds the tail; every rank its `next` link and a `blocked` flag. Acquire swaps
// itself into the tail (MPI_Fetch_and_op REPLACE); a previous tail is told who follows it and the
// caller spins on its own flag. Release with no successor swings the tail back to -1
// (MPI_Compare_and_swap); with one, it clears the successor's flag. Uncontended, that is two RMA
// atomic operations: one fetch-and-op, one compare-and-swap. Each waiter spins on its own slot,
// so a hand-over touches two ranks, never all of them.
class McsLock
{
public:
    explicit McsLock(RankWindow &window)
        : m_w(window)
    {
    }
    void acquire();
    void release();

    // RMA atomic operations (fetch-and-op, compare-and-swap, accumulate) this rank issued for the
    // lock; and, over the acquire+release pairs that found the lock free and left no successor,
    // how many there were and the most one of them used.
    long long atomics() const { return m_atomics; }
    long long uncontendedPairs() const { return m_uncontendedPairs; }
    long long uncontendedMaxAtomics() const { return m_uncontendedMax; }

private:
    long fetchNoOp(int target, Slot slot);

    RankWindow &m_w;
    long long m_atomics = 0;
    long long m_pairStart = 0;
    bool m_foundFree = false;
    long long m_uncontendedPairs = 0;
    long long m_uncontendedMax = 0;
};

} // namespace proclab::mpi
