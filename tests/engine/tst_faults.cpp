// SPDX-License-Identifier: MIT
// Faults: missing binary, crashing, hanging and babbling workers, shutdown mid-run, many workers.
#include "lifecyclescenarios.h"
#include "processsupervisor.h"
#include "runcontroller.h"
#include "scenariorunner.h"
#include "stallmonitor.h"
#include "testutils.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
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

// A stand-in for proclab-worker that lies: it reports a child it never started (the pid given as
// its last argument) and exits without reaping anything, as a worker that died would.
constexpr const char *kForgerScript = R"(
import os, sys, time
args = sys.argv[1:]  # ROLE --id N --parent-pid P ... VICTIM
ident = args[args.index("--id") + 1]
victim = args[-1]
def say(text):
    sys.stdout.write("%d %d %s %s\n" % (time.monotonic_ns(), os.getpid(), ident, text))
    sys.stdout.flush()
say("ready")
say("spawn 1 %s regular forged" % victim)
say("exit 0")
sys.exit(0)
)";

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT
private slots:
    void aLongNoteStaysOneLine();
    void cleanup();
    void missingWorkerBinary();
    void workerCrashes();
    void workerHangsPastJoinTimeout();
    void timeoutRacingANormalExitKeepsTheRealStatus();
    void aScenarioMayBeDeletedWhenItFinishes();
    void runTimeoutKillsEverything();
    void malformedEventLineIsReported();
    void badWorkerArgumentsAreReported();
    void nonZeroExitCode();
    void shutdownMidRunLeavesNoProcess();
    void shutdownMidRunKillsGrandchildren();
    void stopEndsTheRunCleanly();
    void sixtyFourWorkersLoseNoEvent();
    void labSignalsOnlyWhatIsItsOwn_data();
    void labSignalsOnlyWhatIsItsOwn();
    void stoppedWorkerIsReportedOnceAndCollectedWhenKilled();
    void stoppedWorkerMakesAWaitingScenarioWait();
    void stoppedStateReachesTheCallerWhileItLasts();
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

// A join timeout that expires after the process has exited on its own but before the lab has
// collected it: the process was not killed and did not time out; it keeps its real status
// ("normal 0", Python's exitcode 0), and no error says otherwise. The engine's loop is held up
// here, so the exit and the expired timer are both pending when it resumes. Before: the timer
// killed the zombie, said "did not finish in time and was killed", and the exit showed as a
// timeout with "signal 0 (SIG0)" (Python exit code 0).
void TestFaults::timeoutRacingANormalExitKeepsTheRealStatus()
{
    Harness h;
    const int id = h.supervisor.launch({QStringLiteral("quick"),
                                        QStringLiteral("work"),
                                        {QStringLiteral("--count"), QStringLiteral("0")}});
    bool called = false, timedOut = false;
    h.supervisor.join(id, 20, [&](bool t) {
        called = true;
        timedOut = t;
    });
    // Held up (as a busy engine thread would be) until the worker is surely gone and the timer
    // long overdue.
    QThread::msleep(1500);
    QTRY_VERIFY_WITH_TIMEOUT(called, 10000);
    const ProcessRecord &p = h.run.processes[size_t(id)];
    QVERIFY2(!timedOut, qPrintable(h.run.errors.join(QLatin1Char('\n'))));
    QCOMPARE(p.exit.kind, ExitStatus::Kind::Normal);
    QCOMPARE(p.exit.code, 0);
    QCOMPARE(p.exit.pythonExitCode(), 0);
    QVERIFY2(h.run.errors.isEmpty(), qPrintable(h.run.errors.join(QLatin1Char('\n'))));
}

