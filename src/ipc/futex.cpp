// SPDX-License-Identifier: MIT
#include "futex.h"

#include <ctime>
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace proclab::futex {

void wait(Word *word, std::uint32_t expected, long long timeoutNs)
{
    timespec timeout{time_t(timeoutNs / 1'000'000'000), long(timeoutNs % 1'000'000'000)};
    // Relative timeout, CLOCK_MONOTONIC. EAGAIN (value changed), EINTR and ETIMEDOUT all mean
    // "look again", which every caller does in a loop.
    ::syscall(SYS_futex, reinterpret_cast<std::uint32_t *>(word), FUTEX_WAIT, expected, &timeout,
              nullptr, 0);
}

void wake(Word *word, int count)
{
    ::syscall(SYS_futex, reinterpret_cast<std::uint32_t *>(word), FUTEX_WAKE, count, nullptr,
              nullptr, 0);
}

} // namespace proclab::futex
