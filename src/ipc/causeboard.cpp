// SPDX-License-Identifier: MIT
#include "causeboard.h"

#include "clock.h"

namespace proclab::ipc {

BarrierArrival arriveAtBarrier(std::atomic<unsigned long long> &arrivals, unsigned parties)
{
    BarrierArrival arrival;
    unsigned long long seen = arrivals.load(std::memory_order_acquire);
    do {
        arrival.ns = monotonicNowNs();
    } while (!arrivals.compare_exchange_weak(seen, seen + 1, std::memory_order_acq_rel,
                                             std::memory_order_acquire));
    arrival.ticket = seen;
    arrival.last = parties > 0 && (seen + 1) % parties == 0;
    return arrival;
}

BoardCause takeLock(LockRecord &record, int processId, long long waitBeginNs, long long acquiredNs)
{
    BoardCause cause;
    const int holder = record.holder.load(std::memory_order_acquire) - 1;
    if (holder >= 0 && holder != processId) {
        cause = {CauseEvent::OwnerDied, holder, acquiredNs};
    } else {
        const long long released = record.releasedNs.load(std::memory_order_acquire);
        const int releaser = record.releaser.load(std::memory_order_relaxed) - 1;
        if (releaser >= 0 && releaser != processId && released > waitBeginNs)
            cause = {CauseEvent::LockRelease, releaser, released};
    }
    record.holder.store(processId + 1, std::memory_order_relaxed);
    return cause;
}

void releaseLock(LockRecord &record, int processId, long long holdEndNs)
{
    record.releaser.store(processId + 1, std::memory_order_relaxed);
    record.releasedNs.store(holdEndNs, std::memory_order_relaxed);
    record.holder.store(0, std::memory_order_release);
}

} // namespace proclab::ipc
