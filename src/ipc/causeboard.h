// SPDX-License-Identifier: MIT
#pragma once

#include "eventformat.h"

#include <atomic>
#include <cstdint>

namespace proclab::ipc {

// Who holds the lock and who released it last: the holder (set right after acquiring, cleared
// right before releasing: a holder that dies leaves itself here) and the last release. Kept in a
// cache line the holder owns anyway, so that recording moves no other line at a hand-off: the
// futex family's mutex lives in the segment, so its record shares the mutex's line; the other
// families' locks are kernel objects, so theirs shares the holder pid's line (CoordinationBlock).
// Process ids plus one, so that the zeroed block reads "nobody".
struct LockRecord
{
    std::atomic<int> holder;
    std::atomic<int> releaser;
    std::atomic<long long> releasedNs;
};

// What ended a wait, known where it happens. The barrier: arrivals are counted (and stamped) here,
// so the arrival that completes a round knows it and says so on its own begin line, the cause of
// every other party's wait in the round. (The futex barrier counts and stamps arrivals itself, in
// its own cache line.) The lock's counterpart is a LockRecord kept in a line its holder writes
// anyway: beside the futex mutex, or beside the holder pid (CoordinationBlock).
struct CauseBoard
{
    // Barrier: arrivals ever; round r's arrivals draw tickets r*parties … r*parties+parties-1.
    alignas(64) std::atomic<unsigned long long> arrivals;
};
static_assert(std::atomic<int>::is_always_lock_free, "shared atomics must be address-free");

// One process's arrival at the barrier, as its family counted it (Participant::arrive()).
struct BarrierArrival
{
    long long ns = 0;              // this process's arrival (the begin of its barrier wait)
    unsigned long long ticket = 0; // its place in the count of arrivals (the family's token)
    int index = 0;                 // the family's arrival index, if arriving gave it (futex)
    bool last = false;             // it completed the round: nobody waited for anyone else
};

// A wait's cause as the waiter read it off the board (CauseEvent::None: nothing ended it).
struct BoardCause
{
    CauseEvent event = CauseEvent::None;
    int process = -1;
    long long ns = 0;
};

// Counts this process's arrival in `arrivals` (round r's tickets r*parties … r*parties+parties-1)
// and stamps it. The stamp is read after the count it is based on was seen, and the count taken
// only if nobody counted meanwhile, so the arrivals' stamps are in the order of their tickets: the
// last arriver's stamp is the round's latest, and it knows it is last (BarrierArrival::last)
// before it enters the barrier.
BarrierArrival arriveAtBarrier(std::atomic<unsigned long long> &arrivals, unsigned parties);

// Right after acquiring the lock, having begun to wait at waitBeginNs: the holder that never
// released it (it died holding it: OwnerDied, at acquiredNs), else the last releaser if it
// released after this process began to wait (the acquisition was contended), else None. Then
// records this process as the holder.
BoardCause takeLock(LockRecord &record, int processId, long long waitBeginNs, long long acquiredNs);
// Right before releasing, with the stamp of the end of its hold.
void releaseLock(LockRecord &record, int processId, long long holdEndNs);

} // namespace proclab::ipc
