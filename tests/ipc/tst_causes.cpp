// SPDX-License-Identifier: MIT
// Causes recorded at the source, checked against the independently measured spans of real runs:
// the barrier's last arriver and the lock's releasers write who they are into the shared block,
// the waiters report it on waking; here every cause is checked against the timestamps the
// processes reported for their own spans. Then the analysis built on them (wait attribution, the
// critical path) and the exported flow events.
#include "arenas.h"
#include "causelinks.h"
#include "exporters.h"
#include "ipckeys.h"
#include "ipcscenarios.h"
#include "ipctestutils.h"
#include "traceflows.h"
#include "waitanalysis.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <algorithm>
#include <map>

using namespace proclab;

namespace {

QString describe(const Span &s, int process)
{
    return QStringLiteral("process %1 %2 round %3 [%4, %5]")
        .arg(process)
        .arg(QString::fromLatin1(spanKindName(s.kind)))
        .arg(s.round)
        .arg(s.beginNs)
        .arg(s.endNs);
}

// Every barrier round: the waiters all name one process and one instant; that process is the
// one that reported no cause (it waited for nobody), its own wait began exactly then, and no
// arrival of the round was later; every waiter's wake-up came after it.
void verifyBarrierCauses(const Run &run, int rounds, int parties)
{
    struct Arrival
    {
        int process;
        const Span *span;
    };
    std::map<int, std::vector<Arrival>> byRound;
    for (const ProcessRecord &p : run.processes) {
        for (const Span &s : p.spans) {
            if (s.kind == SpanKind::BarrierWait)
                byRound[s.round].push_back({p.id, &s});
        }
    }
    QCOMPARE(int(byRound.size()), rounds);
    for (const auto &[round, arrivals] : byRound) {
        QCOMPARE(int(arrivals.size()), parties);
        int last = -1;
        qint64 lastNs = -1;
        int uncaused = 0;
        for (const Arrival &a : arrivals) {
            const Cause *cause = run.processes[size_t(a.process)].causeOf(*a.span);
            if (!cause) {
                ++uncaused;
                continue;
            }
            QCOMPARE(cause->event, CauseEvent::BarrierLastArrival);
            if (last < 0) {
                last = cause->process;
                lastNs = cause->timeNs;
            }
            QVERIFY2(
                cause->process == last && cause->timeNs == lastNs,
                qPrintable(QStringLiteral("round %1: waiters name different arrivals").arg(round)));
        }
        QCOMPARE(uncaused, 1);
        QVERIFY(last >= 0);
        for (const Arrival &a : arrivals) {
            if (a.process == last) {
                QVERIFY2(!run.processes[size_t(a.process)].causeOf(*a.span),
                         "the last arriver waited for someone");
                QCOMPARE(a.span->beginNs, lastNs); // its arrival began its wait
            }
            QVERIFY2(a.span->beginNs <= lastNs,
                     qPrintable(QStringLiteral("round %1: %2 arrived after the named last "
                                               "arrival (%3)")
                                    .arg(round)
                                    .arg(describe(*a.span, a.process))
                                    .arg(lastNs)));
            QVERIFY2(a.span->endNs >= lastNs,
                     qPrintable(QStringLiteral("round %1: %2 woke before the last arrival")
                                    .arg(round)
                                    .arg(describe(*a.span, a.process))));
        }
    }
}

// Every lock acquisition: the hold (of any process) that ended last before it is the releaser a
// contended acquisition names, at that hold's end; an acquisition whose wait began after that
// hold ended was not contended and names nobody. *contended: how many were.
void verifyLockCauses(const Run &run, int *contended)
{
    struct Hold
    {
        int process;
        const Span *span;
    };
    std::vector<Hold> holds;
    for (const ProcessRecord &p : run.processes) {
        for (const Span &s : p.spans) {
            if (s.kind == SpanKind::LockHold)
                holds.push_back({p.id, &s});
        }
    }
    *contended = 0;
    for (const ProcessRecord &p : run.processes) {
        for (const Span &wait : p.spans) {
            if (wait.kind != SpanKind::LockWait)
                continue;
            const Hold *before = nullptr;
            for (const Hold &h : holds) {
                if (h.span->endNs <= wait.endNs && (!before || h.span->endNs > before->span->endNs))
                    before = &h;
            }
            const Cause *cause = p.causeOf(wait);
            if (!before || before->span->endNs <= wait.beginNs) {
                QVERIFY2(!cause, qPrintable(QStringLiteral("%1 names a releaser but the lock was "
                                                           "free when it began to wait")
                                                .arg(describe(wait, p.id))));
                continue;
            }
            ++*contended;
            QVERIFY2(cause, qPrintable(QStringLiteral("%1 was contended (by %2) and names nobody")
                                           .arg(describe(wait, p.id),
                                                describe(*before->span, before->process))));
            QCOMPARE(cause->event, CauseEvent::LockRelease);
            QVERIFY2(cause->process == before->process,
                     qPrintable(QStringLiteral("%1 names process %2, but %3 released last")
                                    .arg(describe(wait, p.id))
                                    .arg(cause->process)
                                    .arg(describe(*before->span, before->process))));
            QCOMPARE(cause->timeNs, before->span->endNs);
        }
    }
}

// The critical path: contiguous from its first process's launch to the run's end; each wake-up
// on it is a recorded cause (a wait on that lane ending there, named by its cause); its length is
// the wall time less where it began, which is no later than the last launch.
void verifyCriticalPath(const Run &run)
{
    const CriticalPath path = criticalPath(run);
    QVERIFY(!path.empty());
    QCOMPARE(path.endNs, run.wallNs);
    qint64 at = path.beginNs;
    for (const CriticalPath::Segment &s : path.segments) {
        QCOMPARE(s.beginNs, at);
        QVERIFY(s.endNs > s.beginNs);
        at = s.endNs;
        if (s.kind != CriticalPath::Kind::WakeUp)
            continue;
        const ProcessRecord &waiter = run.processes[size_t(s.process)];
        const bool recorded =
            std::any_of(waiter.spans.begin(), waiter.spans.end(), [&](const Span &w) {
                const Cause *c = waiter.causeOf(w);
                return c && w.endNs == s.endNs && c->process == s.from && c->timeNs == s.beginNs;
            });
        QVERIFY2(recorded, "a wake-up on the path that no recorded cause explains");
    }
    QCOMPARE(at, path.endNs);
    qint64 lastLaunch = 0;
    for (const ProcessRecord &p : run.processes)
        lastLaunch = std::max(lastLaunch, p.launchedNs);
    QVERIFY(path.beginNs >= 0 && path.beginNs <= lastLaunch);
    QCOMPARE(path.lengthNs(), run.wallNs - path.beginNs);
    qint64 sum = 0;
    for (const auto kind :
         {CriticalPath::Kind::Launch, CriticalPath::Kind::Running, CriticalPath::Kind::Waiting,
          CriticalPath::Kind::WakeUp, CriticalPath::Kind::Join})
        sum += path.timeIn(kind);
    QCOMPARE(sum, path.lengthNs());
}

// Attribution keeps every known wait: a process's row of the matrix sums to its waits with a
// known cause, and nobody keeps itself waiting.
void verifyAttribution(const Run &run)
{
    const WaitAttribution a = attributeWaits(run);
    QCOMPARE(a.rows.size(), run.processes.size());
    for (const ProcessRecord &p : run.processes) {
        qint64 known = 0;
        for (const Span &s : p.spans) {
            const Cause *c = p.causeOf(s);
            if (c && c->known())
                known += s.endNs - s.beginNs;
        }
        qint64 row = 0;
        for (const qint64 ns : a.keptWaiting[size_t(p.id)])
            row += ns;
        QCOMPARE(row, known);
        QCOMPARE(a.keptWaiting[size_t(p.id)][size_t(p.id)], qint64(0));
        QCOMPARE(a.rows[size_t(p.id)].waitingNs,
                 p.timeIn(SpanKind::BarrierWait) + p.timeIn(SpanKind::LockWait));
    }
}

// The exported trace: its flow events follow the format's rules, one flow per known wait cause.
void verifyTraceFlows(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(runToTrace(run), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    int pairs = 0;
    const QString problems =
        test::flowProblems(doc.object().value(QStringLiteral("traceEvents")).toArray(), &pairs);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    int waitCauses = 0;
    for (const CauseLink &link : causeLinks(run))
        waitCauses += link.effect == CauseLink::Effect::WaitEnd ? 1 : 0;
    QCOMPARE(pairs, waitCauses);
    QVERIFY(pairs > 0);
}

std::unique_ptr<CoordinationArena> arenaOf(int parties, ipc::PrimitiveFamily family,
                                           test::Workers &workers)
{
    QString error;
    auto arena = CoordinationArena::create(newRunKey(), parties, family, &error);
    if (!arena)
        qWarning("cannot create the arena: %s", qPrintable(error));
    if (family == ipc::PrimitiveFamily::Qt) {
        workers.supervisor.setWorkerProgram(
            QFileInfo(ProcessSupervisor::defaultWorkerProgram()).absolutePath() +
            QStringLiteral("/proclab-qtworker"));
    }
    return arena;
}

// Runs the workers to their end. The qt family holds them at its exit gate, which the lab opens
// once all `parties` are there.
bool runToTheEnd(test::Workers &workers, CoordinationArena &arena, int parties)
{
    QDeadlineTimer deadline(60'000);
    while (workers.supervisor.runningCount() > 0 && !deadline.hasExpired()) {
        if (arena.exitGateWaiters() >= parties)
            arena.openExitGate(parties);
        QTest::qWait(5);
    }
    return workers.waitAll(1000);
}

// Two lock-counter workers on `arena`, `count` acquisitions each, from the same start (--sync 1),
// each hold lasting 3 µs; `options` adds to that.
void launchLockCounters(test::Workers &workers, const CoordinationArena &arena, int count,
                        const QStringList &options = {})
{
    for (int i = 0; i < 2; ++i)
        workers.launch(QStringLiteral("lock-counter"),
                       QStringList{QStringLiteral("--key"), arena.key(), QStringLiteral("--count"),
                                   QString::number(count), QStringLiteral("--sync"),
                                   QStringLiteral("1"), QStringLiteral("--hold-ns"),
                                   QStringLiteral("3000")} +
                           options);
}

} // namespace

class TestCauses : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { test::verifyNoIpcLeftovers(); }
    void barrierAndLock_data();
    void barrierAndLock();
    void contendedHandOffs_data();
    void contendedHandOffs();
    void takingTurnsHandsEveryAcquisitionOver_data();
    void takingTurnsHandsEveryAcquisitionOver();
    void withoutRecordingNothingIsClaimed();
    void killedHolderIsNamedByTheTaker_data();
    void killedHolderIsNamedByTheTaker();
    void signalEndsTheVictim();
    void parentTerminatesItsDaemon();
    void joinInTheLoopChainsTheLaunches();
    void poolChunkTakers();
};

void TestCauses::barrierAndLock_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("parties");
    QTest::addColumn<int>("rounds");
    for (const auto &[family, name] :
         {std::pair{PrimitivesChoice::Qt, "qt"}, std::pair{PrimitivesChoice::Posix, "posix"},
          std::pair{PrimitivesChoice::Futex, "futex"}}) {
        QTest::addRow("%s 2 x 20", name) << int(family) << 2 << 20;
        QTest::addRow("%s 4 x 12", name) << int(family) << 4 << 12;
    }
}

