// SPDX-License-Identifier: MIT
#pragma once

#include <pthread.h>

namespace proclab {

// The lock's state, placed inside a shared segment by its owner (on a cache line of its own, with
// room left in it for what the owner keeps beside the mutex: coordinationblock.h).
struct SharedLockState
{
    pthread_mutex_t mutex;
};

// A cross-process mutex (Python's multiprocessing.Lock) on a process-shared *robust* pthread mutex.
//
// Why this and not a QSystemSemaphore or a hand-made futex lock:
//  - speed: glibc's mutex is a futex: lock and unlock are one atomic instruction in user space
//    when uncontended and sleep in the kernel only under contention. A QSystemSemaphore is a
//    System V semop() system call on every acquire and release (~25k contended pairs/s).
//  - a holder that dies: the kernel walks the dead thread's robust list at exit, marks the mutex
//    FUTEX_OWNER_DIED and wakes one waiter, who gets EOWNERDEAD. That is immediate and exact: no
//    polling with timeouts and no risk of mistaking a recycled pid for the dead owner, which an
//    "owner pid in the word" design would have to guess at.
// Only workers call lock(); the engine never blocks on it.
class SharedLock
{
public:
    enum class Result
    {
        Acquired,          // a normal acquisition
        PreviousOwnerDied, // acquired; the previous holder died holding it (its critical section
                           // was cut short)
        Failed             // the lock is unusable (e.g. not initialised)
    };

    // Owner side, once, before any worker can see the segment.
    static bool initialize(SharedLockState *state);

    explicit SharedLock(SharedLockState *state)
        : m_state(state)
    {
    }

    Result lock();
    // Non-blocking; true if the lock is now ours (also after recovering it from a dead holder).
    bool tryLock();
    void unlock();

private:
    Result recover(int rc);
    SharedLockState *m_state;
};

} // namespace proclab
