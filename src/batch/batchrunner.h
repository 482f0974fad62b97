// SPDX-License-Identifier: MIT
#pragma once

#include "batchoptions.h"

#include <QObject>
#include <QTextStream>
#include <functional>

namespace proclab {

class RunController;
class Sweep;
struct Run;

// Runs scenarios headless, one after another, on the same engine as the window (a RunController),
// and writes S.json, S.csv, S.trace.json (and chart images, through the chart writer the
// application installs) into the output directory.
class BatchRunner
{
public:
    // Writes the charts of a finished scenario; returns false with *error on failure. Installed by
    // the application, which has the chart code; without it no images are written.
    using ChartWriter = std::function<bool(const Run &run, const ScenarioParameters &parameters,
                                           const QString &basePath, const QStringList &formats,
                                           QStringList *written, QString *error)>;
    using SweepChartWriter =
        std::function<bool(const QJsonObject &sweep, const QString &basePath,
                           const QStringList &formats, QStringList *written, QString *error)>;

    explicit BatchRunner(BatchOptions options);
    void setChartWriter(ChartWriter writer) { m_chartWriter = std::move(writer); }
    void setSweepChartWriter(SweepChartWriter writer) { m_sweepChartWriter = std::move(writer); }
    void setWorkerProgram(const QString &program) { m_workerProgram = program; }

    // Runs everything (in a local event loop); returns the process exit code: 0 all good, 1 a run
    // failed or a file could not be written, 128 + signal after interrupt(signal).
    int exec(QTextStream &out, QTextStream &err);

    // The lab got SIGTERM, SIGINT or SIGHUP (an InterruptHandler, from exec()'s event loop): the
    // current run is stopped (every process killed), finishes with what it collected and an
    // error "interrupted by SIGTERM", and is written as a failed run is; no further run starts,
    // and exec() returns 128 + signal.
    void interrupt(int signal);
    int interruptedBy() const { return m_interruptedBy; }

private:
    bool runOne(const ScenarioParameters &parameters, QTextStream &out, QTextStream &err);
    bool runTogether(const std::vector<ScenarioParameters> &group, QTextStream &out,
                     QTextStream &err);
    bool report(RunController &controller, const ScenarioParameters &parameters, QTextStream &out,
                QTextStream &err);
    bool runSweep(const ScenarioParameters &parameters, QTextStream &out, QTextStream &err);
    bool writeRunFiles(const Run &run, const ScenarioParameters &parameters, QTextStream &out,
                       QTextStream &err);

    BatchOptions m_options;
    ChartWriter m_chartWriter;
    SweepChartWriter m_sweepChartWriter;
    QString m_workerProgram;
    std::vector<RunController *> m_running; // the runs in progress, for interrupt()
    Sweep *m_sweeping = nullptr;        // the sweep in progress, for interrupt()
    int m_interruptedBy = 0;            // the signal, 0 if none
};

} // namespace proclab
