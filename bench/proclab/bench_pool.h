// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace proclab::bench {

void benchPoolTutorial(int reps);
void benchPoolThroughput(qint64 tasks, qint64 chunksize, int reps);

} // namespace proclab::bench
