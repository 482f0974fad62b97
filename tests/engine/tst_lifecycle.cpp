// SPDX-License-Identifier: MIT
// The four lifecycle scenarios with real proclab-worker processes: the properties the lab claims.
#include "lifecyclescenarios.h"
#include "scenariorunner.h"
#include "testutils.h"

#include <QJsonArray>
#include <csignal>
#include <unistd.h>

using namespace proclab;
using namespace proclab::test;

class TestLifecycle : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void naming();
    void spawning();
    void spawningJoinInsideLoop();
    void killing_data();
    void killing();
    void daemons();
    void daemonsParentKilled();
};

void TestLifecycle::cleanup()
{
    // Whatever a test did, it must not leave a worker behind.
    QTRY_VERIFY_WITH_TIMEOUT(liveWorkersOf(::getpid()).isEmpty(), 5000);
}

void TestLifecycle::naming()
{
    ScenarioParameters p(ScenarioId::Naming);
    QVERIFY(p.set(Param::Workload, 4'000'000));
    const auto s = runToEnd(p);
    QVERIFY(s && s->isFinished());
    const Run &run = s->run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(errorsOf(run)));
    QCOMPARE(run.processes.size(), size_t(2));
    QCOMPARE(run.processes[0].name, QStringLiteral("worker_one"));
    QCOMPARE(run.processes[1].name,
             QStringLiteral("Process-2")); // Python's default for the 2nd Process
    for (const auto &proc : run.processes) {
        QVERIFY(proc.pid > 0);
        QCOMPARE(proc.outputSize, 4'000'000);
        QCOMPARE(proc.exit.kind, ExitStatus::Kind::Normal);
        QCOMPARE(proc.exit.code, 0);
        QVERIFY(proc.launchedNs <= proc.readyNs && proc.readyNs <= proc.exitedNs);
        QCOMPARE(proc.spans.size(), size_t(1));
    }
    // Both were started before either finished: the two processes existed at the same time.
    QVERIFY(run.processes[1].launchedNs < run.processes[0].exitedNs);
    const QJsonObject sizes =
        run.results.toObject().value(QStringLiteral("output_sizes")).toObject();
    QCOMPARE(sizes.value(QStringLiteral("worker_one")).toInteger(), 4'000'000);
    QVERIFY(run.wallNs >= run.processes[1].exitedNs);
}

void TestLifecycle::spawning()
{
    ScenarioParameters p(ScenarioId::Spawning); // the tutorial: 6 processes, i * 1000 items
    const auto s = runToEnd(p);
    QVERIFY(s && s->isFinished());
    const Run &run = s->run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(errorsOf(run)));
    QCOMPARE(run.processes.size(), size_t(6));
    const QJsonArray sizes = run.results.toObject().value(QStringLiteral("output_sizes")).toArray();
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(run.processes[size_t(i)].outputSize, qint64(i) * 1000);
        QCOMPARE(sizes.at(i).toInteger(), qint64(i) * 1000);
        QCOMPARE(run.processes[size_t(i)].name, QStringLiteral("Process-%1").arg(i + 1));
        QCOMPARE(run.processes[size_t(i)].exit.kind, ExitStatus::Kind::Normal);
    }
    // Without join() in the loop, every process is launched before the loop joins any.
    for (int i = 1; i < 6; ++i)
        QVERIFY(run.processes[size_t(i)].launchedNs >= run.processes[size_t(i - 1)].launchedNs);
}

void TestLifecycle::spawningJoinInsideLoop()
{
    ScenarioParameters p(ScenarioId::Spawning);
    QVERIFY(p.set(Param::Workers, 4));
    QVERIFY(p.set(Param::JoinInLoop, 1));
    const auto s = runToEnd(p);
    QVERIFY(s && s->isFinished());
    const Run &run = s->run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(errorsOf(run)));
    QCOMPARE(run.processes.size(), size_t(4));
    // The mistake serialises them: each starts only after the previous one has ended.
    for (size_t i = 1; i < run.processes.size(); ++i)
        QVERIFY(run.processes[i].launchedNs >= run.processes[i - 1].exitedNs);
    QVERIFY(run.facts.value(QStringLiteral("join_in_loop")).toBool());
}

void TestLifecycle::killing_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("terminate (SIGTERM)") << int(SIGTERM);
    QTest::newRow("kill (SIGKILL)") << int(SIGKILL);
}

