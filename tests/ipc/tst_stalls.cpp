// SPDX-License-Identifier: MIT
// Stopped, hung and dead workers of the Barrier & Lock and Pool scenarios, with real processes:
// a stop (SIGSTOP) is reported by name within a fraction of a second and ends the run as a death
// would; a pool worker that hangs is found by the pool's stall supervision; a pool worker killed in
// the middle of a chunk breaks the pool (BrokenProcessPool), and every task is accounted for
// against shared memory. Each run must end, say what happened, keep every span recorded before
// the fault, and leave no process and no IPC object behind.
//
// The faults are placed with the workers' fault-injection options, never with timers:
// --park-in-work (a participant stays in its work until the barrier is broken, so the others wait
// at the barrier for as long as the test needs) and --park-after-tasks (a pool worker stays right
// after its K-th task, before the spans of its chunk are reported).
//
// Why each fails on the code before the StallMonitor (besides the park options, which that worker
// rejected): a stopped participant was noticed only by the barrier's stall limit (60 s: the runs
// here would have to wait that long, and the error blamed "no progress", never a stop); a stopped
// or hung pool worker was noticed by nothing but the run's time limit (100 s here); and a pool
// worker killed mid-chunk left the rest running, its chunk never run and its done tasks without
// spans, with no fact saying which tasks were done, lost or not run.
#include "exporters.h"
#include "ipcscenarios.h"
#include "ipctestutils.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <csignal>

using namespace proclab;

