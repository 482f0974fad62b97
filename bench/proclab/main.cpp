// SPDX-License-Identifier: MIT
// proclab-bench: the ProcLab side of scripts/bench.sh. Each subcommand measures one operation
// through the real libraries (engine, ipc, core) and prints raw samples as JSON lines; the floors
// it needs in the same process (QProcess of a tiny program, QProcess::readLine) are measured here
// too, interleaved with the ProcLab runs so that drift hits both alike.
#include "bench_engine.h"
#include "bench_exitstamp.h"
#include "bench_families.h"
#include "bench_ipc.h"
#include "bench_pool.h"
#include "bench_stopreport.h"
#include "benchutil.h"
#include "parameters.h"
#include "pythonscenario.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace proclab::bench;

namespace {

// The tutorial program and the arguments the lab runs it with for each scenario at its defaults
// (PythonScenario::programArguments), one JSON line each: the tracer's cost is measured on the
// scenarios as the lab runs them, not on arguments the bench would keep a copy of.
void printPythonArguments()
{
    for (const proclab::ScenarioInfo &info : proclab::scenarioInfos()) {
        const proclab::ScenarioParameters defaults(info.id);
        QJsonObject line{
            {QStringLiteral("scenario"), QLatin1String(info.key)},
            {QStringLiteral("script"), QLatin1String(info.script)},
            {QStringLiteral("arguments"),
             QJsonArray::fromStringList(proclab::PythonScenario::programArguments(defaults))}};
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    auto number = [&args](int index, qint64 fallback) {
        return args.size() > index ? args.at(index).toLongLong() : fallback;
    };
    const QString command = args.value(0);
    if (command == QLatin1String("launch"))
        benchLaunch(int(number(1, 100)));
    else if (command == QLatin1String("events"))
        benchEvents(number(1, 500'000), int(number(2, 5)));
    else if (command == QLatin1String("format"))
        benchFormat(number(1, 1'000'000), int(number(2, 5)));
    else if (command == QLatin1String("span-memory"))
        benchSpanMemory(number(1, 1'000'000), int(number(2, 64)), int(number(3, 3)));
    else if (command == QLatin1String("speedup"))
        benchSpeedup(number(1, 8'000'000), int(number(2, 5)));
    else if (command == QLatin1String("lock"))
        benchLock(number(1, 1'000'000), int(number(2, 5)));
    else if (command == QLatin1String("barrier"))
        benchBarrier(int(number(1, 2)), int(number(2, 2000)));
    else if (command == QLatin1String("family-lock"))
        benchFamilyLock(args.value(1), number(2, 200'000), int(number(3, 5)));
    else if (command == QLatin1String("family-barrier"))
        benchFamilyBarrier(args.value(1), int(number(2, 2)), int(number(3, 2000)));
    else if (command == QLatin1String("causes-cost"))
        benchCausesCost(args.value(1), number(2, 200'000), int(number(3, 2000)), int(number(4, 6)));
    else if (command == QLatin1String("family-launch"))
        benchFamilyLaunch(int(number(1, 50)));
    else if (command == QLatin1String("pool-tutorial"))
        benchPoolTutorial(int(number(1, 50)));
    else if (command == QLatin1String("pool-throughput"))
        benchPoolThroughput(number(1, 100'000), number(2, 0), int(number(3, 5)));
    else if (command == QLatin1String("batch-memory"))
        benchBatchMemory(number(1, 1'000'000), int(number(2, 3)),
                         args.size() > 3 ? args.at(3).toLatin1() : QByteArray("batch_mem"),
                         args.value(4));
    else if (command == QLatin1String("exit-stamp"))
        benchExitStamp(int(number(1, 64)), int(number(2, 5)),
                       args.size() > 3 ? args.at(3).toLatin1() : QByteArray("exit_stamp"));
    else if (command == QLatin1String("stop-report"))
        benchStopReport(int(number(1, 5)));
    else if (command == QLatin1String("python-arguments"))
        printPythonArguments();
    else {
        std::fprintf(stderr,
                     "usage: proclab-bench launch REPS | events N REPS | "
                     "format N REPS | span-memory SPANS LANES REPS | speedup TOTAL REPS | "
                     "lock ITERATIONS REPS | barrier N ROUNDS | pool-tutorial REPS | "
                     "family-lock qt|posix|futex ITERATIONS REPS | "
                     "family-barrier qt|posix|futex N ROUNDS | family-launch REPS | "
                     "causes-cost qt|posix|futex ITERATIONS ROUNDS REPS | "
                     "pool-throughput TASKS CHUNKSIZE REPS | exit-stamp WORKERS REPS [OP] | "
                     "stop-report REPS | python-arguments | "
                     "batch-memory TASKS REPS [OP [FORMATS]]\n");
        return 2;
    }
    return 0;
}
