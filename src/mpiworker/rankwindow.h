// SPDX-License-Identifier: MIT
#pragma once

#include <mpi.h>

namespace proclab::mpi {

// The one RMA window of a run: a few 64-bit slots on every rank, all accessed inside one
// MPI_Win_lock_all epoch (passive target: no rank has to take part in another's access).
// Slots of rank 0 hold what is shared by all; the lock's queue links live on every rank.
enum Slot : int
{
    LockNext = 0,    // every rank: the rank queued behind this one, or -1
    LockBlocked = 1, // every rank: 1 while this rank waits for its predecessor's hand-over
    LockTail = 2,    // rank 0: the last rank in the lock's queue, or -1
    Counter = 3,     // rank 0: the critical section's counter (incremented non-atomically)
    NextChunk = 4,   // rank 0: the pool's next chunk index (fetch-and-add)
    SlotCount = 5
};

struct RankWindow
{
    MPI_Win win = MPI_WIN_NULL;
    long *local = nullptr; // this rank's slots
    int rank = 0;
};

} // namespace proclab::mpi
