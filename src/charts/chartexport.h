// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QSize>
#include <QString>
#include <QStringList>

class QChartView;

namespace proclab {

class ScenarioParameters;
struct Run;

// The size used when nothing else is asked for: readable on a laptop screen and in a README.
inline constexpr int kDefaultChartWidth = 1200;
inline constexpr int kDefaultChartHeight = 700;

// Writes the chart of `view` to `path`, the format chosen by the suffix: .png, .svg or .pdf.
// `size` is the chart's layout size in device-independent pixels (1/96 inch); `dpi` the
// resolution: a PNG is size × dpi / 96 pixels (96 gives exactly `size`), an SVG or PDF page is
// size / 96 inches. The chart is laid out at `size` for the export and restored afterwards. The
// file is written atomically (QSaveFile). Returns false with *error for an unknown suffix, an
// unwritable path or a failed render.
bool exportChart(QChartView *view, const QString &path, const QSize &size, int dpi, QString *error);

// A BatchRunner::ChartWriter: writes <basePath>-timeline.<format> for each format ("png", "svg",
// "pdf"), appending the written paths to *written.
bool writeRunCharts(const Run &run, const ScenarioParameters &parameters, const QString &basePath,
                    const QStringList &formats, QStringList *written, QString *error);
// A BatchRunner::SweepChartWriter: writes <basePath>-speedup.<format>.
bool writeSweepCharts(const QJsonObject &sweep, const QString &basePath, const QStringList &formats,
                      QStringList *written, QString *error);

// The size the batch writers use for a timeline of `lanes` lanes: taller when lanes would get
// thinner than is readable.
QSize timelineExportSize(int lanes);

} // namespace proclab
