// SPDX-License-Identifier: MIT
// How late a process's exit time is stamped: the Spawning scenario through a RunController
// (engine thread, pidfd exit watcher, default options), and for every process that exited
// normally, exitedNs minus the end of its last span. The `work` role's last timestamped act before
// its exit is `end work`; what follows is writing two lines (output, exit), returning from main
// and the kernel's teardown, then the watcher's wake-up. So the figure is the stamp's error plus
// that short, real tail of the process's life: an upper bound on the error.
#include "bench_exitstamp.h"

#include "benchutil.h"
#include "parameters.h"
#include "run.h"
#include "runcontroller.h"

#include <QEventLoop>
#include <QTimer>
#include <algorithm>

namespace proclab::bench {

void benchExitStamp(int workers, int reps)
{
    ScenarioParameters parameters(ScenarioId::Spawning);
    const ParamSpec *spec = parameters.spec(Param::Workers);
    if (spec && workers > spec->max) {
        std::fprintf(stderr, "proclab-bench: exit-stamp: %d workers is above the Spawning maximum, "
                             "using %lld\n", workers, static_cast<long long>(spec->max));
        workers = int(spec->max);
    }
    QString error;
    if (!parameters.set(Param::Workers, workers, &error))
        die(error);

    std::vector<double> errorsMs;
    std::vector<double> pidfd, other, runMs;
    for (int rep = 0; rep < reps; ++rep) {
        RunController controller;
        QEventLoop loop;
        QObject::connect(&controller, &RunController::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(120'000, &loop, [] { die(QStringLiteral("exit-stamp: run timed out")); });
        if (!controller.start(parameters)) // RunOptions default
            die(QStringLiteral("exit-stamp: the run did not start"));
        if (!controller.isFinished())
            loop.exec();
        const Run &run = controller.run();
        if (!controller.succeeded())
            die(QStringLiteral("exit-stamp: run failed: %1").arg(run.errors.join(u'\n')));
        int byPidfd = 0;
        int byOther = 0;
        for (const ProcessRecord &p : run.processes) {
            if (p.exit.kind != ExitStatus::Kind::Normal || p.spans.empty() || p.exitedNs < 0)
                continue;
            qint64 lastEnd = 0;
            for (const Span &s : p.spans)
                lastEnd = std::max(lastEnd, s.endNs);
            errorsMs.push_back(double(p.exitedNs - lastEnd) / 1e6);
            (p.exitStamp == ExitStamp::Pidfd ? byPidfd : byOther)++;
        }
        pidfd.push_back(byPidfd);
        other.push_back(byOther);
        runMs.push_back(double(run.wallNs) / 1e6);
    }
    printSamples("exit_stamp", "proclab", "ms", errorsMs);
    // Who stamped the exits (per run): the pidfd watcher, or a fallback (the worker's own exit
    // event, or when the engine noticed).
    printSamples("ctx_exit_stamp_by_pidfd_per_run", "proclab", "processes", pidfd);
    printSamples("ctx_exit_stamp_by_fallback_per_run", "proclab", "processes", other);
    printSamples("ctx_exit_stamp_run_wall_ms", "proclab", "ms", runMs);
}

} // namespace proclab::bench
