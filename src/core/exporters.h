// SPDX-License-Identifier: MIT
#pragma once

#include "run.h"
#include "statistics.h"

#include <QByteArray>
#include <QJsonObject>
#include <functional>
#include <optional>

class QIODevice;

namespace proclab {

inline constexpr const char *kRunFormat = "proclab-run/2";
// Still read: one noticed time per process (finished_ns) instead of exited_ns and reaped_ns.
inline constexpr const char *kRunFormatVersion1 = "proclab-run/1";
inline constexpr const char *kSweepFormat = "proclab-sweep/1";

// The run as README's "Run JSON" contract describes it, as a document: for small runs and tests.
// A run may hold millions of spans (each costs ~1 KB as a QJsonObject): files are written with
// writeRunJson(), which gives the same keys and values without building a document.
QJsonObject runToJson(const Run &run);
// The inverse, for loading saved runs and for round-trip tests. Rejects other formats.
std::optional<Run> runFromJson(const QJsonObject &json, QString *error);

// One row per span: process id, name, pid, kind, begin/end/duration in ns, round, task.
QByteArray runToCsv(const Run &run);

// Chrome Trace Event format (JSON object form): one complete ("X") event per span, instant events
// for launch, ready, signals and exit, and process_name metadata so Perfetto labels each lane.
// Times are microseconds, written as exact decimals of the nanoseconds ("3892.18").
QByteArray runToTrace(const Run &run);

// The same three, streamed to `device` as they are produced (through a 64 KiB buffer): memory does
// not grow with the run. The JSON parses to exactly runToJson(run); its outer levels are indented
// like QJsonDocument::Indented, each span and marker is one compact line. False if the device
// refused a write (its errorString() says why).
bool writeRunJson(QIODevice *device, const Run &run);
bool writeRunCsv(QIODevice *device, const Run &run);
bool writeRunTrace(QIODevice *device, const Run &run);

enum class RunFileFormat
{
    Json,  // writeRunJson
    Csv,   // writeRunCsv
    Trace, // writeRunTrace
};
// Streams the run into `path`, atomically (see writeFileAtomically).
bool writeRunFile(const QString &path, const Run &run, RunFileFormat format, QString *error);

// {"serial_fraction", "rms_residual", "fitted_points", "max_workers"}; NaN as null.
QJsonObject amdahlFitJson(const AmdahlFit &fit);
// "proclab-sweep/1": the points, the serial fraction and, since the fit is limited to the cores,
// "fit" (amdahlFitJson).
QJsonObject sweepToJson(const QString &scenario, const std::vector<SweepPoint> &points,
                        const AmdahlFit &fit);

// Atomic write (QSaveFile): either the whole file is there afterwards or the old one is untouched.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);
// The same for a file produced piece by piece: `write` writes into the device and returns false
// if a write failed; the file is then not created (or the old one is left as it was).
bool writeFileAtomically(const QString &path, const std::function<bool(QIODevice *)> &write,
                         QString *error);

} // namespace proclab
