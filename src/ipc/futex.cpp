// SPDX-License-Identifier: MIT
#include "futex.h"

#include <cerrno>
#include <ctime>
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace proclab::futex {

bool wait(Word *word, std::uint32_t expected, long long timeoutNs)
{
    timespec timeout{time_t(timeoutNs / 1'000'000'000), long(timeoutNs % 1'000'000'000)};
    // Relative timeout, CLOCK_MONOTONIC. EAGAIN (value changed), EINTR and ETIMEDOUT all mean
    // "look again", which every caller does in a loop.
    if (::syscall(SYS_futex, reinterpret_cast<std::uint32_t *>(word), FUTEX_WAIT, expected,
                  &timeout, nullptr, 0) == 0)
        return true;
    return errno == EAGAIN || errno == EINTR || errno == ETIMEDOUT;
}

bool available()
{
    Word probe{0};
    return ::syscall(SYS_futex, reinterpret_cast<std::uint32_t *>(&probe), FUTEX_WAKE, 1, nullptr,
                     nullptr, 0) >= 0;
}

void wake(Word *word, int count)
{
    ::syscall(SYS_futex, reinterpret_cast<std::uint32_t *>(word), FUTEX_WAKE, count, nullptr,
              nullptr, 0);
}

} // namespace proclab::futex
