// SPDX-License-Identifier: MIT
// How fast a stopped process is reported, and how fast the run ends after it (README,
// Reliability: "a stopped process … is reported by name within ~200 ms … and the barrier and pool
// end the run as for a death"). Per rep, a Barrier & Lock run and a Pool run go through a
// RunController (default options: live updates, as the window gets them); once the chosen process
// is ready and has recorded spans (plus a delay that differs by rep, spread over the StallMonitor's
// interval), it gets SIGSTOP through controller.sendSignal(), as the window's break-it action sends
// it. From the finished run:
//   report = when the lab reported the stop (the lane's stoppedNs, the time of its "stopped"
//            note) - the SIGSTOP's SignalSent marker;
//   end    = the run's end (wallNs: the last exit) - the SIGSTOP's SignalSent marker.
//   stop-report REPS
// The RunController creates its scenarios itself, so the Barrier run has the tutorial's two free
// processes besides its participants; the victim is always a participant (the next one each rep),
// in the pool the next worker each rep. A stop the run never reported is counted in
// ctx_stop_unreported_<scenario> (and has no report sample); the run then ends by its time limit.
#include "bench_stopreport.h"

#include "benchutil.h"
#include "parameters.h"
#include "run.h"
#include "runcontroller.h"
#include "stallmonitor.h"

#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <csignal>

