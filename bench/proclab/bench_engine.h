// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace proclab::bench {

void benchLaunch(int reps);
void benchEvents(qint64 events, int reps);
void benchFormat(qint64 events, int reps);
void benchSpanMemory(qint64 spans, int lanes, int reps);
void benchSpeedup(qint64 total, int reps);

} // namespace proclab::bench
