// SPDX-License-Identifier: MIT
// The window runs run after run in one process: 200 small runs of every scenario (and every
// primitive family) through one RunController, as a tab drives it, must leave the lab's open
// descriptors, threads and heap where they were, and no process behind. scripts/soak.sh does the
// same from outside, one batch process per run.
#include "runcontroller.h"
#include "testutils.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <malloc.h>

using namespace proclab;

namespace {

// Small runs of each scenario: a few processes, little work, no waiting.
std::vector<ScenarioParameters> smallRuns()
{
    auto make = [](ScenarioId id, std::initializer_list<std::pair<Param, qint64>> values) {
        ScenarioParameters p(id);
        for (const auto &[param, value] : values) {
            QString error;
            if (!p.set(param, value, &error))
                qFatal("soak parameters: %s", qPrintable(error));
        }
        return p;
    };
    std::vector<ScenarioParameters> runs = {
        make(ScenarioId::Naming, {{Param::Workload, 1000}}),
        make(ScenarioId::Spawning, {{Param::Workers, 2}, {Param::Workload, 100}}),
        make(ScenarioId::Killing, {{Param::KillAfter, 0}, {Param::Duration, 10}}),
        make(ScenarioId::Daemons, {{Param::Duration, 10}}),
        make(ScenarioId::Pool, {{Param::Workers, 2}, {Param::Tasks, 10}}),
    };
    for (const auto family :
         {PrimitivesChoice::Qt, PrimitivesChoice::Posix, PrimitivesChoice::Futex})
        runs.push_back(make(ScenarioId::Barrier, {{Param::Workers, 2},
                                                  {Param::Rounds, 2},
                                                  {Param::Workload, 1000},
                                                  {Param::Primitives, qint64(family)}}));
    return runs;
}

struct Usage
{
    int descriptors = 0;
    int threads = 0;
    qint64 heapBytes = 0; // allocated and not freed (malloc's own count)
};

Usage usageNow()
{
    Usage u;
    u.descriptors = int(QDir(QStringLiteral("/proc/self/fd"))
                            .entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)
                            .size());
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Threads:"))
                u.threads = line.mid(8).trimmed().toInt();
        }
    }
    u.heapBytes = qint64(mallinfo2().uordblks);
    return u;
}

QByteArray describe(const Usage &u)
{
    return QByteArray::number(u.descriptors) + " descriptors, " + QByteArray::number(u.threads) +
           " threads, " + QByteArray::number(u.heapBytes) + " heap bytes";
}

// Under a sanitizer malloc is the sanitizer's own (mallinfo2 does not see it); AddressSanitizer's
// LeakSanitizer checks the heap there instead.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kHeapMeasurable = false;
#else
constexpr bool kHeapMeasurable = true;
#endif

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT
private slots:
    void manyRunsInOneLabLeaveNothingBehind();
};

void TestSoak::manyRunsInOneLabLeaveNothingBehind()
{
    const int kRuns = qEnvironmentVariableIsSet("SOAK_RUNS") ? qEnvironmentVariableIntValue("SOAK_RUNS") : 200;
    const std::vector<ScenarioParameters> kinds = smallRuns();
    RunController controller;
    RunOptions options;
    options.live = true; // as the window runs them: updates while they run
    auto runOnce = [&](int i) {
        const int only = qEnvironmentVariableIntValue("SOAK_ONLY") - 1;
        const ScenarioParameters &parameters = kinds[only >= 0 ? size_t(only) : size_t(i) % kinds.size()];
        QSignalSpy finished(&controller, &RunController::finished);
        QVERIFY(controller.start(parameters, options));
        QVERIFY2(finished.wait(60000), qPrintable(QStringLiteral("run %1 did not end").arg(i)));
        QVERIFY2(controller.succeeded(),
                 qPrintable(QStringLiteral("run %1 (%2): %3")
                                .arg(i)
                                .arg(controller.run().scenario,
                                     controller.run().errors.join(QLatin1String("; ")))));
    };
    // The first run of each kind loads what stays loaded (plug-ins, caches, the engine thread's
    // pools): the baseline is taken after them.
    const int warmUp = int(kinds.size()) * 6;
    for (int i = 0; i < warmUp; ++i) {
        runOnce(i);
        if (QTest::currentTestFailed())
            return;
    }
    const Usage before = usageNow();
    Usage peak = before;
    for (int i = warmUp; i < kRuns; ++i) {
        runOnce(i);
        if (QTest::currentTestFailed())
            return;
        const Usage now = usageNow();
        if (qEnvironmentVariableIsSet("SOAK_DEBUG") && i % 8 == 0)
            qInfo("run %d: %s; %d processes, wall %lld", i, describe(now).constData(), int(controller.run().processes.size()), controller.run().wallNs);
        peak.descriptors = std::max(peak.descriptors, now.descriptors);
        peak.threads = std::max(peak.threads, now.threads);
    }
    const Usage after = usageNow();
    qInfo("%d runs; after the warm-up: %s; after all: %s; highest: %d descriptors, %d threads",
          kRuns, describe(before).constData(), describe(after).constData(), peak.descriptors,
          peak.threads);
    QVERIFY(test::liveWorkersOf(QCoreApplication::applicationPid()).isEmpty());
    QCOMPARE(after.descriptors, before.descriptors);
    QVERIFY2(after.threads <= before.threads, describe(after).constData());
    if (kHeapMeasurable) {
        // A leak of 1 KiB a run would be 190 KiB by now; what does not depend on the run count
        // (allocator caches, a string table growing once) stays well below 64 KiB.
        QVERIFY2(after.heapBytes - before.heapBytes < 64 * 1024,
                 qPrintable(QStringLiteral("the heap grew by %1 bytes in %2 runs")
                                .arg(after.heapBytes - before.heapBytes)
                                .arg(kRuns - warmUp)));
    }
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