// A barrier run with uneven work on each family: every cause checked against the spans.
void TestCauses::barrierAndLock()
{
    QFETCH(int, family);
    QFETCH(int, parties);
    QFETCH(int, rounds);
    const auto scenario = test::runScenario(
        test::parametersOf(ScenarioId::Barrier, {{Param::Workers, parties},
                                                 {Param::Rounds, rounds},
                                                 {Param::Workload, 5'000},
                                                 {Param::Primitives, family}}),
        [](Scenario &s) { static_cast<BarrierScenario &>(s).setFreeProcesses(0); });
    QVERIFY(scenario && scenario->isFinished());
    const Run &run = scenario->run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(QLatin1Char('\n'))));
    verifyBarrierCauses(run, rounds, parties);
    if (QTest::currentTestFailed())
        return;
    int contended = 0;
    verifyLockCauses(run, &contended);
    if (QTest::currentTestFailed())
        return;
    qInfo("%d of %d lock acquisitions were contended", contended, parties * rounds);
    verifyCriticalPath(run);
    if (QTest::currentTestFailed())
        return;
    verifyAttribution(run);
    if (QTest::currentTestFailed())
        return;
    verifyTraceFlows(run);
    // The JSON carries the same causes.
    QString error;
    const auto back = runFromJson(runToJson(run), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(causeLinks(*back).size(), causeLinks(run).size());
}

