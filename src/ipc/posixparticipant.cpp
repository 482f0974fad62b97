// SPDX-License-Identifier: MIT
// The posix family, worker side: POSIX named semaphores (sem_open), built the way CPython builds
// multiprocessing.Lock and multiprocessing.Barrier, so that the lab shows how Python's primitives
// behave when a process dies at the wrong moment.
//
// - The lock is a binary semaphore, like SemLock: nobody owns it, so a holder that is killed leaves
//   it taken for ever (no SEM_UNDO, no robust list). The lab reads it with sem_getvalue().
// - The barrier is threading.Barrier's algorithm (_enter, _release, _wait, _exit; states 0 filling,
//   1 draining, -1 resetting, -2 broken), with its state and count in the shared block, on a
//   multiprocessing.Condition: a lock semaphore plus the _sleeping_count, _woken_count and
//   _wait_semaphore semaphores, with the same wait/notify_all protocol. The structure below
//   follows CPython 3.11 (Lib/threading.py Barrier, Lib/multiprocessing/synchronize.py Condition),
//   written anew in C++; the comments name the Python method each piece stands for.
//
// Breaking: the lab never takes the condition lock (it must never block). It sets block.broken and
// state -2, then posts the wait and woken semaphores, so every sleeper (and a notifier waiting for
// sleepers to wake) wakes up and finds block.broken set. Python has no such outside break: its
// abort() takes the condition lock like any other method.
//
// Qt-free: this file is part of proclab_ipcbase, which proclab-worker links without QtCore.
#include "objectnames.h"
#include "participant.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <semaphore.h>

namespace proclab::ipc {

namespace {

// The family's semaphores, by role. The lab side (posixobjects.cpp) creates the same roles; a
// mismatch would make every worker fail to open its semaphores, which every posix test would show.
enum Sem
{
    LockSem,     // the lock the participants' critical sections take (multiprocessing.Lock)
    CondLockSem, // the condition's lock, which guards the barrier's state and count
    SleepingSem, // Condition._sleeping_count
    WokenSem,    // Condition._woken_count
    WaitSem,     // Condition._wait_semaphore
    SemCount
};
constexpr const char *kRoles[SemCount] = {"lock", "cond-lock", "cond-sleeping", "cond-woken",
                                          "cond-wait"};

// threading.Barrier's states.
constexpr int kFilling = 0;
constexpr int kDraining = 1;
constexpr int kResetting = -1;
constexpr int kBroken = -2;

// sem_wait is not restarted after a signal handler ran: retry on EINTR. False: the semaphore is
// unusable.
bool acquire(sem_t *sem)
{
    while (::sem_wait(sem) != 0) {
        if (errno != EINTR)
            return false;
    }
    return true;
}

// acquire(False) in Python: true if a unit was taken without blocking.
bool tryAcquire(sem_t *sem)
{
    for (;;) {
        if (::sem_trywait(sem) == 0)
            return true;
        if (errno != EINTR)
            return false;
    }
}

void release(sem_t *sem)
{
    ::sem_post(sem);
}

class PosixParticipant final : public Participant
{
public:
    explicit PosixParticipant(CoordinationBlock &block)
        : Participant(block)
    {
    }
    ~PosixParticipant() override
    {
        for (sem_t *sem : m_sems) {
            if (sem)
                ::sem_close(sem);
        }
    }

    bool open(std::string *error)
    {
        for (int i = 0; i < SemCount; ++i) {
            const std::string name = posixSemaphoreName(block().key(), kRoles[i]);
            // Never O_CREAT: the lab creates every object of a run before any worker starts, so a
            // missing semaphore means a wrong key or a run already over, not one to make up.
            sem_t *sem = ::sem_open(name.c_str(), 0);
            if (sem == SEM_FAILED) {
                *error = "cannot open the semaphore " + name + ": " + std::strerror(errno);
                return false;
            }
            m_sems[i] = sem;
        }
        return true;
    }

    // threading.Barrier.wait() without a timeout or an action.
    int barrierWait() override
    {
        if (!acquire(m_sems[CondLockSem]))
            return Broken;
        // _enter(): wait while the previous round drains (or a reset is under way).
        for (;;) {
            if (broken()) {
                release(m_sems[CondLockSem]);
                return Broken;
            }
            const int s = state();
            if (s != kDraining && s != kResetting)
                break;
            if (!conditionWait())
                return Broken; // woke to a broken barrier, without the lock
        }
        if (state() < 0) {
            release(m_sems[CondLockSem]);
            return Broken;
        }
        const int index = count();
        setCount(index + 1);
        // The lab's progress gauge (generation = arrivals / parties): counted only for arrivals
        // that got an index, i.e. while the barrier is filling.
        block().arrivals.fetch_add(1, std::memory_order_acq_rel);
        bool brokenNow = false;
        if (index + 1 == parties()) {
            // _release(): the last arrival turns the barrier to draining and wakes everyone.
            setState(kDraining);
            brokenNow = !conditionNotifyAll() || broken();
        } else {
            // _wait(): wait_for(state != filling).
            while (!broken() && state() == kFilling) {
                if (!conditionWait())
                    return Broken;
            }
            brokenNow = broken() || state() < 0;
        }
        // The finally clause: leave the round, and the last one out opens the next.
        setCount(count() - 1);
        exitBarrier();
        release(m_sems[CondLockSem]);
        return brokenNow ? Broken : index;
    }