// Re-entrancy: the supervisor's notice that the last process ended (allFinished) comes from deep
// inside its own clean-up (settle(), cleanUpOrphansOf(), markFinished() and its join callbacks);
// a receiver of Scenario::finished may delete the scenario, and with it the supervisor. So finished
// must not be emitted from inside that notice: it comes after the supervisor has returned (here:
// a receiver connected to allFinished after the scenario's own has run when finished arrives).
// The run: the Daemons parent killed mid-work, so its children are orphans the lab adopts and
// collects, and the scenario is deleted in its finished() slot. Before: finished() was emitted synchronously
// from allFinished, and the deletion pulled the supervisor out from under its own loops.
void TestFaults::aScenarioMayBeDeletedWhenItFinishes()
{
    ScenarioParameters p(ScenarioId::Daemons);
    QVERIFY(p.set(Param::Duration, 600));
    std::unique_ptr<Scenario> scenario = createScenario(p);
    QVERIFY(scenario);
    qobject_cast<DaemonsScenario *>(scenario.get())->setKillParent(true);
    bool supervisorReturned = false;
    bool finishedInsideTheSupervisor = false;
    bool deleted = false;
    Run kept;
    connect(&scenario->supervisor(), &ProcessSupervisor::allFinished, this,
            [&] { supervisorReturned = true; });
    connect(scenario.get(), &Scenario::finished, this, [&] {
        finishedInsideTheSupervisor = !supervisorReturned;
        kept = scenario->run();
        scenario.reset(); // what a window closing a finished run's tab may do
        deleted = true;
    });
    scenario->start();
    QTRY_VERIFY_WITH_TIMEOUT(deleted, 60'000);
    QVERIFY(!finishedInsideTheSupervisor);
    QCOMPARE(kept.processes.size(), size_t(3));
    // The orphans ran on to their own end (nobody terminates a killed parent's children).
    for (const ProcessRecord &orphan : {kept.processes[1], kept.processes[2]}) {
        QCOMPARE(orphan.exit.kind, ExitStatus::Kind::Normal);
        QCOMPARE(orphan.exit.code, 0);
    }
    QTRY_VERIFY_WITH_TIMEOUT(liveWorkersOf(::getpid()).isEmpty(), 10'000);
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

void TestFaults::labSignalsOnlyWhatIsItsOwn_data()
{
    QTest::addColumn<bool>("victimIsTheLab");
    QTest::newRow("a child of the lab's process that is not the worker's") << false;
    QTest::newRow("the lab's own process") << true;
}

// "The lab signals only what is its own." A worker's `spawn` line names a pid that the lab will
// SIGKILL as an orphan if the worker dies without reaping it. Guards against the old clean-up,
// which took the pid on the line's word and kill()ed it: a forged (or stale, since reused) pid
// made the lab kill an unrelated process of the user's, a child of its own, or itself. Now the pid
// must be pinned with a pidfd and be the reporting worker's child before the lab will signal it.
void TestFaults::labSignalsOnlyWhatIsItsOwn()
{
    QFETCH(bool, victimIsTheLab);
    const QString python = findPython();
    if (python.isEmpty())
        QSKIP("no python3 for the stand-in worker");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script = dir.filePath(QStringLiteral("forger"));
    {
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!" + QFile::encodeName(python) + '\n');
        file.write(kForgerScript);
    }
    QVERIFY(QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    QProcess sleeper; // like the lab's own children: a child of this process, not of the worker
    qint64 victimPid = ::getpid();
    if (!victimIsTheLab) {
        sleeper.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(sleeper.waitForStarted(10000));
        victimPid = sleeper.processId();
    }

    {
        Run run;
        ProcessSupervisor supervisor(run);
        supervisor.setWorkerProgram(script);
        const int forger = supervisor.launch(
            {QStringLiteral("forger"), QStringLiteral("forge"), {QString::number(victimPid)}});
        QCOMPARE(forger, 0);
        // Reserved before the event loop runs, so before the spawn line can be read.
        const int forged = supervisor.reserveChild(forger);
        QCOMPARE(forged, 1);
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.runningCount(), 0, 20000);

        const ProcessRecord &worker = run.processes[size_t(forger)];
        QVERIFY2(worker.exit.kind == ExitStatus::Kind::Normal && worker.exit.code == 0,
                 qPrintable(errorsOf(run)));
        const ProcessRecord &child = run.processes[size_t(forged)];
        QCOMPARE(child.pid, victimPid); // the line was read: the lab had the pid in hand
        QVERIFY(child.exit.finished());
        QVERIFY2(pidAlive(victimPid), "the lab killed a process that was not its worker's child");
        QVERIFY2(std::none_of(child.markers.begin(), child.markers.end(),
                              [](const Marker &m) { return m.kind == Marker::Kind::SignalSent; }),
                 "the lab signalled a process that was not its worker's child");
    } // the supervisor is gone too: its clean-up on destruction must spare the victim as well

    QVERIFY(pidAlive(::getpid())); // evidently, if this line runs at all
    if (!victimIsTheLab) {
        QVERIFY2(pidAlive(victimPid), "the lab killed a process that was not its worker's child");
        QCOMPARE(sleeper.state(), QProcess::Running);
        sleeper.kill();
        QVERIFY(sleeper.waitForFinished(10000));
    }
}

// The StallMonitor on its own: a stopped worker (SIGSTOP) is reported once per stop, with a note
// on its lane and stoppedNs set while it is stopped; SIGCONT is reported too; a worker killed while
// stopped is still collected. Before the monitor nothing noticed a stop at all (a stopped worker
// writes nothing and does not exit), and ProcessRecord had no stoppedNs.
void TestFaults::stoppedWorkerIsReportedOnceAndCollectedWhenKilled()
{
    Harness h;
    StallMonitor monitor(h.run, h.supervisor);
    QSignalSpy stopped(&monitor, &StallMonitor::stopped);
    QSignalSpy continued(&monitor, &StallMonitor::continued);
    QSignalSpy ready(&h.supervisor, &ProcessSupervisor::processReady);
    const int id = h.supervisor.launch({QStringLiteral("sleeper"), QStringLiteral("hang"), {}});
    monitor.start();
    QVERIFY(ready.wait(10000));
    const ProcessRecord &p = h.run.processes[size_t(id)];
    QCOMPARE(p.stoppedNs, qint64(-1));

    QVERIFY(h.supervisor.sendSignal(id, SIGSTOP));
    const qint64 sentNs = p.markers.back().timeNs;
    QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 10000);
    QCOMPARE(stopped.first().first().toInt(), id);
    QVERIFY(monitor.isStopped(id));
    QVERIFY(p.stoppedNs >= sentNs);
    qInfo("SIGSTOP to the report: %.1f ms", double(p.stoppedNs - sentNs) / 1e6);
    QCOMPARE(p.markers.back().kind, Marker::Kind::Note);
    QCOMPARE(p.markers.back().timeNs, p.stoppedNs);
    // Once per stop, however many times the monitor looks.
    QTest::qWait(4 * StallMonitor::kDefaultIntervalMs);
    QCOMPARE(stopped.count(), 1);

    QVERIFY(h.supervisor.sendSignal(id, SIGCONT));
    QTRY_COMPARE_WITH_TIMEOUT(continued.count(), 1, 10000);
    QCOMPARE(p.stoppedNs, qint64(-1));
    QVERIFY(!monitor.isStopped(id));

    // Stopped again, then killed while stopped: SIGKILL ends it, and it is collected.
    QVERIFY(h.supervisor.sendSignal(id, SIGSTOP));
    QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 2, 10000);
    QVERIFY(h.supervisor.sendSignal(id, SIGKILL));
    QTRY_VERIFY_WITH_TIMEOUT(p.exit.finished(), 10000);
    QCOMPARE(p.exit.kind, ExitStatus::Kind::Signal);
    QCOMPARE(p.exit.signal, SIGKILL);
    QVERIFY(p.exitedNs >= p.stoppedNs);
    QVERIFY(!pidAlive(p.pid));
}

// Where the scenario allows it, the run waits for a stopped process, with the explanation on its
// lane and its state shown as stopped meanwhile; continued, it finishes and the run succeeds.
// Before, the run waited too, but nothing on the lane or in the record said why.
void TestFaults::stoppedWorkerMakesAWaitingScenarioWait()
{
    // The victim works for 1.5 s by the clock and is signalled at 3 s, when it has long finished
    // (the tutorial's terminate() of a finished process): a run without errors if nothing else
    // happens.
    ScenarioParameters p(ScenarioId::Killing);
    QVERIFY(p.set(Param::Duration, 1500));
    QVERIFY(p.set(Param::KillAfter, 3000));
    auto scenario = createScenario(p);
    QSignalSpy finished(scenario.get(), &Scenario::finished);
    scenario->start();
    const Run &run = scenario->run();
    QTRY_VERIFY_WITH_TIMEOUT(!run.processes.empty() && run.processes[0].readyNs >= 0, 10000);
    const ProcessRecord &victim = run.processes[0];
    QCOMPARE(victim.name, QStringLiteral("victim"));
    QVERIFY(scenario->supervisor().sendSignal(victim.id, SIGSTOP));
    QTRY_VERIFY_WITH_TIMEOUT(victim.stoppedNs >= 0, 10000);
    QVERIFY(scenario->isRunning()); // it waits
    QVERIFY(scenario->supervisor().sendSignal(victim.id, SIGCONT));
    QTRY_COMPARE_WITH_TIMEOUT(victim.stoppedNs, qint64(-1), 10000);
    QVERIFY(finished.wait(60000));
    QVERIFY2(scenario->succeeded(), qPrintable(errorsOf(run)));
    QCOMPARE(victim.exit.kind, ExitStatus::Kind::Normal);
    int notes = 0;
    for (const Marker &m : victim.markers)
        notes += m.kind == Marker::Kind::Note ? 1 : 0;
    QCOMPARE(notes, 2); // stopped, continued
}

// What the window sees (the controller's copy of the run, fed by RunDeltas): the lane is stopped
// while the process is, and no longer once it is continued. Before, neither the state nor the
// field existed.
void TestFaults::stoppedStateReachesTheCallerWhileItLasts()
{
    ScenarioParameters p(ScenarioId::Killing);
    QVERIFY(p.set(Param::Duration, 1500));
    QVERIFY(p.set(Param::KillAfter, 3000));
    RunController controller;
    QSignalSpy finished(&controller, &RunController::finished);
    QVERIFY(controller.start(p));
    const Run &run = controller.run();
    QTRY_VERIFY_WITH_TIMEOUT(!run.processes.empty() && run.processes[0].readyNs >= 0, 10000);
    controller.sendSignal(0, SIGSTOP);
    QTRY_VERIFY_WITH_TIMEOUT(run.processes[0].stoppedNs >= 0, 10000);
    QVERIFY(controller.isRunning());
    controller.sendSignal(0, SIGCONT);
    QTRY_COMPARE_WITH_TIMEOUT(run.processes[0].stoppedNs, qint64(-1), 10000);
    QVERIFY(finished.wait(60000));
    QVERIFY2(controller.succeeded(), qPrintable(errorsOf(run)));
}

// A note longer than PIPE_BUF (here: the error naming a 5,000-byte key) used to go out as one
// non-atomic write() of a line the engine must refuse; it is cut to fit one line.
void TestFaults::aLongNoteStaysOneLine()
{
    Run run;
    ProcessSupervisor supervisor(run);
    const int id = supervisor.launch(
        {QString(),
         QStringLiteral("barrier"),
         {QStringLiteral("--key"), QString(5000, QLatin1Char('k')), QStringLiteral("--rounds"),
          QStringLiteral("1"), QStringLiteral("--workload"), QStringLiteral("0")}});
    QTRY_VERIFY_WITH_TIMEOUT(supervisor.hasFinished(id), 20000);
    const ProcessRecord &p = run.processes[size_t(id)];
    QCOMPARE(p.exit.code, 4); // the shared objects could not be used
    QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(QLatin1Char('\n'))));
    QVERIFY(std::any_of(p.markers.begin(), p.markers.end(), [](const Marker &m) {
        return m.kind == Marker::Kind::Note && m.text.contains(QStringLiteral("kkkk"));
    }));
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