void TestCauses::contendedHandOffs_data()
{
    QTest::addColumn<int>("family");
    QTest::newRow("qt") << int(ipc::PrimitiveFamily::Qt);
    QTest::newRow("posix") << int(ipc::PrimitiveFamily::Posix);
    QTest::newRow("futex") << int(ipc::PrimitiveFamily::Futex);
}

// Two processes taking the lock in a loop from the same start, each hold lasting 3 µs (a critical
// section with some work in it): hand-offs, each checked against the holds both reported. With
// an empty section, how many acquisitions found the lock taken was up to the scheduler (none at
// all once the worker stopped writing inside its sections); with 3 µs most do. A run with none
// would check nothing, so the pair runs again, up to five times, until one had some.
void TestCauses::contendedHandOffs()
{
    QFETCH(int, family);
    int contended = 0;
    for (int attempt = 0; attempt < 5 && contended == 0; ++attempt) {
        test::Workers workers;
        auto arena = arenaOf(2, ipc::PrimitiveFamily(family), workers);
        QVERIFY(arena);
        launchLockCounters(workers, *arena, 2000);
        QVERIFY(runToTheEnd(workers, *arena, 2));
        QCOMPARE(arena->counter().load(), qint64(4000));
        verifyLockCauses(workers.run, &contended);
        qInfo("%d of 4000 acquisitions were contended", contended);
        arena->removeAndCheck();
    }
    QVERIFY(contended > 0);
}