void TestLifecycle::killing()
{
    QFETCH(int, signal);
    ScenarioParameters p(ScenarioId::Killing);
    QVERIFY(p.set(Param::Signal, signal));
    QVERIFY(p.set(Param::KillAfter, 300));
    QVERIFY(p.set(Param::Duration, 30'000)); // far longer than the delay: the signal must end it
    const auto s = runToEnd(p);
    QVERIFY(s && s->isFinished());
    const Run &run = s->run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(errorsOf(run)));
    QCOMPARE(run.processes.size(), size_t(2));

    const ProcessRecord &victim = run.processes[0];
    QCOMPARE(victim.exit.kind, ExitStatus::Kind::Signal);
    QCOMPARE(victim.exit.signal, signal);
    QCOMPARE(victim.exit.pythonExitCode(), -signal);
    QCOMPARE(victim.markers.size(), size_t(1));
    QCOMPARE(victim.markers[0].kind, Marker::Kind::SignalSent);
    QVERIFY(victim.markers[0].timeNs >= 300'000'000); // not before the chosen delay
    QVERIFY(victim.exitedNs >= victim.markers[0].timeNs);
    QCOMPARE(victim.spans.size(), size_t(1)); // its work span, cut short by the signal
    QVERIFY(victim.spans[0].endNs <= victim.exitedNs);

    const QJsonObject v = run.results.toObject().value(QStringLiteral("victim")).toObject();
    QVERIFY(v.value(QStringLiteral("alive_after_start")).toBool());
    QVERIFY(v.value(QStringLiteral("alive_before_signal")).toBool());
    QVERIFY(v.value(QStringLiteral("signal_delivered")).toBool());
    QVERIFY(!v.value(QStringLiteral("alive_after_join")).toBool());
    QCOMPARE(
        v.value(QStringLiteral("exit")).toObject().value(QStringLiteral("python_exitcode")).toInt(),
        -signal);

    // The tutorial's "exit status 0": terminate() reached a process that had already finished.
    const ProcessRecord &early = run.processes[1];
    QCOMPARE(early.exit.kind, ExitStatus::Kind::Normal);
    QCOMPARE(early.exit.code, 0);
    const QJsonObject e = run.results.toObject().value(QStringLiteral("finished_first")).toObject();
    QVERIFY(!e.value(QStringLiteral("alive_before_signal")).toBool());
    QVERIFY(!e.value(QStringLiteral("signal_delivered")).toBool());
    QCOMPARE(
        e.value(QStringLiteral("exit")).toObject().value(QStringLiteral("python_exitcode")).toInt(),
        0);
}

void TestLifecycle::daemons()
{
    ScenarioParameters p(ScenarioId::Daemons);
    QVERIFY(p.set(Param::Duration, 300));
    const auto s = runToEnd(p);
    QVERIFY(s && s->isFinished());
    const Run &run = s->run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(errorsOf(run)));
    QCOMPARE(run.processes.size(), size_t(3));
    const ProcessRecord &parent = run.processes[0];
    const ProcessRecord &daemon = run.processes[1];
    const ProcessRecord &child = run.processes[2];
    QCOMPARE(daemon.parent, 0);
    QCOMPARE(child.parent, 0);
    QVERIFY(daemon.daemon);
    QVERIFY(!child.daemon);
    // Every process, the grandchildren too, reported its own events: nothing was lost.
    for (const auto &proc : run.processes) {
        QVERIFY2(proc.pid > 0, qPrintable(proc.name));
        QVERIFY2(proc.readyNs >= 0, qPrintable(proc.name));
        QVERIFY2(!proc.spans.empty(), qPrintable(proc.name));
    }
    // Python's rules: the daemon is terminated when the parent's work ends, the regular child runs
    // to completion and is joined, and only then does the parent exit.
    QCOMPARE(daemon.exit.kind, ExitStatus::Kind::Signal);
    QCOMPARE(daemon.exit.signal, SIGTERM);
    QCOMPARE(child.exit.kind, ExitStatus::Kind::Normal);
    QCOMPARE(child.exit.code, 0);
    QVERIFY(child.outputSize > 0);
    QCOMPARE(parent.exit.kind, ExitStatus::Kind::Normal);
    QVERIFY(daemon.exitedNs >= parent.spans[0].endNs);
    QVERIFY(daemon.exitedNs <= child.exitedNs);
    QVERIFY(parent.exitedNs >= child.exitedNs);
    QVERIFY(run.facts.value(QStringLiteral("parent_ended_after_non_daemon")).toBool());
}

void TestLifecycle::daemonsParentKilled()
{
    ScenarioParameters p(ScenarioId::Daemons);
    QVERIFY(p.set(Param::Duration, 600));
    const auto s = runToEnd(p, 60000, [](Scenario &scenario) {
        qobject_cast<DaemonsScenario *>(&scenario)->setKillParent(true);
    });
    QVERIFY(s && s->isFinished());
    const Run &run = s->run();
    QCOMPARE(run.processes.size(), size_t(3));
    QCOMPARE(run.processes[0].exit.kind, ExitStatus::Kind::Signal);
    QCOMPARE(run.processes[0].exit.signal, SIGKILL);
    // Its children were orphaned, and the lab ended them: none survives the run.
    for (size_t i = 1; i < 3; ++i) {
        const ProcessRecord &orphan = run.processes[i];
        QVERIFY(orphan.exit.finished());
        QVERIFY(orphan.pid > 0);
        QTRY_VERIFY2_WITH_TIMEOUT(!pidAlive(orphan.pid), qPrintable(orphan.name), 5000);
    }
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
