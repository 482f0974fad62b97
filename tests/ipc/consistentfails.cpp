// SPDX-License-Identifier: MIT
// Preloaded into a worker by tst_sharedlock: pthread_mutex_consistent() fails, as it does when the
// mutex is not robust or not in the owner-died state, so that the test can see what the lock does
// with a failure it cannot otherwise provoke.
#include <cerrno>
#include <pthread.h>

extern "C" int pthread_mutex_consistent(pthread_mutex_t *)
{
    return EINVAL;
}