void TestCauses::takingTurnsHandsEveryAcquisitionOver_data()
{
    contendedHandOffs_data();
}

// lock-counter --alternate 1, the benchmark's hand-off row: the two take turns, so consecutive
// holds are never the same process's, and the causes named are the holds that really ended
// before (verifyLockCauses). A waiter queues during the other's 3 µs hold unless it was
// preempted meanwhile, so most acquisitions name a releaser.
void TestCauses::takingTurnsHandsEveryAcquisitionOver()
{
    QFETCH(int, family);
    constexpr int kEach = 500;
    int contended = 0;
    // A waiter preempted while the other's hold lasts finds the lock free (on a loaded machine,
    // every time in a run): the pair runs again, up to five times, until waiters were queued.
    for (int attempt = 0; attempt < 5 && contended == 0; ++attempt) {
        test::Workers workers;
        auto arena = arenaOf(2, ipc::PrimitiveFamily(family), workers);
        QVERIFY(arena);
        launchLockCounters(workers, *arena, kEach,
                           {QStringLiteral("--alternate"), QStringLiteral("1")});
        QVERIFY(runToTheEnd(workers, *arena, 2));
        QCOMPARE(arena->counter().load(), qint64(2 * kEach));
        std::vector<std::pair<qint64, int>> holds; // begin, process
        for (const ProcessRecord &p : workers.run.processes) {
            for (const Span &s : p.spans) {
                if (s.kind == SpanKind::LockHold)
                    holds.emplace_back(s.beginNs, p.id);
            }
        }
        QCOMPARE(holds.size(), size_t(2 * kEach));
        std::sort(holds.begin(), holds.end());
        for (size_t i = 1; i < holds.size(); ++i)
            QVERIFY2(holds[i].second != holds[i - 1].second,
                     qPrintable(QStringLiteral("holds %1 and %2 are both process %3's")
                                    .arg(i - 1)
                                    .arg(i)
                                    .arg(holds[i].second)));
        verifyLockCauses(workers.run, &contended);
        qInfo("%d of %d acquisitions named the releaser they queued behind", contended, 2 * kEach);
        arena->removeAndCheck();
    }
    QVERIFY(contended > 0);
}

