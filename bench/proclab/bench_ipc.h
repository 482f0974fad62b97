// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace proclab::bench {

void benchLock(qint64 iterations, int reps);
void benchBarrier(int parties, int rounds);

} // namespace proclab::bench
