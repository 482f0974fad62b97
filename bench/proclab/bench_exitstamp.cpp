// SPDX-License-Identifier: MIT
// How late a process's exit time is stamped: the Spawning scenario through a RunController
// (engine thread, pidfd exit watcher, default options), and for every process that exited
// normally, exitedNs minus the end of its last span. The `work` role's last timestamped act before
// its exit is `end work`; what follows is writing two lines (output, exit), returning from main,
// the kernel's exit path up to the zombie (when the pidfd becomes readable), then the watcher's
// wake-up. So the figure is the stamp's delay plus that short, real tail of the process's life.
//   exit-stamp WORKERS REPS [OP]   OP: the samples' op key (default exit_stamp)
// The exit watcher asks for SCHED_FIFO, which only root or an RLIMIT_RTPRIO above zero get; a
// context line says whether this process could have it.
#include "bench_exitstamp.h"

#include "benchutil.h"
#include "parameters.h"
#include "run.h"
#include "runcontroller.h"

#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <pthread.h>
#include <sched.h>
#include <thread>

namespace proclab::bench {
namespace {

// Whether a new thread of this process may switch itself to SCHED_FIFO, as the exit watcher tries.
bool realtimeAllowed()
{
    bool allowed = false;
    std::thread probe([&allowed] {
        const sched_param realtime{1};
        allowed = ::pthread_setschedparam(::pthread_self(), SCHED_FIFO, &realtime) == 0;
    });
    probe.join();
    return allowed;
}

} // namespace

void benchExitStamp(int workers, int reps, const QByteArray &op)
{
    ScenarioParameters parameters(ScenarioId::Spawning);
    const ParamSpec *spec = parameters.spec(Param::Workers);
    if (spec && workers > spec->max) {
        std::fprintf(stderr,
                     "proclab-bench: exit-stamp: %d workers is above the Spawning maximum, "
                     "using %lld\n",
                     workers, static_cast<long long>(spec->max));
        workers = int(spec->max);
    }
    QString error;
    if (!parameters.set(Param::Workers, workers, &error))
        die(error);

    const bool verbose = qEnvironmentVariableIsSet("PROCLAB_BENCH_VERBOSE");
    std::vector<double> errorsMs;
    std::vector<double> pidfd, workerEvent, noticed, runMs;
    for (int rep = 0; rep < reps; ++rep) {
        RunController controller;
        QEventLoop loop;
        QObject::connect(&controller, &RunController::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(120'000, &loop,
                           [] { die(QStringLiteral("exit-stamp: run timed out")); });
        if (!controller.start(parameters, RunOptions{}))
            die(QStringLiteral("exit-stamp: the run did not start"));
        if (!controller.isFinished())
            loop.exec();
        const Run &run = controller.run();
        if (!controller.succeeded())
            die(QStringLiteral("exit-stamp: run failed: %1").arg(run.errors.join(u'\n')));
        int byPidfd = 0;
        int byWorker = 0;
        int byNoticed = 0;
        for (const ProcessRecord &p : run.processes) {
            if (p.exit.kind != ExitStatus::Kind::Normal || p.spans.empty() || p.exitedNs < 0)
                continue;
            qint64 lastEnd = 0;
            for (const Span &s : p.spans)
                lastEnd = std::max(lastEnd, s.endNs);
            errorsMs.push_back(double(p.exitedNs - lastEnd) / 1e6);
            if (verbose) // absolute CLOCK_MONOTONIC, to line up with perf's sched_process_exit
                std::fprintf(stderr,
                             "exit-stamp run %d pid %lld last-span-end %.9f exited %.9f "
                             "reaped %.9f stamp %s\n",
                             rep, static_cast<long long>(p.pid),
                             double(run.originNs + lastEnd) / 1e9,
                             double(run.originNs + p.exitedNs) / 1e9,
                             double(run.originNs + p.reapedNs) / 1e9,
                             qPrintable(exitStampName(p.exitStamp)));
            switch (p.exitStamp) {
            case ExitStamp::Pidfd:
                ++byPidfd;
                break;
            case ExitStamp::Worker:
                ++byWorker;
                break;
            default:
                ++byNoticed;
                break;
            }
        }
        pidfd.push_back(byPidfd);
        workerEvent.push_back(byWorker);
        noticed.push_back(byNoticed);
        runMs.push_back(double(run.wallNs) / 1e6);
    }
    printSamples(op.constData(), "proclab", "ms", errorsMs);
    // Who stamped the exits (per run): the pidfd watcher, or a fallback: the worker's own exit
    // event (no pidfd), or when the engine noticed (also when the reap came before the watcher's
    // stamp, which is then later than the reap and not used).
    const QByteArray ctx = op.startsWith("ctx_") ? op : "ctx_" + op;
    printSamples((ctx + "_by_pidfd_per_run").constData(), "proclab", "processes", pidfd);
    printSamples((ctx + "_by_worker_event_per_run").constData(), "proclab", "processes",
                 workerEvent);
    printSamples((ctx + "_by_noticed_per_run").constData(), "proclab", "processes", noticed);
    printSamples((ctx + "_run_wall_ms").constData(), "proclab", "ms", runMs);
    printSamples((ctx + "_watcher_may_use_sched_fifo").constData(), "proclab", "bool",
                 {realtimeAllowed() ? 1.0 : 0.0});
}

} // namespace proclab::bench
