// SPDX-License-Identifier: MIT
// The Barrier & Lock scenario end to end, its supervision (a participant killed or stalled breaks
// the barrier so that the rest end), every exit path's clean-up, and the stale-object cleaner.
#include "arenas.h"
#include "ipckeys.h"
#include "ipcscenarios.h"
#include "ipctestutils.h"
#include "sharedsegment.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <sys/ipc.h>

using namespace proclab;

namespace {

constexpr const char *kMakeLeftover = "--make-leftover";

// Rounds that go on far longer than any test waits: the run only ends because of what the test
// does.
ScenarioParameters endlessRun(int parties)
{
    return test::parametersOf(ScenarioId::Barrier, {{Param::Workers, parties},
                                                    {Param::Rounds, 100'000},
                                                    {Param::Workload, 50'000},
                                                    {Param::TimeoutMs, 100'000}});
}

bool hasSpans(const Scenario &scenario, int id)
{
    const ProcessRecord *p = scenario.run().process(id);
    return p && !p->spans.empty();
}

void noFreeProcesses(Scenario &scenario)
{
    static_cast<BarrierScenario &>(scenario).setFreeProcesses(0);
}

const Span *spanOf(const ProcessRecord &p, SpanKind kind, int round)
{
    const auto it = std::find_if(p.spans.begin(), p.spans.end(), [kind, round](const Span &s) {
        return s.kind == kind && s.round == round;
    });
    return it == p.spans.end() ? nullptr : &*it;
}

bool waitsForTheLock(const ProcessRecord &p, int round)
{
    const auto &slot = p.open[int(SpanKind::LockWait)];
    return slot.open && slot.span.round == round;
}

// The note a worker writes when it took the lock over from a holder that died holding it: on its
// lane between the end of a lock wait and the begin of that round's hold (the recorder's text is
// translated; where the note sits is not).
std::vector<qint64> takeoverNotes(const ProcessRecord &p)
{
    std::vector<qint64> found;
    for (const Marker &m : p.markers) {
        if (m.kind != Marker::Kind::Note)
            continue;
        for (const Span &wait : p.spans) {
            if (wait.kind != SpanKind::LockWait)
                continue;
            const Span *hold = spanOf(p, SpanKind::LockHold, wait.round);
            if (hold && wait.endNs <= m.timeNs && m.timeNs <= hold->beginNs)
                found.push_back(m.timeNs);
        }
    }
    return found;
}

QString holdsOf(const Run &run)
{
    QStringList lines;
    for (const ProcessRecord &p : run.processes) {
        for (const Span &s : p.spans) {
            if (s.kind == SpanKind::LockHold)
                lines << QStringLiteral("%1 round %2: %3-%4%5")
                             .arg(p.id)
                             .arg(s.round)
                             .arg(s.beginNs)
                             .arg(s.endNs)
                             .arg(s.cutShort ? QStringLiteral(" (cut short)") : QString());
        }
    }
    return lines.join(QLatin1String("; "));
}

} // namespace

class TestBarrierScenario : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void tutorialPreset();
    void ordering_data();
    void ordering();
    void breakItKillHolder_data();
    void breakItKillHolder();
    void breakItExitAfterLastBarrier_data();
    void breakItExitAfterLastBarrier();
    void killedParticipantBreaksTheBarrier();
    void stalledParticipantIsEndedAndTheBarrierBroken();
    void holderKilledInsideItsCriticalSection();
    void stopAndTimeoutCleanUp();
    void destroyedMidRunLeavesNothing();
    void staleObjectsOfADeadRunAreRemoved();
};

void TestBarrierScenario::cleanup()
{
    test::verifyNoIpcLeftovers();
}

// The tutorial: Barrier(2) and a Lock for p1 and p2; p3 and p4 print straight away.
void TestBarrierScenario::tutorialPreset()
{
    const auto scenario =
        test::runScenario(test::parametersOf(ScenarioId::Barrier, {{Param::Workload, 10'000}}));
    QVERIFY(scenario && scenario->isFinished());
    const Run &run = scenario->run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(QLatin1Char('\n'))));
    QCOMPARE(run.processes.size(), size_t(4));
    QCOMPARE(run.processes[0].name, QStringLiteral("p1 - test_with_barrier"));
    QCOMPARE(run.processes[3].name, QStringLiteral("p4 - test_without_barrier"));
    for (const ProcessRecord &p : run.processes)
        QVERIFY2(p.exit.kind == ExitStatus::Kind::Normal && p.exit.code == 0, qPrintable(p.name));
    QVERIFY(run.processes[2].timeIn(SpanKind::BarrierWait) == 0);
    const QJsonObject results = run.results.toObject();
    QCOMPARE(results.value(QStringLiteral("critical_sections")).toInteger(), qint64(2 * 3));
    QCOMPARE(results.value(QStringLiteral("rounds_passed")).toInt(), 3);
    QCOMPARE(results.value(QStringLiteral("lock_order")).toArray().size(), 3);
    QVERIFY(run.facts.value(QStringLiteral("barrier_order_ok")).toBool());
    QVERIFY(run.facts.value(QStringLiteral("lock_exclusive_ok")).toBool());
}

void TestBarrierScenario::ordering_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("parties");
    QTest::addColumn<int>("rounds");
    for (const auto &[family, name] :
         {std::pair{PrimitivesChoice::Qt, "qt"}, std::pair{PrimitivesChoice::Posix, "posix"},
          std::pair{PrimitivesChoice::Futex, "futex"}}) {
        QTest::addRow("%s 2 x 50", name) << int(family) << 2 << 50;
        QTest::addRow("%s 4 x 200 (the done-when run)", name) << int(family) << 4 << 200;
        QTest::addRow("%s 16 x 20", name) << int(family) << 16 << 20;
    }
}

// Checked on the recorded spans, not on the scenario's own summary: every round, nobody leaves the
// barrier before the last participant arrived; no two lock holds overlap; work, barrier wait,
// lock wait and lock hold follow each other in every round.
void TestBarrierScenario::ordering()
{
    QFETCH(int, family);
    QFETCH(int, parties);
    QFETCH(int, rounds);
    const auto scenario =
        test::runScenario(test::parametersOf(ScenarioId::Barrier, {{Param::Workers, parties},
                                                                   {Param::Rounds, rounds},
                                                                   {Param::Workload, 2'000},
                                                                   {Param::Primitives, family}}));
    QVERIFY(scenario && scenario->isFinished());
    const Run &run = scenario->run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(QLatin1Char('\n'))));
    QCOMPARE(run.processes.size(), size_t(parties + 2));

    std::vector<qint64> lastArrival(size_t(rounds), 0);
    std::vector<qint64> firstDeparture(size_t(rounds), std::numeric_limits<qint64>::max());
    for (int id = 0; id < parties; ++id) {
        const ProcessRecord &p = run.processes[size_t(id)];
        QCOMPARE(p.spans.size(), size_t(4 * rounds));
        const SpanKind order[] = {SpanKind::Work, SpanKind::BarrierWait, SpanKind::LockWait,
                                  SpanKind::LockHold};
        for (size_t i = 0; i < p.spans.size(); ++i) {
            const Span &s = p.spans[i];
            QCOMPARE(s.kind, order[i % 4]);
            QCOMPARE(s.round, int(i / 4));
            if (i > 0)
                QVERIFY(s.beginNs >= p.spans[i - 1].endNs);
            if (s.kind == SpanKind::BarrierWait) {
                lastArrival[size_t(s.round)] = std::max(lastArrival[size_t(s.round)], s.beginNs);
                firstDeparture[size_t(s.round)] =
                    std::min(firstDeparture[size_t(s.round)], s.endNs);
            }
        }
    }
    for (int r = 0; r < rounds; ++r)
        QVERIFY2(firstDeparture[size_t(r)] >= lastArrival[size_t(r)],
                 qPrintable(QStringLiteral("round %1").arg(r)));
    const std::vector<Span> holds = test::allSpans(run, SpanKind::LockHold);
    QCOMPARE(holds.size(), size_t(parties * rounds));
    for (size_t i = 1; i < holds.size(); ++i)
        QVERIFY(holds[i].beginNs >= holds[i - 1].endNs);
    QCOMPARE(run.results.toObject().value(QStringLiteral("critical_sections")).toInteger(),
             qint64(parties) * rounds);
}

void TestBarrierScenario::breakItKillHolder_data()
{
    QTest::addColumn<int>("family");
    QTest::newRow("qt: the kernel undoes the holder's acquire") << int(PrimitivesChoice::Qt);
    QTest::newRow("posix: the lock stays taken") << int(PrimitivesChoice::Posix);
    QTest::newRow("futex: the robust mutex passes it on") << int(PrimitivesChoice::Futex);
}

// Break it, kill the holder: the lab kills participant 0 inside its critical section, and each
// family does what it does with the lock, read from the run (not from the family's name): qt and
// futex hand it to a waiter, who says it took it from a dead holder, with no two holds
// overlapping; posix leaves it taken, and the lab reports the deadlock and ends the waiters.
void TestBarrierScenario::breakItKillHolder()
{
    QFETCH(int, family);
    const auto scenario = test::runScenario(
        test::parametersOf(ScenarioId::Barrier, {{Param::Workers, 3},
                                                 {Param::Rounds, 5},
                                                 {Param::Workload, 2'000},
                                                 {Param::Primitives, family},
                                                 {Param::BreakIt, int(BreakItChoice::KillHolder)}}),
        noFreeProcesses);
    QVERIFY(scenario && scenario->isFinished());
    const Run &run = scenario->run();
    const QString errors = run.errors.join(QLatin1Char('\n'));
    QCOMPARE(run.processes[0].exit.kind, ExitStatus::Kind::Signal);
    QCOMPARE(run.processes[0].exit.signal, SIGKILL);
    const QJsonObject death = run.facts.value(QStringLiteral("holder_death")).toObject();
    QVERIFY2(!death.isEmpty(), qPrintable(errors));
    QCOMPARE(death.value(QStringLiteral("holder")).toInt(), 0);
    // The parked hold (round 2, the middle of 5) was cut short by the death.
    const Span *hold = spanOf(run.processes[0], SpanKind::LockHold, 2);
    QVERIFY(hold && hold->cutShort);
    QVERIFY2(run.facts.value(QStringLiteral("lock_exclusive_ok")).toBool(),
             qPrintable(holdsOf(run)));
    if (PrimitivesChoice(family) == PrimitivesChoice::Posix) {
        QVERIFY(death.value(QStringLiteral("lock_stayed_taken")).toBool());
        QVERIFY(death.value(QStringLiteral("lock_taken_at_end")).toBool());
        QVERIFY(death.value(QStringLiteral("next_holder")).isNull());
        QVERIFY2(errors.contains(QLatin1String("POSIX semaphore has no owner")),
                 qPrintable(errors));
        // Nobody ever held the lock after the dead holder.
        for (int id : {1, 2}) {
            const ProcessRecord &p = run.processes[size_t(id)];
            QVERIFY(std::none_of(p.spans.begin(), p.spans.end(), [hold](const Span &s) {
                return s.kind == SpanKind::LockHold && s.beginNs >= hold->beginNs;
            }));
        }
        // Whoever waited for the lock was ended by the lab (SIGKILL), the rest by the broken
        // barrier (exit 3).
        const int killed = death.value(QStringLiteral("waiters_killed")).toInt();
        int signalled = 0;
        for (int id : {1, 2}) {
            const ExitStatus &e = run.processes[size_t(id)].exit;
            signalled += e.kind == ExitStatus::Kind::Signal ? 1 : 0;
            QVERIFY2(e.kind == ExitStatus::Kind::Signal || e.code == 3, qPrintable(errors));
        }
        QCOMPARE(signalled, killed);
    } else {
        QVERIFY(!death.value(QStringLiteral("lock_stayed_taken")).toBool());
        const int next = death.value(QStringLiteral("next_holder")).toInt(-1);
        QVERIFY2(next == 1 || next == 2, qPrintable(holdsOf(run)));
        // The taker says so on its lane, between its lock wait and that hold.
        QCOMPARE(takeoverNotes(run.processes[size_t(next)]).size(), size_t(1));
        const Span *taken = spanOf(run.processes[size_t(next)], SpanKind::LockHold, 2);
        QVERIFY(taken && hold->endNs <= taken->beginNs);
    }
}

void TestBarrierScenario::breakItExitAfterLastBarrier_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("parties");
    for (const auto &[family, name] :
         {std::pair{PrimitivesChoice::Qt, "qt"}, std::pair{PrimitivesChoice::Posix, "posix"},
          std::pair{PrimitivesChoice::Futex, "futex"}}) {
        QTest::addRow("%s, 2 parties", name) << int(family) << 2;
        QTest::addRow("%s, 5 parties", name) << int(family) << 5;
    }
}

// Break it, exit right after the last barrier: the release that completed the last round can be
// a process's very last act. No family may lose that wake-up (the qt family's SEM_UNDO would take
// it back at exit without its exit gate): every participant ends 0, every round passed, runs
// repeated because the race is the point.
void TestBarrierScenario::breakItExitAfterLastBarrier()
{
    QFETCH(int, family);
    QFETCH(int, parties);
    constexpr int kRounds = 3;
    for (int repeat = 0; repeat < 8; ++repeat) {
        const auto scenario = test::runScenario(
            test::parametersOf(ScenarioId::Barrier,
                               {{Param::Workers, parties},
                                {Param::Rounds, kRounds},
                                {Param::Workload, 0},
                                {Param::Primitives, family},
                                {Param::BreakIt, int(BreakItChoice::ExitAfterLastBarrier)},
                                {Param::TimeoutMs, 30'000}}),
            noFreeProcesses);
        QVERIFY(scenario && scenario->isFinished());
        const Run &run = scenario->run();
        QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(QLatin1Char('\n'))));
        for (const ProcessRecord &p : run.processes)
            QVERIFY2(p.exit.kind == ExitStatus::Kind::Normal && p.exit.code == 0,
                     qPrintable(p.name));
        const QJsonObject results = run.results.toObject();
        QCOMPARE(results.value(QStringLiteral("rounds_passed")).toInt(), kRounds);
        // The last round has no critical section.
        QCOMPARE(results.value(QStringLiteral("critical_sections")).toInteger(),
                 qint64(parties) * (kRounds - 1));
        if (PrimitivesChoice(family) == PrimitivesChoice::Qt)
            QCOMPARE(run.facts.value(QStringLiteral("exit_gate_opened_for")).toInt(), parties);
        else
            QCOMPARE(run.facts.value(QStringLiteral("exit_gate_opened_for")).toInt(), 0);
    }
}

// SIGKILL one participant mid-run: the engine breaks the barrier, the others wake with "broken"
// and exit 3 at once (long before the run's time limit), the error says what happened.
void TestBarrierScenario::killedParticipantBreaksTheBarrier()
{
    bool killed = false;
    const auto scenario = test::runScenario(endlessRun(3), noFreeProcesses, [&killed](Scenario &s) {
        if (!killed && hasSpans(s, 0) && hasSpans(s, 1) && hasSpans(s, 2))
            killed = s.supervisor().sendSignal(1, SIGKILL);
    });
    QVERIFY(scenario && scenario->isFinished());
    const Run &run = scenario->run();
    QVERIFY2(killed, qPrintable(run.errors.join(QLatin1Char('\n'))));
    QCOMPARE(run.processes[1].exit.kind, ExitStatus::Kind::Signal);
    QCOMPARE(run.processes[1].exit.signal, SIGKILL);
    for (int id : {0, 2}) {
        const ExitStatus &e = run.processes[size_t(id)].exit;
        QVERIFY2(e.kind == ExitStatus::Kind::Normal && e.code == 3,
                 qPrintable(run.processes[size_t(id)].name));
    }
    QCOMPARE(run.errors.size(), 1); // the cause only: no time-out, no follow-on errors
    QVERIFY(run.errors.first().contains(run.processes[1].name));
    QVERIFY(run.facts.value(QStringLiteral("barrier_broken")).toBool());
    QVERIFY(run.facts.value(QStringLiteral("lock_exclusive_ok")).toBool());
    QVERIFY(run.facts.value(QStringLiteral("barrier_order_ok")).toBool());
}

// A participant that hangs (asleep in its work, so it never arrives: --park-in-work) while the
// others wait: past the stall limit the engine kills it and breaks the barrier. It used to be
// stopped with SIGSTOP here; a stop is now seen at once and reported as a stop (tst_stalls), so
// the progress-based supervision is tested with a process that is running but gets nowhere.
void TestBarrierScenario::stalledParticipantIsEndedAndTheBarrierBroken()
{
    const auto scenario = test::runScenario(endlessRun(3), [](Scenario &s) {
        noFreeProcesses(s);
        static_cast<BarrierScenario &>(s).setStallLimitMs(1000);
        static_cast<BarrierScenario &>(s).setParkInWork(2, 1);
    });
    QVERIFY(scenario && scenario->isFinished());
    const Run &run = scenario->run();
    QCOMPARE(run.processes[2].exit.kind, ExitStatus::Kind::Signal);
    QCOMPARE(run.processes[2].exit.signal, SIGKILL);
    QCOMPARE(run.processes[2].stoppedNs, qint64(-1)); // hung, never stopped
    // The others waited at the barrier of round 1 until it was broken.
    for (int id : {0, 1})
        QCOMPARE(run.processes[size_t(id)].exit.code, 3);
    const QString name = run.processes[2].name;
    QVERIFY2(std::any_of(run.errors.begin(), run.errors.end(),
                         [&name](const QString &e) {
                             return e.contains(name) && e.contains(QLatin1String("no progress"));
                         }),
             qPrintable(run.errors.join(QLatin1Char('\n'))));
    QVERIFY(run.facts.value(QStringLiteral("barrier_broken")).toBool());
}

// A holder killed inside its critical section: participant 0 parks holding the lock in round 1
// (the test hook) and is SIGKILLed there; a participant waiting for the lock takes it over.
// Guards against the old recorder, which closed the dead holder's open lock_hold span when the
// engine noticed the death, after the taker's hold had begun: the lanes showed two processes in
// the critical section at once (lock_exclusive_ok false) and did not say who took the lock over.
// Now the taker reports lock_owner_died and the dead holder's hold, cut short, ends no later.
void TestBarrierScenario::holderKilledInsideItsCriticalSection()
{
    constexpr int kParkRound = 1;
    // Only a participant still waiting for the lock when the holder dies can take it over; if
    // both others got it before the holder in that round, they wait at the next barrier instead
    // and the run shows no takeover. That order is the lock's to choose, so such runs are
    // repeated: here 30 to 65 % of them had nobody waiting; 50 in a row, below 1e-9. An attempt
    // takes some 10 ms.
    constexpr int kMaxAttempts = 50;
    for (int attempt = 1; attempt <= kMaxAttempts; ++attempt) {
        auto scenario = createScenario(test::parametersOf(
            ScenarioId::Barrier,
            {{Param::Workers, 3}, {Param::Rounds, 3}, {Param::Workload, 10'000}}));
        QVERIFY(scenario);
        auto &barrier = static_cast<BarrierScenario &>(*scenario);
        barrier.setFreeProcesses(0);
        barrier.setParkHolder(0, kParkRound);
        QSignalSpy finished(scenario.get(), &Scenario::finished);
        scenario->start();
        const Run &run = scenario->run();
        const auto parked = [&run, &barrier] {
            if (barrier.participants().size() != 3)
                return false;
            const ProcessRecord &p = *run.process(barrier.participants()[0]);
            return std::any_of(p.markers.begin(), p.markers.end(), [](const Marker &m) {
                return m.kind == Marker::Kind::Note &&
                       m.text.startsWith(QLatin1String("parked holding the lock"));
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(parked(), 30'000);
        const int victim = barrier.participants()[0];
        const std::vector<int> others{barrier.participants()[1], barrier.participants()[2]};
        // Where the others are: each either waits for the lock in that round (it cannot have it:
        // the holder is parked) or has had its turn and gone on.
        const auto placed = [&run, &others] {
            return std::all_of(others.begin(), others.end(), [&run](int id) {
                const ProcessRecord &p = *run.process(id);
                return waitsForTheLock(p, kParkRound) ||
                       spanOf(p, SpanKind::LockHold, kParkRound) != nullptr;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(placed(), 30'000);
        const bool someoneWaits = std::any_of(others.begin(), others.end(), [&run](int id) {
            return waitsForTheLock(*run.process(id), kParkRound);
        });
        QVERIFY(scenario->supervisor().sendSignal(victim, SIGKILL));
        QVERIFY(finished.wait(30'000));
        QVERIFY(scenario->isFinished());
        if (!someoneWaits) {
            qInfo("attempt %d: nobody was waiting for the lock when its holder died; again",
                  attempt);
            continue;
        }

        const ProcessRecord &dead = *run.process(victim);
        QCOMPARE(dead.exit.kind, ExitStatus::Kind::Signal);
        QCOMPARE(dead.exit.signal, SIGKILL);
        const QString holds = holdsOf(run);
        // No two holds of any processes overlap (sorted by begin, each begins no earlier than the
        // one before it ended, so all of them are pairwise disjoint).
        const std::vector<Span> all = test::allSpans(run, SpanKind::LockHold);
        for (size_t i = 1; i < all.size(); ++i)
            QVERIFY2(all[i].beginNs >= all[i - 1].endNs, qPrintable(holds));
        // Exactly one participant took the lock over from the dead holder.
        int taker = -1;
        qint64 takenNs = -1;
        int takers = 0;
        for (int id : barrier.participants()) {
            const std::vector<qint64> notes = takeoverNotes(*run.process(id));
            takers += notes.empty() ? 0 : 1;
            if (!notes.empty()) {
                taker = id;
                takenNs = notes.front();
            }
        }
        QCOMPARE(takers, 1);
        QVERIFY(taker != victim);
        // The dead holder's last hold was ended by its death, no later than the taker's next hold.
        const auto lastHold =
            std::find_if(dead.spans.rbegin(), dead.spans.rend(),
                         [](const Span &s) { return s.kind == SpanKind::LockHold; });
        QVERIFY2(lastHold != dead.spans.rend(), qPrintable(holds));
        QCOMPARE(lastHold->round, kParkRound);
        QVERIFY2(lastHold->cutShort, qPrintable(holds));
        const ProcessRecord &takerRecord = *run.process(taker);
        const auto nextHold = std::find_if(
            takerRecord.spans.begin(), takerRecord.spans.end(), [takenNs](const Span &s) {
                return s.kind == SpanKind::LockHold && s.beginNs >= takenNs;
            });
        QVERIFY2(nextHold != takerRecord.spans.end(), qPrintable(holds));
        QVERIFY2(lastHold->endNs <= nextHold->beginNs, qPrintable(holds));
        QVERIFY2(run.facts.value(QStringLiteral("lock_exclusive_ok")).toBool(), qPrintable(holds));
        if (attempt > 1)
            qInfo("a takeover in attempt %d", attempt);
        return; // cleanup() checks that nothing of the run's IPC objects is left
    }
    QFAIL("in no attempt was anyone waiting for the lock when its holder was killed");
}

// The user's Stop and the run's time limit end the run with the data so far and remove the
// shared objects (checked by cleanup()).
void TestBarrierScenario::stopAndTimeoutCleanUp()
{
    bool stopped = false;
    const auto byUser = test::runScenario(endlessRun(2), noFreeProcesses, [&stopped](Scenario &s) {
        if (!stopped && hasSpans(s, 0) && hasSpans(s, 1)) {
            stopped = true;
            s.stop();
        }
    });
    QVERIFY(byUser && byUser->isFinished());
    QVERIFY(!byUser->run().errors.isEmpty());
    QVERIFY(!byUser->run().processes[0].spans.empty());
    // The lab killed them: nobody died on their own, so nothing blames a participant or says the
    // barrier broke because one died.
    QCOMPARE(byUser->run().errors.size(), 1);
    QVERIFY2(!byUser->run().errors.join(u'\n').contains(QLatin1String("participant")),
             qPrintable(byUser->run().errors.join(u'\n')));
    QCOMPARE(byUser->run().facts.value(QLatin1String("barrier_broken")).toBool(), false);

    ScenarioParameters parameters = endlessRun(2);
    QVERIFY(parameters.set(Param::TimeoutMs, 1000));
    QVERIFY(
        parameters.set(Param::Workload, 1'000'000)); // rounds of milliseconds: never done in 1 s
    const auto timedOut = test::runScenario(parameters, noFreeProcesses);
    QVERIFY(timedOut && timedOut->isFinished());
    QCOMPARE(timedOut->run().processes[0].exit.kind, ExitStatus::Kind::Timeout);
    QVERIFY(!timedOut->run().errors.isEmpty());
    QCOMPARE(timedOut->run().facts.value(QLatin1String("barrier_broken")).toBool(), false);
}

// Destroying a running scenario (the window closed mid-run) kills its workers; the segment is
// already marked for removal, so the kernel frees it as soon as the last worker is gone.
void TestBarrierScenario::destroyedMidRunLeavesNothing()
{
    auto scenario = createScenario(endlessRun(4));
    QVERIFY(scenario);
    scenario->start();
    QTRY_VERIFY_WITH_TIMEOUT(hasSpans(*scenario, 3), 30'000);
    const QString key = static_cast<BarrierScenario &>(*scenario).ipcKey();
    QVERIFY(QFile::exists(SharedSegment::keyFilePath(key)));
    scenario.reset();
    QVERIFY(!QFile::exists(SharedSegment::keyFilePath(key)));
    QTRY_VERIFY_WITH_TIMEOUT(test::ipcLeftoversOf(QCoreApplication::applicationPid()).isEmpty(),
                             10'000);
    QVERIFY(test::liveWorkersOf(QCoreApplication::applicationPid()).isEmpty());
}

// A process that created its objects and was SIGKILLed leaves a segment and a key file; the next
// start removes them, and leaves a live owner's objects alone.
void TestBarrierScenario::staleObjectsOfADeadRunAreRemoved()
{
    QString error;
    auto live = CoordinationArena::create(newRunKey(), 2, &error);
    QVERIFY2(live, qPrintable(error));

    QProcess crasher;
    crasher.start(QCoreApplication::applicationFilePath(), {QLatin1String(kMakeLeftover)});
    QVERIFY(crasher.waitForFinished(30'000));
    QCOMPARE(crasher.exitStatus(), QProcess::CrashExit);
    const QString leftoverKey = QString::fromLatin1(crasher.readAllStandardOutput()).trimmed();
    QVERIFY(!leftoverKey.isEmpty());
    const QString keyFile = SharedSegment::keyFilePath(leftoverKey);
    const key_t sysvKey = ::ftok(QFile::encodeName(keyFile).constData(), 'Q');
    const QList<SysVObject> before = sysvSharedMemory();
    const auto leftover =
        std::find_if(before.begin(), before.end(), [sysvKey](const SysVObject &s) {
            return sysvKey != -1 && s.key == qint64(sysvKey);
        });

    QStringList removed;
    const int count = removeStaleIpcObjects(&removed);
    if (leftover != before.end()) {
        // Removed here, or by a run that started meanwhile in another test program (each start
        // cleans up): either way it is gone.
        QVERIFY(count >= 1 || !test::segmentExists(leftover->id));
        QVERIFY(!test::segmentExists(leftover->id));
    } else {
        // Any run that started meanwhile (another test program) cleans up too; it got there first.
        qInfo("the leftover was already removed by a concurrent run's clean-up");
    }
    QVERIFY(!QFile::exists(keyFile));
    const QList<SysVObject> after = sysvSharedMemory();
    QVERIFY(std::none_of(after.begin(), after.end(), [sysvKey](const SysVObject &s) {
        return sysvKey != -1 && s.key == qint64(sysvKey);
    }));
    QVERIFY(test::segmentExists(live->segment().shmId())); // a live owner's segment stays

    // And it is private to this user: segment mode 0600, key file 0600.
    const QList<SysVObject> segments = sysvSharedMemory();
    const auto mine = std::find_if(segments.begin(), segments.end(), [&live](const SysVObject &s) {
        return s.id == live->segment().shmId();
    });
    QVERIFY(mine != segments.end());
    QCOMPARE(mine->perms & 0777, 0600);
    QCOMPARE(QFile::permissions(SharedSegment::keyFilePath(live->key())),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
}

// The crasher for staleObjectsOfADeadRunAreRemoved: create a run's objects, say their key, die.
int main(int argc, char **argv)
{
    if (argc == 2 && qstrcmp(argv[1], kMakeLeftover) == 0) {
        QCoreApplication app(argc, argv);
        QString error;
        auto arena = CoordinationArena::create(newRunKey(), 2, &error);
        if (!arena)
            return 1;
        const QString key = arena->key();
        std::printf("%s\n", qPrintable(key));
        std::fflush(stdout);
        ::raise(SIGKILL);
    }
    QCoreApplication app(argc, argv);
    TestBarrierScenario test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_barrierscenario.moc"
