// SPDX-License-Identifier: MIT
#pragma once

#include "sharedbarrier.h"
#include "sharedlock.h"

#include <atomic>

namespace proclab::ipc {

// The payload of the Barrier & Lock scenario's segment: one barrier, one lock, and a counter that
// the lock protects. Qt-free so that CoordinationArena (the engine) and proclab-worker (which does
// not link QtCore) share one definition of the layout.
struct CoordinationBlock
{
    SharedBarrierState barrier;
    SharedLockState lock;
    alignas(64) std::atomic<long long> counter;
};
static_assert(std::atomic<long long>::is_always_lock_free, "shared atomics must be address-free");

} // namespace proclab::ipc
