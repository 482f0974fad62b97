// SPDX-License-Identifier: MIT
#pragma once

#include "run.h"
#include "statistics.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace proclab {

inline constexpr const char *kRunFormat = "proclab-run/2";
// Still read: one noticed time per process (finished_ns) instead of exited_ns and reaped_ns.
inline constexpr const char *kRunFormatVersion1 = "proclab-run/1";
inline constexpr const char *kSweepFormat = "proclab-sweep/1";

// The run as DESIGN.md's "Run JSON" contract describes it.
QJsonObject runToJson(const Run &run);
// The inverse, for loading saved runs and for round-trip tests. Rejects other formats.
std::optional<Run> runFromJson(const QJsonObject &json, QString *error);

// One row per span: process id, name, pid, kind, begin/end/duration in ns, round, task.
QByteArray runToCsv(const Run &run);

// Chrome Trace Event format (JSON object form): one complete ("X") event per span, instant events
// for launch, ready, signals and exit, and process_name metadata so Perfetto labels each lane.
QByteArray runToTrace(const Run &run);

QJsonObject sweepToJson(const QString &scenario, const std::vector<SweepPoint> &points,
                        double serialFraction);

// Atomic write (QSaveFile): either the whole file is there afterwards or the old one is untouched.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

} // namespace proclab
