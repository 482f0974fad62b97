// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace proclab::bench {

void benchLaunch(int reps);
// CPU time (user + system) of all reaped children so far, µs.
double childrenCpuUs();
// QProcess::start() of `program` until its first line can be read, µs (the launch floor).
double launchFloorUs(const QString &program);
void benchEvents(qint64 events, int reps);
void benchFormat(qint64 events, int reps);
void benchSpanMemory(qint64 spans, int lanes, int reps);
void benchSpeedup(qint64 total, int reps);
// Peak RSS of `proclab --batch pool --tasks TASKS --chunksize 1` (all exports, and charts in
// `formats` if any) per span written, B; prints `op` and `op`_files (bytes written).
void benchBatchMemory(qint64 tasks, int reps, const QByteArray &op, const QString &formats);

} // namespace proclab::bench
