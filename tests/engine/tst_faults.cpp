// SPDX-License-Identifier: MIT
// Faults: missing binary, crashing, hanging and babbling workers, shutdown mid-run, many workers.
#include "processsupervisor.h"
#include "scenariorunner.h"
#include "testutils.h"

#include <QSignalSpy>
#include <csignal>
#include <unistd.h>

using namespace proclab;
using namespace proclab::test;

namespace {
// A supervisor on its own run, for single-worker fault cases.
struct Harness
{
    Run run;
    ProcessSupervisor supervisor{run};
    Harness() { run.originNs = 1; }
};
} // namespace

class TestFaults : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void missingWorkerBinary();
    void workerCrashes();
    void workerHangsPastJoinTimeout();
    void runTimeoutKillsEverything();
    void malformedEventLineIsReported();
    void badWorkerArgumentsAreReported();
    void nonZeroExitCode();
    void shutdownMidRunLeavesNoProcess();
    void shutdownMidRunKillsGrandchildren();
    void stopEndsTheRunCleanly();
    void sixtyFourWorkersLoseNoEvent();
};

void TestFaults::cleanup()
{
    QTRY_VERIFY_WITH_TIMEOUT(liveWorkersOf(::getpid()).isEmpty(), 5000);
}

void TestFaults::missingWorkerBinary()
{
    const auto s = runToEnd(ScenarioParameters(ScenarioId::Spawning), 30000, [](Scenario &sc) {
        sc.setWorkerProgram(QStringLiteral("/nonexistent/proclab-worker"));
    });
    QVERIFY(s && s->isFinished());
    const Run &run = s->run();
    QVERIFY(!s->succeeded());
    QCOMPARE(run.processes.size(), size_t(6));
    for (const auto &p : run.processes)
        QCOMPARE(p.exit.kind, ExitStatus::Kind::FailedToStart);
    QVERIFY(run.errors.size() >= 6);
    QVERIFY2(run.errors.first().contains(QLatin1String("/nonexistent/proclab-worker")),
             qPrintable(run.errors.first()));
}

void TestFaults::workerCrashes()
{
    Harness h;
    QSignalSpy finished(&h.supervisor, &ProcessSupervisor::processFinished);
    const int id = h.supervisor.launch({QStringLiteral("crasher"), QStringLiteral("crash"), {}});
    QVERIFY(finished.wait(10000));
    const ProcessRecord &p = h.run.processes[size_t(id)];
    QCOMPARE(p.exit.kind, ExitStatus::Kind::Signal);
    QCOMPARE(p.exit.signal, SIGSEGV);
    QCOMPARE(p.exit.pythonExitCode(), -SIGSEGV);
    QVERIFY(p.readyNs >= 0);             // what it said before dying is kept
    QCOMPARE(p.spans.size(), size_t(1)); // the span it died in is closed at its death
    QCOMPARE(p.spans[0].endNs, p.exitedNs);
}

void TestFaults::workerHangsPastJoinTimeout()
{
    Harness h;
    QSignalSpy ready(&h.supervisor, &ProcessSupervisor::processReady);
    const int id = h.supervisor.launch({QStringLiteral("sleeper"), QStringLiteral("hang"), {}});
    QVERIFY(ready.wait(10000));
    bool called = false, timedOut = false;
    h.supervisor.join(id, 300, [&](bool t) {
        called = true;
        timedOut = t;
    });
    QTRY_VERIFY_WITH_TIMEOUT(called, 10000);
    QVERIFY(timedOut);
    const ProcessRecord &p = h.run.processes[size_t(id)];
    QCOMPARE(p.exit.kind, ExitStatus::Kind::Timeout);
    QCOMPARE(p.exit.signal, SIGKILL);
    QVERIFY(!h.run.errors.isEmpty());
}

