// SPDX-License-Identifier: MIT
#include "mcslock.h"

#include <algorithm>

namespace proclab::mpi {

long McsLock::fetchNoOp(int target, Slot slot)
{
    // An atomic read that also drives MPI's progress (a spinning rank must let the RMA aimed at
    // it complete when the window's implementation needs the target's help).
    long value = 0;
    long unused = 0;
    MPI_Fetch_and_op(&unused, &value, MPI_LONG, target, slot, MPI_NO_OP, m_w.win);
    MPI_Win_flush(target, m_w.win);
    ++m_atomics;
    return value;
}

void McsLock::acquire()
{
    m_pairStart = m_atomics;
    // Local stores to this rank's own slots, published by MPI_Win_sync: not RMA operations.
    m_w.local[LockBlocked] = 1;
    MPI_Win_sync(m_w.win);
    const long me = m_w.rank;
    long previous = -1;
    MPI_Fetch_and_op(&me, &previous, MPI_LONG, 0, LockTail, MPI_REPLACE, m_w.win);
    MPI_Win_flush(0, m_w.win);
    ++m_atomics;
    m_foundFree = previous == -1;
    if (m_foundFree)
        return;
    // Behind `previous`: tell it, then wait for its hand-over on this rank's own flag.
    MPI_Accumulate(&me, 1, MPI_LONG, int(previous), LockNext, 1, MPI_LONG, MPI_REPLACE, m_w.win);
    MPI_Win_flush(int(previous), m_w.win);
    ++m_atomics;
    while (fetchNoOp(m_w.rank, LockBlocked) != 0) {
    }
}

void McsLock::release()
{
    MPI_Win_sync(m_w.win);
    long next = m_w.local[LockNext];
    bool successor = next != -1;
    if (!successor) {
        // Nobody linked behind this rank yet: if it is still the tail, the queue is empty.
        const long me = m_w.rank;
        const long empty = -1;
        long tail = -1;
        MPI_Compare_and_swap(&empty, &me, &tail, MPI_LONG, 0, LockTail, m_w.win);
        MPI_Win_flush(0, m_w.win);
        ++m_atomics;
        if (tail != me) {
            // Someone swapped itself in after this rank and is about to link: wait for it.
            successor = true;
            while ((next = fetchNoOp(m_w.rank, LockNext)) == -1) {
            }
        }
    }
    if (successor) {
        const long zero = 0;
        MPI_Accumulate(&zero, 1, MPI_LONG, int(next), LockBlocked, 1, MPI_LONG, MPI_REPLACE,
                       m_w.win);
        MPI_Win_flush(int(next), m_w.win);
        ++m_atomics;
        // Nobody else writes this link now (this rank is out of the queue): reset it locally.
        m_w.local[LockNext] = -1;
        MPI_Win_sync(m_w.win);
    } else if (m_foundFree) {
        ++m_uncontendedPairs;
        m_uncontendedMax = std::max(m_uncontendedMax, m_atomics - m_pairStart);
    }
}

} // namespace proclab::mpi
