// SPDX-License-Identifier: MIT
#include "sharedlock.h"

#include <cerrno>

namespace proclab {

bool SharedLock::initialize(SharedLockState *state)
{
    pthread_mutexattr_t attributes;
    if (pthread_mutexattr_init(&attributes) != 0)
        return false;
    const bool ok = pthread_mutexattr_setpshared(&attributes, PTHREAD_PROCESS_SHARED) == 0 &&
                    pthread_mutexattr_setrobust(&attributes, PTHREAD_MUTEX_ROBUST) == 0 &&
                    pthread_mutex_init(&state->mutex, &attributes) == 0;
    pthread_mutexattr_destroy(&attributes);
    return ok;
}

SharedLock::Result SharedLock::recover(int rc)
{
    if (rc == 0)
        return Result::Acquired;
    if (rc == EOWNERDEAD) {
        // We hold it now. The dead holder's data may be half-updated; the lab's critical sections
        // are single stores, so marking it consistent is all the repair needed. If it cannot be
        // marked, nobody may enter the critical section under it: unlocked unrepaired, the mutex
        // becomes unrecoverable, and every later lock() fails instead of a silent takeover.
        if (pthread_mutex_consistent(&m_state->mutex) != 0) {
            pthread_mutex_unlock(&m_state->mutex);
            return Result::Failed;
        }
        return Result::PreviousOwnerDied;
    }
    return Result::Failed;
}

SharedLock::Result SharedLock::lock()
{
    return recover(pthread_mutex_lock(&m_state->mutex));
}

bool SharedLock::tryLock()
{
    const int rc = pthread_mutex_trylock(&m_state->mutex);
    return rc != EBUSY && recover(rc) != Result::Failed;
}

void SharedLock::unlock()
{
    pthread_mutex_unlock(&m_state->mutex);
}

} // namespace proclab