    bool barrierBroken() const override { return broken(); }

    // SemLock.acquire(): a binary semaphore. It has no owner, so nobody can tell that the previous
    // holder died (PreviousOwnerDied never happens), and a killed holder's unit never comes back.
    LockResult lock() override
    {
        if (!acquire(m_sems[LockSem]))
            return LockResult::Failed;
        noteHolder();
        return LockResult::Acquired;
    }
    void unlock() override
    {
        clearHolder();
        release(m_sems[LockSem]);
    }

private:
    // The barrier's state and count live in the block, guarded by the condition's lock, but the lab
    // writes state -2 and reads both without that lock: every access is atomic (GCC's builtins on
    // the plain ints of PosixBarrierShared, which the lab side uses too).
    int state() const { return __atomic_load_n(&block().posixBarrier.state, __ATOMIC_SEQ_CST); }
    void setState(int value)
    {
        int &s = block().posixBarrier.state;
        __atomic_store_n(&s, value, __ATOMIC_SEQ_CST);
        // The lab may have broken the barrier between our last look and this store, which would
        // have overwritten its -2. Both sides write state before/after the flag in sequentially
        // consistent order, so either we see the flag here or the lab's -2 lands after our store.
        if (broken())
            __atomic_store_n(&s, kBroken, __ATOMIC_SEQ_CST);
    }
    int count() const { return __atomic_load_n(&block().posixBarrier.count, __ATOMIC_RELAXED); }
    void setCount(int value)
    {
        __atomic_store_n(&block().posixBarrier.count, value, __ATOMIC_RELAXED);
    }
    bool broken() const { return block().broken.load(std::memory_order_seq_cst) != 0; }

    // _exit(): the last participant to leave a draining (or resetting) barrier makes it fill again
    // and wakes those that arrived meanwhile and wait in _enter(). A broken barrier stays broken.
    void exitBarrier()
    {
        if (count() != 0 || broken())
            return;
        const int s = state();
        if (s == kDraining || s == kResetting) {
            setState(kFilling);
            conditionNotifyAll();
        }
    }

    // multiprocessing.Condition.wait() without a timeout, called holding the condition lock. The
    // lock is not recursive here (Python's barrier uses an RLock, taken once), so it is released
    // once and retaken once.
    //
    // True: woken and holding the lock again. False: woken to a broken barrier, and NOT holding the
    // lock: a broken barrier is final, so the bookkeeping the lock guards no longer matters, and
    // retaking it could block for ever behind a process that died holding it. (The one wait that
    // can still block after a break is this retake when the wake-up was a normal one and the
    // break came after it: then the lock's holder is a live notifier, or a dead process, and the
    // engine kills stragglers after its grace period.)
    bool conditionWait()
    {
        release(m_sems[SleepingSem]); // "indicate that this thread is going to sleep"
        release(m_sems[CondLockSem]);
        const bool woke = acquire(m_sems[WaitSem]);
        release(m_sems[WokenSem]); // "indicate that this thread has woken"
        if (!woke || broken()) {
            // Pass a wake-up on: the lab posts one per party, but more processes than parties
            // may sleep, and a notifier may have eaten some of the lab's posts when it re-zeroed
            // the wait semaphore. Each broken sleeper waking the next makes that not matter.
            release(m_sems[WaitSem]);
            return false;
        }
        return acquire(m_sems[CondLockSem]);
    }

    // multiprocessing.Condition.notify_all(), called holding the condition lock. False when the
    // barrier broke while it waited for sleepers to wake: a sleeper that died after it said it
    // was going to sleep never says it has woken, and the lab's posts of the woken semaphore
    // unblock the notifier, which then stops waiting.
    bool conditionNotifyAll()
    {
        // Sleepers that already woke (Python: timed out; here: woken by a break) are subtracted.
        while (tryAcquire(m_sems[WokenSem]))
            tryAcquire(m_sems[SleepingSem]); // Python asserts this succeeds
        int sleepers = 0;
        while (tryAcquire(m_sems[SleepingSem])) {
            release(m_sems[WaitSem]); // wake up one sleeper
            ++sleepers;
        }
        // The flag is checked before every wait and after it: the lab sets it before it posts,
        // so a lab post taken here or above is always followed by seeing the flag. Then we stop:
        // never block on sleepers once the barrier is broken, and no re-zeroing, because a wake-up
        // counted may have been the lab's rather than a sleeper's, and that sleeper may still need
        // its post.
        for (int i = 0; i < sleepers; ++i) {
            if (broken() || !acquire(m_sems[WokenSem]) || broken())
                return false;
        }
        if (sleepers > 0) {
            // Re-zero the wait semaphore: every sleeper counted has woken (each of the wake-ups
            // taken was a sleeper's own, or the flag would have been seen), so none needs them.
            while (tryAcquire(m_sems[WaitSem])) {
            }
        }
        return true;
    }

    sem_t *m_sems[SemCount] = {};
};

} // namespace

std::unique_ptr<Participant> makePosixParticipant(CoordinationBlock &block, std::string *error)
{
    auto participant = std::make_unique<PosixParticipant>(block);
    if (!participant->open(error))
        return nullptr;
    return participant;
}

} // namespace proclab::ipc