void TestFaults::runTimeoutKillsEverything()
{
    ScenarioParameters p(ScenarioId::Killing);
    QVERIFY(p.set(Param::Duration, 60'000));
    QVERIFY(p.set(Param::KillAfter, 60'000));
    QVERIFY(p.set(Param::TimeoutMs, 1000));
    const auto s = runToEnd(p, 30000);
    QVERIFY(s && s->isFinished());
    const Run &run = s->run();
    QVERIFY(!s->succeeded());
    QVERIFY2(errorsOf(run).contains(QLatin1String("1000 ms")), qPrintable(errorsOf(run)));
    QCOMPARE(run.processes[0].exit.kind, ExitStatus::Kind::Timeout);
    QVERIFY(!run.processes[0].spans.empty()); // the data collected before the timeout is kept
}

void TestFaults::malformedEventLineIsReported()
{
    Harness h;
    QSignalSpy all(&h.supervisor, &ProcessSupervisor::allFinished);
    h.supervisor.launch({QStringLiteral("babbler"), QStringLiteral("garbage"), {}});
    QVERIFY(all.wait(10000));
    QCOMPARE(h.run.errors.size(), 1);
    QVERIFY2(h.run.errors.first().contains(QLatin1String("this is not an event")),
             qPrintable(h.run.errors.first()));
    QVERIFY(h.run.processes[0].readyNs >= 0); // the good lines around it still count
    QCOMPARE(h.run.processes[0].exit.kind, ExitStatus::Kind::Normal);
}

void TestFaults::badWorkerArgumentsAreReported()
{
    Harness h;
    QSignalSpy all(&h.supervisor, &ProcessSupervisor::allFinished);
    h.supervisor.launch(
        {QString(), QStringLiteral("work"), {QStringLiteral("--count"), QStringLiteral("lots")}});
    QVERIFY(all.wait(10000));
    QCOMPARE(h.run.processes[0].exit.code, 2);
    QVERIFY2(h.run.errors.join(QLatin1Char('\n')).contains(QLatin1String("--count")),
             qPrintable(h.run.errors.join(QLatin1Char('\n'))));
}

void TestFaults::nonZeroExitCode()
{
    Harness h;
    QSignalSpy all(&h.supervisor, &ProcessSupervisor::allFinished);
    h.supervisor.launch({QString(),
                         QStringLiteral("work"),
                         {QStringLiteral("--count"), QStringLiteral("10"),
                          QStringLiteral("--exit-code"), QStringLiteral("3")}});
    QVERIFY(all.wait(10000));
    QCOMPARE(h.run.processes[0].exit.kind, ExitStatus::Kind::Normal);
    QCOMPARE(h.run.processes[0].exit.code, 3);
    QCOMPARE(h.run.processes[0].exit.pythonExitCode(), 3);
}

void TestFaults::shutdownMidRunLeavesNoProcess()
{
    ScenarioParameters p(ScenarioId::Killing);
    QVERIFY(p.set(Param::Duration, 60'000));
    QVERIFY(p.set(Param::KillAfter, 60'000));
    auto scenario = createScenario(p);
    QSignalSpy ready(&scenario->supervisor(), &ProcessSupervisor::processReady);
    scenario->start();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(liveWorkersOf(::getpid()).size(), 1, 10000); // the victim works on
    scenario.reset(); // the lab goes away mid-run
    QCOMPARE(liveWorkersOf(::getpid()).size(), 0);
}

void TestFaults::shutdownMidRunKillsGrandchildren()
{
    ScenarioParameters p(ScenarioId::Daemons);
    QVERIFY(p.set(Param::Duration, 20'000));
    auto scenario = createScenario(p);
    QSignalSpy ready(&scenario->supervisor(), &ProcessSupervisor::processReady);
    scenario->start();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 3, 10000); // parent, daemon and regular child are up
    QList<qint64> pids;
    for (const auto &proc : scenario->run().processes)
        pids << proc.pid;
    scenario.reset();
    for (const qint64 pid : pids)
        QTRY_VERIFY2_WITH_TIMEOUT(!pidAlive(pid), qPrintable(QString::number(pid)), 5000);
}

void TestFaults::stopEndsTheRunCleanly()
{
    ScenarioParameters p(ScenarioId::Spawning);
    QVERIFY(p.set(Param::Workload, 3'000'000));
    auto scenario = createScenario(p);
    QSignalSpy ready(&scenario->supervisor(), &ProcessSupervisor::processReady);
    QSignalSpy finished(scenario.get(), &Scenario::finished);
    scenario->start();
    QVERIFY(ready.wait(10000));
    scenario->stop();
    QVERIFY(finished.wait(10000));
    QVERIFY(scenario->isFinished());
    QVERIFY(scenario->run().errors.contains(QStringLiteral("stopped by the user")));
    for (const auto &proc : scenario->run().processes)
        QVERIFY(proc.exit.finished());
}

void TestFaults::sixtyFourWorkersLoseNoEvent()
{
    ScenarioParameters p(ScenarioId::Spawning);
    QVERIFY(p.set(Param::Workers, 64));
    const auto s = runToEnd(p, 120000);
    QVERIFY(s && s->isFinished());
    const Run &run = s->run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(errorsOf(run)));
    QCOMPARE(run.processes.size(), size_t(64));
    for (size_t i = 0; i < run.processes.size(); ++i) {
        const ProcessRecord &proc = run.processes[i];
        QVERIFY(proc.readyNs >= 0);
        QCOMPARE(proc.spans.size(), size_t(1));
        QCOMPARE(proc.outputSize, qint64(i) * 1000);
        QCOMPARE(proc.exit.kind, ExitStatus::Kind::Normal);
    }
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