namespace proclab::bench {
namespace {

// A run that misses the stop ends by this limit (instead of the default 120 s): long enough that a
// run that works ends long before it, short enough to keep a broken engine from holding up the
// bench for minutes.
constexpr qint64 kRunLimitMs = 30'000;

struct Sample
{
    bool reported = false;
    double reportMs = 0;
    double endMs = 0;
    bool causeNamed = false; // the run's first error names the victim as stopped
};

ScenarioParameters parametersOf(ScenarioId scenario,
                                std::initializer_list<std::pair<Param, qint64>> values)
{
    ScenarioParameters parameters(scenario);
    QString error;
    for (const auto &[param, value] : values) {
        if (!parameters.set(param, value, &error))
            die(QStringLiteral("stop-report: %1").arg(error));
    }
    return parameters;
}

const ProcessRecord *byName(const Run &run, const QString &name)
{
    for (const ProcessRecord &p : run.processes) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

// One run: SIGSTOP to the process named `victim` `delayMs` after it is first seen ready with
// recorded spans.
Sample stopOnce(const ScenarioParameters &parameters, const QString &victim, int delayMs,
                const char *what)
{
    RunController controller;
    QEventLoop loop;
    int victimId = -1;
    bool asked = false;
    QObject::connect(&controller, &RunController::finished, &loop, &QEventLoop::quit);
    QObject::connect(&controller, &RunController::changed, &loop, [&] {
        if (asked || !controller.isRunning())
            return;
        const ProcessRecord *p = byName(controller.run(), victim);
        if (!p || p->readyNs < 0 || p->spans.empty() || p->exit.finished())
            return;
        asked = true;
        victimId = p->id;
        QTimer::singleShot(delayMs, &controller,
                           [&controller, &victimId] { controller.sendSignal(victimId, SIGSTOP); });
    });
    QObject::connect(&controller, &RunController::signalSent, &loop,
                     [&](int id, int signal, bool sent) {
                         if (id == victimId && signal == SIGSTOP && !sent)
                             die(QStringLiteral("stop-report: %1: SIGSTOP to %2 was not sent")
                                     .arg(QLatin1String(what), victim));
                     });
    QTimer::singleShot(kRunLimitMs + 30'000, &loop, [what] {
        die(QStringLiteral("stop-report: %1: the run did not end").arg(QLatin1String(what)));
    });
    if (!controller.start(parameters, RunOptions{}))
        die(QStringLiteral("stop-report: %1: the run did not start").arg(QLatin1String(what)));
    if (!controller.isFinished())
        loop.exec();

    const Run &run = controller.run();
    if (!asked)
        die(QStringLiteral("stop-report: %1: the run ended before %2 was ready with spans: %3")
                .arg(QLatin1String(what), victim, run.errors.join(u'\n')));
    const ProcessRecord &p = *run.process(victimId);
    qint64 sentNs = -1;
    for (const Marker &m : p.markers) {
        if (m.kind == Marker::Kind::SignalSent && m.signal == SIGSTOP) {
            sentNs = m.timeNs;
            break;
        }
    }
    if (sentNs < 0)
        die(QStringLiteral("stop-report: %1: no SIGSTOP marker on %2")
                .arg(QLatin1String(what), victim));
    // stoppedNs is the time of the "stopped" note; the note is the fallback should it be unset.
    qint64 reportNs = p.stoppedNs;
    if (reportNs < 0) {
        for (const Marker &m : p.markers) {
            if (m.kind == Marker::Kind::Note && m.timeNs >= sentNs &&
                m.text.startsWith(QLatin1String("stopped"))) {
                reportNs = m.timeNs;
                break;
            }
        }
    }
    Sample sample;
    sample.reported = reportNs >= sentNs;
    sample.reportMs = double(reportNs - sentNs) / 1e6;
    sample.endMs = double(run.wallNs - sentNs) / 1e6;
    sample.causeNamed = !run.errors.isEmpty() && run.errors.first().contains(p.name) &&
                        run.errors.first().contains(QLatin1String("stopped"));
    if (!sample.reported || !sample.causeNamed)
        std::fprintf(stderr, "stop-report: %s: %s: %s; errors: %s\n", what, qPrintable(victim),
                     sample.reported ? "reported" : "NOT reported",
                     qPrintable(run.errors.join(QLatin1String(" | "))));
    return sample;
}

void printAll(const char *scenario, const std::vector<Sample> &samples)
{
    std::vector<double> report, end;
    double unreported = 0, uncaused = 0;
    for (const Sample &s : samples) {
        if (s.reported)
            report.push_back(s.reportMs);
        else
            ++unreported;
        if (!s.causeNamed)
            ++uncaused;
        end.push_back(s.endMs);
    }
    const QByteArray name(scenario);
    printSamples(("stop_report_" + name).constData(), "proclab", "ms", report);
    printSamples(("stop_end_" + name).constData(), "proclab", "ms", end);
    printSamples(("ctx_stop_unreported_" + name).constData(), "proclab", "runs", {unreported});
    printSamples(("ctx_stop_not_named_as_cause_" + name).constData(), "proclab", "runs",
                 {uncaused});
}

} // namespace

void benchStopReport(int reps)
{
    // 3 participants, rounds and work for far longer than a rep lasts (~0.3 ms of work a round).
    constexpr int kParties = 3;
    const ScenarioParameters barrier =
        parametersOf(ScenarioId::Barrier, {{Param::Workers, kParties},
                                           {Param::Rounds, 100'000},
                                           {Param::Workload, 50'000},
                                           {Param::TimeoutMs, kRunLimitMs}});
    // Chunks of 1000 tasks of 1000 items (a few ms each): seconds of work for 4 workers.
    constexpr int kWorkers = 4;
    const ScenarioParameters pool =
        parametersOf(ScenarioId::Pool, {{Param::Workers, kWorkers},
                                        {Param::Tasks, 2'000'000},
                                        {Param::Chunksize, 1000},
                                        {Param::Workload, 1000},
                                        {Param::TimeoutMs, kRunLimitMs}});
    std::vector<Sample> barrierSamples, poolSamples;
    for (int rep = 0; rep < reps; ++rep) {
        // The StallMonitor looks every kDefaultIntervalMs from the run's start, and a victim is
        // ready at about the same time in every run: the stops are spread over that interval, so
        // that a few reps see the early and the late phases alike.
        const int delayMs = rep * StallMonitor::kDefaultIntervalMs / std::max(1, reps);
        barrierSamples.push_back(
            stopOnce(barrier, QStringLiteral("p%1 - test_with_barrier").arg(rep % kParties + 1),
                     delayMs, "barrier"));
        poolSamples.push_back(stopOnce(
            pool, QStringLiteral("ForkPoolWorker-%1").arg(rep % kWorkers + 1), delayMs, "pool"));
    }
    printAll("barrier", barrierSamples);
    printAll("pool", poolSamples);
}

} // namespace proclab::bench
