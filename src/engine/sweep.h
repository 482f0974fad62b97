// SPDX-License-Identifier: MIT
#pragma once

#include "parameters.h"
#include "statistics.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <memory>
#include <vector>

namespace proclab {

class RunController;

// Runs one scenario once per worker count from..to on the engine thread (a RunController), one
// run after another (runs in parallel would compete for the same cores and spoil the
// measurement), and derives speedup, efficiency and the Karp–Flatt serial fraction from the
// measured wall times.
//
// The sweep follows the base parameters' Runtime: cpp runs the lab's C++ workers, python the
// tutorial's own program (CPython multiprocessing, with the base's start method), and both runs
// each worker count on C++ and then on Python, giving two curves ("series"), each relative to its
// own fewest-worker run.
//
// toJson() writes "proclab-sweep/1"; what this class adds to it stays readable by any reader of
// the original fields (they see one curve in "points"):
//   "runtime":        "cpp" | "python" | "both": what the sweep ran (absent in older files: cpp)
//   "start_method":   "fork" | "spawn" | "forkserver", when Python ran
//   "points":         the C++ curve (runtime cpp or both) or the Python curve (runtime python);
//                     each point also has "runtime" ("cpp" | "python", who ran it, as the run
//                     itself reported) and "every_task_once" (the run's fact)
//   "python":         runtime both only: {"points": […], "serial_fraction": x|null}, the Python
//                     curve, its speedups relative to Python's own fewest-worker run
class Sweep : public QObject
{
    Q_OBJECT
public:
    // One measured run of the sweep, kept small (not the whole run): who ran it and what it showed.
    struct Measured
    {
        int workers = 0;
        RuntimeChoice runtime = RuntimeChoice::Cpp; // what the sweep asked for
        QString reportedRuntime;                    // what the run reported ("cpp", "python")
        qint64 wallNs = 0;
        QStringList processNames; // every process of the run, in launch order
        bool everyTaskOnce = false;
        qint64 tasksDone = 0; // task spans recorded
        QStringList errors;
    };

    Sweep(const ScenarioParameters &base, int from, int to, QObject *parent = nullptr);
    ~Sweep() override;

    void setWorkerProgram(const QString &program) { m_workerProgram = program; }
    // Amdahl's law is fitted on worker counts up to this (the machine's cores by default).
    void setCores(int cores) { m_cores = cores; }
    int cores() const { return m_cores; }
    void start();
    void stop();
    bool isRunning() const { return m_current != nullptr; }

    // Cpp or Python for a single-runtime sweep, Both for two curves.
    RuntimeChoice runtime() const { return m_runtime; }
    // The curves, in order: {Cpp}, {Python} or {Cpp, Python}.
    const std::vector<RuntimeChoice> &seriesRuntimes() const { return m_runtimes; }
    // The first curve (C++ unless the sweep is Python only), as before runtimes existed.
    const std::vector<SweepPoint> &points() const { return m_series.front().points; }
    double serialFraction() const { return m_series.front().fit.serialFraction; }
    const AmdahlFit &fit() const { return m_series.front().fit; }
    // The points of one runtime's curve; empty when the sweep did not run it.
    const std::vector<SweepPoint> &points(RuntimeChoice runtime) const;
    double serialFraction(RuntimeChoice runtime) const;
    // Every run measured so far, in the order they ran (failed ones included).
    const std::vector<Measured> &measured() const { return m_measured; }
    const QStringList &errors() const { return m_errors; }
    QJsonObject toJson() const;

    // "cpp", "python", "both": the names the JSON uses.
    static QString runtimeKey(RuntimeChoice runtime);
    // "C++", "Python", "C++ and Python", translated.
    static QString runtimeTitle(RuntimeChoice runtime);

signals:
    // A point of `runtime`'s curve was measured.
    void pointAdded(int workers, proclab::RuntimeChoice runtime);
    void finished();

private:
    struct Series
    {
        RuntimeChoice runtime = RuntimeChoice::Cpp;
        std::vector<SweepPoint> points;
        AmdahlFit fit;
    };
    void runNext();
    Series *seriesOf(RuntimeChoice runtime);
    const Series *seriesOf(RuntimeChoice runtime) const;

    ScenarioParameters m_base;
    int m_from;
    int m_to;
    int m_cores;
    int m_next;            // the worker count being (or next to be) measured
    size_t m_runtimeIndex; // which of m_runtimes runs it
    RuntimeChoice m_runtime = RuntimeChoice::Cpp;
    std::vector<RuntimeChoice> m_runtimes;
    QString m_workerProgram;
    std::unique_ptr<RunController> m_current; // the run of the point being measured
    std::vector<Series> m_series;             // one per m_runtimes entry
    std::vector<Measured> m_measured;
    QString m_startMethod; // as the Python runs reported it
    QStringList m_errors;
    bool m_stopped = false;
};

} // namespace proclab
