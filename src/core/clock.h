// SPDX-License-Identifier: MIT
#pragma once

// Qt-free (proclab-worker does not link QtCore); `long long` is qint64, so Qt callers see no
// change.

#include <chrono>

namespace proclab {

// One clock for every process on the machine: steady_clock is CLOCK_MONOTONIC on Linux, so
// timestamps taken in different workers line up without any offset estimation.
inline long long monotonicNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace proclab