namespace {

// How long a run may take to end after the fault: far below the barrier's 60 s stall limit and the
// runs' 100 s time limit, far above what ending takes (a report within a second, a grace of 3 s).
constexpr int kEndsWithinMs = 20'000;

ScenarioParameters endlessBarrier(int parties)
{
    return test::parametersOf(ScenarioId::Barrier, {{Param::Workers, parties},
                                                    {Param::Rounds, 100'000},
                                                    {Param::Workload, 50'000},
                                                    {Param::TimeoutMs, 100'000}});
}

// Tasks of some work (a second or more in all), so that the other workers are still busy when
// the parked one is hit.
ScenarioParameters busyPool(int tasks = 20'000)
{
    return test::parametersOf(ScenarioId::Pool, {{Param::Workers, 3},
                                                 {Param::Tasks, tasks},
                                                 {Param::Chunksize, 10},
                                                 {Param::Workload, 20'000},
                                                 {Param::TimeoutMs, 100'000}});
}

bool hasNoteStartingWith(const ProcessRecord &p, const QString &start)
{
    return std::any_of(p.markers.begin(), p.markers.end(), [&start](const Marker &m) {
        return m.kind == Marker::Kind::Note && m.text.startsWith(start);
    });
}

std::vector<std::vector<Span>> spansOf(const Run &run)
{
    std::vector<std::vector<Span>> spans;
    for (const ProcessRecord &p : run.processes)
        spans.push_back(p.spans);
    return spans;
}

// Every span the lab had recorded when the fault happened is in the run as exported to JSON.
void verifySpansKept(const Run &run, const std::vector<std::vector<Span>> &before)
{
    QString error;
    const std::optional<Run> back = runFromJson(runToJson(run), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->processes.size(), run.processes.size());
    for (size_t i = 0; i < before.size(); ++i) {
        const std::vector<Span> &now = back->processes[i].spans;
        QVERIFY2(now.size() >= before[i].size(), qPrintable(run.processes[i].name));
        for (size_t k = 0; k < before[i].size(); ++k) {
            const Span &a = before[i][k];
            const Span &b = now[k];
            QVERIFY2(a.kind == b.kind && a.round == b.round && a.task == b.task &&
                         a.beginNs == b.beginNs && a.endNs == b.endNs,
                     qPrintable(QStringLiteral("%1 span %2").arg(run.processes[i].name).arg(k)));
        }
    }
}

// From the lab's SIGSTOP (its marker) to the moment the lab reported the stop (stoppedNs, also the
// time of the note on the lane), in ms; -1 if either is missing.
double stopReportMs(const ProcessRecord &p)
{
    for (const Marker &m : p.markers) {
        if (m.kind == Marker::Kind::SignalSent && m.signal == SIGSTOP && p.stoppedNs >= 0)
            return double(p.stoppedNs - m.timeNs) / 1e6;
    }
    return -1;
}

bool anyErrorSays(const Run &run, const QString &a, const QString &b)
{
    return std::any_of(run.errors.begin(), run.errors.end(),
                       [&](const QString &e) { return e.contains(a) && e.contains(b); });
}

QString errorsOf(const Run &run)
{
    return run.errors.join(QLatin1Char('\n'));
}

// Where a parked pool worker is: the chunk [first, last] it holds, and the last task it did.
struct Parked
{
    qint64 first = -1;
    qint64 last = -1;
    qint64 after = -1;
};

Parked parkedAt(const ProcessRecord &p)
{
    static const QRegularExpression re(
        QStringLiteral("^parked after \\d+ tasks, in the middle of tasks (\\d+)-(\\d+) \\(after "
                       "task (\\d+)\\)$"));
    for (const Marker &m : p.markers) {
        const QRegularExpressionMatch match = re.match(m.text);
        if (m.kind == Marker::Kind::Note && match.hasMatch())
            return {match.captured(1).toLongLong(), match.captured(2).toLongLong(),
                    match.captured(3).toLongLong()};
    }
    return {};
}

QJsonArray range(qint64 first, qint64 last)
{
    return QJsonArray{QJsonArray{first, last}};
}

} // namespace

class TestStalls : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void barrierParticipantStopped_data();
    void barrierParticipantStopped();
    void poolWorkerStoppedMidChunk();
    void poolWorkerHangsMidChunk();
    void poolWorkerKilledMidChunk();
};

void TestStalls::cleanup()
{
    QTRY_VERIFY_WITH_TIMEOUT(test::liveWorkersOf(QCoreApplication::applicationPid()).isEmpty(),
                             10'000);
    test::verifyNoIpcLeftovers();
}

void TestStalls::barrierParticipantStopped_data()
{
    QTest::addColumn<bool>("atTheBarrier");
    QTest::newRow("waiting at the barrier") << true;
    QTest::newRow("working") << false;
}

// Participant 0 stays in its work in round 1, so the others wait at the barrier of that round.
// Then a participant is stopped: one waiting there, or participant 0 itself, in its work. The stop
// is reported by name; the stopped one is killed and the barrier broken, so the others wake with
// "broken" and end (exit 3). The old code would have waited for the stall limit (60 s), then killed
// the participant still in its work as making "no progress" (whether stopped or not), and the
// stopped waiter only 3 s after that, as a straggler.
void TestStalls::barrierParticipantStopped()
{
    QFETCH(bool, atTheBarrier);
    constexpr int kRound = 1;
    auto scenario = createScenario(endlessBarrier(3));
    QVERIFY(scenario);
    auto &barrier = static_cast<BarrierScenario &>(*scenario);
    barrier.setFreeProcesses(0);
    barrier.setParkInWork(0, kRound);
    QSignalSpy finished(scenario.get(), &Scenario::finished);
    scenario->start();
    const Run &run = scenario->run();
    QTRY_VERIFY_WITH_TIMEOUT(barrier.participants().size() == 3 &&
                                 hasNoteStartingWith(*run.process(barrier.participants()[0]),
                                                     QStringLiteral("parked in its work")),
                             30'000);
    const int victim = barrier.participants()[atTheBarrier ? 1 : 0];
    if (atTheBarrier) {
        // It cannot leave: participant 0 is not there.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto &open = run.process(victim)->open[int(SpanKind::BarrierWait)];
                return open.open && open.span.round == kRound;
            }(),
            30'000);
    }
    QVERIFY(scenario->isRunning());
    const auto before = spansOf(run);
    QVERIFY(scenario->supervisor().sendSignal(victim, SIGSTOP));
    QVERIFY2(finished.wait(kEndsWithinMs), qPrintable(errorsOf(run)));

    const ProcessRecord &stopped = *run.process(victim);
    qInfo("SIGSTOP to the report: %.1f ms", stopReportMs(stopped));
    QVERIFY(stopped.stoppedNs >= 0);
    QVERIFY(hasNoteStartingWith(stopped, QStringLiteral("stopped")));
    QCOMPARE(stopped.exit.kind, ExitStatus::Kind::Signal); // killed while stopped, and collected
    QCOMPARE(stopped.exit.signal, SIGKILL);
    // The cause only: no stall, no straggler, no time limit.
    QCOMPARE(run.errors.size(), 1);
    QVERIFY2(run.errors.first().contains(stopped.name) &&
                 run.errors.first().contains(QLatin1String("stopped")),
             qPrintable(errorsOf(run)));
    for (int id : barrier.participants()) {
        if (id == victim)
            continue;
        const ExitStatus &e = run.process(id)->exit;
        QVERIFY2(e.kind == ExitStatus::Kind::Normal && e.code == 3,
                 qPrintable(run.process(id)->name));
    }
    QVERIFY(run.facts.value(QStringLiteral("barrier_broken")).toBool());
    QVERIFY(run.facts.value(QStringLiteral("lock_exclusive_ok")).toBool());
    verifySpansKept(run, before);
}

// A pool worker stopped in the middle of a chunk holds it for as long as it is stopped. Reported by
// name, killed, the pool broken: the others stop at their next task and end. The tasks it did are
// done according to shared memory though their spans never left it; the rest of its chunk is lost.
// The old code noticed nothing until the run's time limit.
void TestStalls::poolWorkerStoppedMidChunk()
{
    constexpr int kParkAfter = 4;
    auto scenario = createScenario(busyPool());
    QVERIFY(scenario);
    auto &pool = static_cast<PoolScenario &>(*scenario);
    pool.setParkWorker(1, kParkAfter);
    QSignalSpy finished(scenario.get(), &Scenario::finished);
    scenario->start();
    const Run &run = scenario->run();
    QTRY_VERIFY_WITH_TIMEOUT(
        pool.workers().size() == 3 && parkedAt(*run.process(pool.workers()[1])).first >= 0, 30'000);
    const int victim = pool.workers()[1];
    const Parked parked = parkedAt(*run.process(victim));
    QCOMPARE(parked.after, parked.first + kParkAfter - 1); // its first chunk
    const auto before = spansOf(run);
    QVERIFY(scenario->supervisor().sendSignal(victim, SIGSTOP));
    QVERIFY2(finished.wait(kEndsWithinMs), qPrintable(errorsOf(run)));

    const ProcessRecord &stopped = *run.process(victim);
    qInfo("SIGSTOP to the report: %.1f ms", stopReportMs(stopped));
    QVERIFY(stopped.stoppedNs >= 0);
    QCOMPARE(stopped.exit.kind, ExitStatus::Kind::Signal);
    QCOMPARE(stopped.exit.signal, SIGKILL);
    QVERIFY2(run.errors.first().contains(stopped.name) &&
                 run.errors.first().contains(QLatin1String("stopped")),
             qPrintable(errorsOf(run)));
    for (int id : pool.workers()) {
        const ExitStatus &e = run.process(id)->exit;
        if (id != victim) // done before the break, or stopped by it
            QVERIFY2(e.kind == ExitStatus::Kind::Normal && (e.code == 0 || e.code == 3),
                     qPrintable(errorsOf(run)));
    }
    const QJsonObject &facts = run.facts;
    QVERIFY(facts.value(QStringLiteral("pool_broken")).toBool());
    QCOMPARE(facts.value(QStringLiteral("lost")).toArray(), range(parked.after + 1, parked.last));
    QCOMPARE(facts.value(QStringLiteral("done_without_span")).toArray(),
             range(parked.first, parked.after));
    verifySpansKept(run, before);
}

// A pool worker that hangs (asleep in the middle of a chunk, not stopped): the others finish the
// queue and end; then no task completes for the stall limit while tasks remain, and the holder of
// the unfinished chunk is named as hung, killed, and the pool broken. Old code: no stall
// supervision in the pool, the run went on until its time limit.
void TestStalls::poolWorkerHangsMidChunk()
{
    // Fewer tasks: the others run all of them before the stall begins.
    auto scenario = createScenario(busyPool(2000));
    QVERIFY(scenario);
    auto &pool = static_cast<PoolScenario &>(*scenario);
    pool.setParkWorker(0, 3);
    pool.setStallLimitMs(1000);
    QSignalSpy finished(scenario.get(), &Scenario::finished);
    scenario->start();
    QVERIFY2(finished.wait(kEndsWithinMs), qPrintable(errorsOf(scenario->run())));
    const Run &run = scenario->run();
    const int victim = pool.workers()[0];
    const ProcessRecord &hung = *run.process(victim);
    const Parked parked = parkedAt(hung);
    QVERIFY(parked.first >= 0);
    QCOMPARE(hung.exit.kind, ExitStatus::Kind::Signal);
    QCOMPARE(hung.exit.signal, SIGKILL);
    QCOMPARE(hung.stoppedNs, qint64(-1)); // hung, not stopped
    QVERIFY2(run.errors.first().contains(hung.name) &&
                 run.errors.first().contains(QLatin1String("hung")),
             qPrintable(errorsOf(run)));
    QCOMPARE(run.facts.value(QStringLiteral("lost")).toArray(),
             range(parked.after + 1, parked.last));
    // Everyone else finished the queue: all but the lost tasks were done.
    QCOMPARE(run.facts.value(QStringLiteral("tasks_not_run")).toInteger(), 0);
}

// "Pool after a death": a worker SIGKILLed in the middle of a chunk, exactly after its K-th task.
// The pool breaks as concurrent.futures' does (BrokenProcessPool): the error names the dead worker
// and the tasks it held; the others stop at their next task; nothing is re-run. The accounting is
// checked against shared memory (the results are read from it): the K tasks it did count as done,
// though their spans died with it; the rest of its chunk is lost; every other task was done with a
// span, or not run. Old code: the others ran the rest of the queue, the chunk's remainder was
// simply "never run", and no fact told done from spanned from lost.
void TestStalls::poolWorkerKilledMidChunk()
{
    constexpr int kParkAfter = 4;
    auto scenario = createScenario(busyPool());
    QVERIFY(scenario);
    auto &pool = static_cast<PoolScenario &>(*scenario);
    pool.setParkWorker(1, kParkAfter);
    QSignalSpy finished(scenario.get(), &Scenario::finished);
    scenario->start();
    const Run &run = scenario->run();
    QTRY_VERIFY_WITH_TIMEOUT(
        pool.workers().size() == 3 && parkedAt(*run.process(pool.workers()[1])).first >= 0, 30'000);
    const int victim = pool.workers()[1];
    const Parked parked = parkedAt(*run.process(victim));
    QCOMPARE(parked.after, parked.first + kParkAfter - 1);
    const auto before = spansOf(run);
    QVERIFY(scenario->supervisor().sendSignal(victim, SIGKILL));
    QVERIFY2(finished.wait(kEndsWithinMs), qPrintable(errorsOf(run)));

    const ProcessRecord &dead = *run.process(victim);
    const QString held = QStringLiteral("%1–%2").arg(parked.first).arg(parked.last);
    QVERIFY2(run.errors.first().contains(dead.name) &&
                 run.errors.first().contains(QLatin1String("BrokenProcessPool")) &&
                 run.errors.first().contains(held),
             qPrintable(errorsOf(run)));
    QVERIFY2(anyErrorSays(run, dead.name, QStringLiteral("were lost")), qPrintable(errorsOf(run)));
    QVERIFY2(anyErrorSays(run, dead.name, QStringLiteral("no span")), qPrintable(errorsOf(run)));

    const QJsonObject &facts = run.facts;
    const qint64 n = scenario->parameters().value(Param::Tasks);
    const QJsonArray results = run.results.toArray();
    QCOMPARE(results.size(), qsizetype(n));
    std::vector<int> spans(size_t(n), 0);
    qint64 spanCount = 0;
    for (const ProcessRecord &p : run.processes) {
        for (const Span &s : p.spans) {
            QCOMPARE(s.kind, SpanKind::Task);
            ++spans[size_t(s.task)];
            ++spanCount;
        }
    }
    qint64 done = 0, doneWithoutSpan = 0, notDone = 0;
    for (qint64 i = 0; i < n; ++i) {
        const bool isDone = !results.at(i).isNull();
        const bool inLostPart = i > parked.after && i <= parked.last;
        const bool inDonePart = i >= parked.first && i <= parked.after;
        QVERIFY2(spans[size_t(i)] <= 1, qPrintable(QString::number(i)));
        if (isDone) {
            ++done;
            QCOMPARE(results.at(i).toInteger(), i * i);
            if (spans[size_t(i)] == 0) {
                ++doneWithoutSpan;
                // Only the dead worker's unreported tasks lack a span: the others reported theirs.
                QVERIFY2(inDonePart, qPrintable(QString::number(i)));
            }
        } else {
            ++notDone;
            QCOMPARE(spans[size_t(i)], 0);
        }
        if (inDonePart) // done though the spans are lost
            QVERIFY2(isDone && spans[size_t(i)] == 0, qPrintable(QString::number(i)));
        if (inLostPart)
            QVERIFY2(!isDone, qPrintable(QString::number(i)));
    }
    QCOMPARE(doneWithoutSpan, qint64(kParkAfter));
    QCOMPARE(facts.value(QStringLiteral("tasks_done")).toInteger(), done);
    QCOMPARE(facts.value(QStringLiteral("task_spans")).toInteger(), spanCount);
    QCOMPARE(spanCount, done - doneWithoutSpan);
    QCOMPARE(facts.value(QStringLiteral("tasks_done_without_span")).toInteger(), doneWithoutSpan);
    QCOMPARE(facts.value(QStringLiteral("done_without_span")).toArray(),
             range(parked.first, parked.after));
    QCOMPARE(facts.value(QStringLiteral("tasks_lost")).toInteger(), parked.last - parked.after);
    QCOMPARE(facts.value(QStringLiteral("lost")).toArray(), range(parked.after + 1, parked.last));
    QCOMPARE(facts.value(QStringLiteral("tasks_not_run")).toInteger(),
             notDone - (parked.last - parked.after));
    QCOMPARE(facts.value(QStringLiteral("tasks_done")).toInteger() +
                 facts.value(QStringLiteral("tasks_lost")).toInteger() +
                 facts.value(QStringLiteral("tasks_not_run")).toInteger(),
             n);
    QVERIFY(facts.value(QStringLiteral("pool_broken")).toBool());
    QVERIFY(!facts.value(QStringLiteral("every_task_once")).toBool());
    qInfo("done %lld (without span %lld), spans %lld, lost %lld, not run %lld", done,
          doneWithoutSpan, spanCount, parked.last - parked.after,
          notDone - (parked.last - parked.after));
    verifySpansKept(run, before);
}

QTEST_GUILESS_MAIN(TestStalls)
#include "tst_stalls.moc"