// --causes 0 (what the benchmark compares against): the waits say nothing, rather than
// something stale.
void TestCauses::withoutRecordingNothingIsClaimed()
{
    test::Workers workers;
    auto arena = arenaOf(2, ipc::PrimitiveFamily::Futex, workers);
    QVERIFY(arena);
    for (int i = 0; i < 2; ++i)
        workers.launch(QStringLiteral("barrier-wait"),
                       {QStringLiteral("--key"), arena->key(), QStringLiteral("--rounds"),
                        QStringLiteral("20"), QStringLiteral("--causes"), QStringLiteral("0")});
    QVERIFY(workers.waitAll(60'000));
    QCOMPARE(test::allSpans(workers.run, SpanKind::BarrierWait).size(), size_t(40));
    for (const ProcessRecord &p : workers.run.processes)
        QVERIFY(p.causes.empty());
    QVERIFY(arena->removeAndCheck().size() > 0);
}

void TestCauses::killedHolderIsNamedByTheTaker_data()
{
    QTest::addColumn<int>("family");
    QTest::newRow("qt") << int(ipc::PrimitiveFamily::Qt);
    QTest::newRow("futex") << int(ipc::PrimitiveFamily::Futex);
}

// A holder killed inside its critical section never releases: the next taker names it as a
// holder that died (not the last one that did release).
void TestCauses::killedHolderIsNamedByTheTaker()
{
    QFETCH(int, family);
    test::Workers workers;
    auto arena = arenaOf(1, ipc::PrimitiveFamily(family), workers);
    QVERIFY(arena);
    const int holder =
        workers.launch(QStringLiteral("lock-hold"), {QStringLiteral("--key"), arena->key()});
    QTRY_VERIFY_WITH_TIMEOUT(workers.process(holder).open[int(SpanKind::LockHold)].open, 30'000);
    const int taker = workers.launch(
        QStringLiteral("lock-counter"),
        {QStringLiteral("--key"), arena->key(), QStringLiteral("--count"), QStringLiteral("3")});
    // Its lines are held back until it is done (lock-counter batches them): give it a moment to
    // queue for the lock. Whether or not it got there before the kill, the holder never released.
    QTRY_VERIFY_WITH_TIMEOUT(workers.process(taker).readyNs >= 0, 30'000);
    QTest::qWait(300);
    QVERIFY(workers.supervisor.sendSignal(holder, SIGKILL));
    QVERIFY(workers.waitAll(60'000));
    const ProcessRecord &dead = workers.process(holder);
    const ProcessRecord &t = workers.process(taker);
    QCOMPARE(dead.exitCause.event, CauseEvent::Signal); // the lab's SIGKILL
    QCOMPARE(dead.exitCause.signal, SIGKILL);
    const auto firstWait = std::find_if(t.spans.begin(), t.spans.end(),
                                        [](const Span &s) { return s.kind == SpanKind::LockWait; });
    QVERIFY(firstWait != t.spans.end());
    const Cause *cause = t.causeOf(*firstWait);
    QVERIFY(cause);
    QCOMPARE(cause->event, CauseEvent::OwnerDied);
    QCOMPARE(cause->process, holder);
    QVERIFY(cause->timeNs <= firstWait->endNs);
    QVERIFY(cause->timeNs >= dead.spans.back().beginNs); // after the dead one took the lock
    arena->removeAndCheck();
}

// The engine's own causes: the signal it sent is what ended the victim.
void TestCauses::signalEndsTheVictim()
{
    const auto scenario = test::runScenario(test::parametersOf(
        ScenarioId::Killing,
        {{Param::Signal, SIGTERM}, {Param::KillAfter, 100}, {Param::Duration, 30'000}}));
    QVERIFY(scenario && scenario->isFinished());
    const Run &run = scenario->run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(QLatin1Char('\n'))));
    const ProcessRecord &victim = run.processes[0];
    QCOMPARE(victim.exit.kind, ExitStatus::Kind::Signal);
    QCOMPARE(victim.exitCause.event, CauseEvent::Signal);
    QCOMPARE(victim.exitCause.signal, SIGTERM);
    QCOMPARE(victim.exitCause.process, -1); // the lab
    QCOMPARE(victim.markers.size(), size_t(1));
    QCOMPARE(victim.exitCause.timeNs, victim.markers[0].timeNs); // the signal it was sent
    QVERIFY(victim.exitCause.timeNs <= victim.exitedNs);
    // The early one exited by itself: no signal is blamed.
    const ProcessRecord &early = run.processes[1];
    QCOMPARE(early.exit.kind, ExitStatus::Kind::Normal);
    QVERIFY(!early.exitCause.recorded());
    // It appears as an arrow from the lab.
    const std::vector<CauseLink> links = causeLinks(run);
    QVERIFY(std::any_of(links.begin(), links.end(), [&](const CauseLink &l) {
        return l.effect == CauseLink::Effect::Exit && l.effectProcess == victim.id &&
               l.effectNs == victim.exitedNs;
    }));
}

// The daemon parent terminates its daemon child at the end of its work: the child's death names
// the parent, at the moment the parent said it sent the signal.
void TestCauses::parentTerminatesItsDaemon()
{
    const auto scenario =
        test::runScenario(test::parametersOf(ScenarioId::Daemons, {{Param::Duration, 200}}));
    QVERIFY(scenario && scenario->isFinished());
    const Run &run = scenario->run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(QLatin1Char('\n'))));
    QVERIFY(run.processes.size() >= 3);
    const ProcessRecord &parent = run.processes[0];
    const ProcessRecord &daemon = run.processes[1];
    QCOMPARE(daemon.exit.kind, ExitStatus::Kind::Signal);
    QCOMPARE(daemon.exit.signal, SIGTERM);
    QCOMPARE(daemon.exitCause.event, CauseEvent::Signal);
    QCOMPARE(daemon.exitCause.process, parent.id);
    QVERIFY(daemon.exitCause.timeNs <= daemon.exitedNs);
    // After the parent's work, which it reported itself.
    QVERIFY(!parent.spans.empty());
    QVERIFY(daemon.exitCause.timeNs >= parent.spans.front().endNs);
    // The non-daemon child ended by itself.
    QVERIFY(!run.processes[2].exitCause.recorded());
}

// The tutorial's mistake: each process is launched only when the previous one was joined. The
// launches name those exits, and the critical path runs through every one of them.
void TestCauses::joinInTheLoopChainsTheLaunches()
{
    const auto scenario = test::runScenario(test::parametersOf(
        ScenarioId::Spawning,
        {{Param::Workers, 4}, {Param::JoinInLoop, 1}, {Param::Workload, 2'000'000}}));
    QVERIFY(scenario && scenario->isFinished());
    const Run &run = scenario->run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(QLatin1Char('\n'))));
    QCOMPARE(run.processes.size(), size_t(4));
    QVERIFY(!run.processes[0].launchCause.recorded());
    for (int i = 1; i < 4; ++i) {
        const ProcessRecord &p = run.processes[size_t(i)];
        const ProcessRecord &before = run.processes[size_t(i - 1)];
        QCOMPARE(p.launchCause.event, CauseEvent::Exit);
        QCOMPARE(p.launchCause.process, i - 1);
        QCOMPARE(p.launchCause.timeNs, before.exitedNs);
        QVERIFY(p.launchedNs >= before.exitedNs); // measured independently: the launch came after
        // Its join began right after its launch, while it worked (i x 2,000,000 items): the join
        // returned because it exited.
        QCOMPARE(p.reapCause.event, CauseEvent::Exit);
        QCOMPARE(p.reapCause.process, p.id);
        QCOMPARE(p.reapCause.timeNs, p.exitedNs);
        QVERIFY(p.reapedNs >= p.exitedNs);
    }
    verifyCriticalPath(run);
    const CriticalPath path = criticalPath(run);
    QCOMPARE(path.beginNs, run.processes[0].launchedNs);
    int joins = 0;
    for (const CriticalPath::Segment &s : path.segments)
        joins += s.kind == CriticalPath::Kind::Join ? 1 : 0;
    QCOMPARE(joins, 3);
}

// Who took which chunk when: the queue's record of the taker agrees with the worker whose lane
// has every task of the chunk, and the take is stamped no later than any of them.
void TestCauses::poolChunkTakers()
{
    const auto scenario = test::runScenario(test::parametersOf(
        ScenarioId::Pool, {{Param::Workers, 3}, {Param::Tasks, 200}, {Param::Chunksize, 7}}));
    QVERIFY(scenario && scenario->isFinished());
    const Run &run = scenario->run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(QLatin1Char('\n'))));
    const QJsonArray takers = run.facts.value(QStringLiteral("chunk_takers")).toArray();
    QCOMPARE(takers.size(), 29);                   // ceil(200 / 7)
    std::map<int, std::pair<int, qint64>> taskRan; // task -> (process, begin)
    for (const ProcessRecord &p : run.processes) {
        for (const Span &s : p.spans) {
            if (s.kind == SpanKind::Task)
                taskRan[s.task] = {p.id, s.beginNs};
        }
    }
    QCOMPARE(taskRan.size(), size_t(200));
    for (const auto &v : takers) {
        const QJsonObject t = v.toObject();
        const int chunk = t.value(QStringLiteral("chunk")).toInt();
        const int worker = t.value(QStringLiteral("worker")).toInt(-1);
        const qint64 taken = t.value(QStringLiteral("taken_ns")).toInteger(-1);
        QVERIFY(taken >= 0);
        for (int task = chunk * 7; task < std::min(200, chunk * 7 + 7); ++task) {
            QCOMPARE(taskRan[task].first, worker);
            QVERIFY(taskRan[task].second >= taken);
        }
    }
}

QTEST_GUILESS_MAIN(TestCauses)
#include "tst_causes.moc"
