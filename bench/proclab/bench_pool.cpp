// SPDX-License-Identifier: MIT
// Pool benchmarks through the real Pool scenario (createScenario): launching the workers,
// the shared task queue, event collection, results read back in order, every process joined.
#include "bench_pool.h"

#include "benchutil.h"
#include "clock.h"
#include "parameters.h"
#include "scenario.h"

#include <QEventLoop>
#include <QJsonArray>
#include <optional>
#include <sys/resource.h>

namespace proclab::bench {
namespace {

double cpuMs(int who)
{
    rusage usage{};
    ::getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

struct PoolRun
{
    double wallMs = 0;
    double workersCpuMs = 0; // user + system time of all the run's workers, launch to exit
    double engineCpuMs = 0;  // this process (the engine) during the run
    double taskSpanMs = 0;   // first task begin to last task end: the pool's work once warm
};

// One pool run end to end: start() to finished(), which includes launch and join of all workers.
// std::nullopt when the Pool scenario is not available in this build.
std::optional<PoolRun> runPool(int workers, qint64 tasks, qint64 chunksize)
{
    ScenarioParameters parameters(ScenarioId::Pool);
    QString error;
    if (!parameters.set(Param::Workers, workers, &error) ||
        !parameters.set(Param::Tasks, tasks, &error) ||
        !parameters.set(Param::Chunksize, chunksize, &error))
        die(error);
    auto scenario = createScenario(parameters);
    if (!scenario)
        return std::nullopt;
    QEventLoop loop;
    QObject::connect(scenario.get(), &Scenario::finished, &loop, &QEventLoop::quit);
    const double children0 = cpuMs(RUSAGE_CHILDREN);
    const double self0 = cpuMs(RUSAGE_SELF);
    const qint64 t0 = monotonicNowNs();
    scenario->start();
    if (!scenario->isFinished())
        loop.exec();
    const qint64 t1 = monotonicNowNs();
    const double workersCpu = cpuMs(RUSAGE_CHILDREN) - children0;
    const double engineCpu = cpuMs(RUSAGE_SELF) - self0;
    const Run &run = scenario->run();
    if (!scenario->succeeded())
        die(QStringLiteral("pool run failed: %1").arg(run.errors.join(u'\n')));
    const QJsonArray results =
        run.results.isArray() ? run.results.toArray()
                              : run.results.toObject().value(QStringLiteral("results")).toArray();
    if (results.size() != tasks ||
        (tasks > 0 && results.last().toInteger() != (tasks - 1) * (tasks - 1)))
        die(QStringLiteral("pool results are not the squares of range(%1)").arg(tasks));
    if (qEnvironmentVariableIsSet("PROCLAB_BENCH_VERBOSE")) {
        // Where the time goes: launch, ready and finish of every worker, ms since the run's origin.
        std::fprintf(stderr, "pool run %.3f ms:", double(t1 - t0) / 1e6);
        for (const ProcessRecord &p : run.processes)
            std::fprintf(stderr, " [%d launched %.3f ready %.3f finished %.3f]", p.id,
                         double(p.launchedNs) / 1e6, double(p.readyNs) / 1e6,
                         double(p.exitedNs) / 1e6);
        std::fprintf(stderr, "\n");
    }
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = 0;
    for (const ProcessRecord &process : run.processes) {
        for (const Span &span : process.spans) {
            if (span.kind != SpanKind::Task)
                continue;
            first = std::min(first, span.beginNs);
            last = std::max(last, span.endNs);
        }
    }
    return PoolRun{double(t1 - t0) / 1e6, workersCpu, engineCpu,
                   last > first ? double(last - first) / 1e6 : 0.0};
}

} // namespace

void benchPoolTutorial(int reps)
{
    std::vector<double> samples, workersCpu, engineCpu;
    for (int rep = 0; rep < reps; ++rep) {
        const auto run = runPool(4, 10, 0);
        if (!run) {
            std::fprintf(stderr, "proclab-bench: pool scenario not available yet: pending\n");
            return;
        }
        samples.push_back(run->wallMs);
        workersCpu.push_back(run->workersCpuMs);
        engineCpu.push_back(run->engineCpuMs);
    }
    printSamples("pool_tutorial", "proclab", "ms", samples);
    // Where the time goes, independent of other load on the machine: CPU ms per run.
    printSamples("ctx_pool_tutorial_cpu_ms_all_4_workers", "proclab", "ms", workersCpu);
    printSamples("ctx_pool_tutorial_cpu_ms_engine", "proclab", "ms", engineCpu);
}

void benchPoolThroughput(qint64 tasks, qint64 chunksize, int reps)
{
    std::vector<double> endToEnd, warm, workersCpu, engineCpu;
    for (int rep = 0; rep < reps; ++rep) {
        const auto run = runPool(4, tasks, chunksize);
        if (!run) {
            std::fprintf(stderr, "proclab-bench: pool scenario not available yet: pending\n");
            return;
        }
        endToEnd.push_back(double(tasks) / (run->wallMs / 1e3));
        if (run->taskSpanMs > 0)
            warm.push_back(double(tasks) / (run->taskSpanMs / 1e3));
        workersCpu.push_back(run->workersCpuMs);
        engineCpu.push_back(run->engineCpuMs);
    }
    const QByteArray op = chunksize == 1 ? "pool_chunk1" : "pool_default";
    printSamples(op.constData(), "proclab", "tasks/s", endToEnd);
    // The pool's work once its workers are up (first task begin to last task end), and the CPU
    // split per run: what a warm pool could do, and where the end-to-end time goes.
    printSamples(("ctx_" + op + "_task_spans_only").constData(), "proclab", "tasks/s", warm);
    printSamples(("ctx_" + op + "_cpu_ms_all_4_workers").constData(), "proclab", "ms", workersCpu);
    printSamples(("ctx_" + op + "_cpu_ms_engine").constData(), "proclab", "ms", engineCpu);
}

} // namespace proclab::bench
