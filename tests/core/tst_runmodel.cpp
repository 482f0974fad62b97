// SPDX-License-Identifier: MIT
#include "event.h"
#include "run.h"

#include <QTest>
#include <limits>

using namespace proclab;

namespace {
Event makeEvent(qint64 t, int id, EventType type, SpanKind span = SpanKind::Work, int round = -1)
{
    Event e;
    e.timestampNs = t;
    e.pid = 1000 + id;
    e.processId = id;
    e.type = type;
    e.span = span;
    e.round = round;
    return e;
}

Run twoProcesses()
{
    Run run;
    run.originNs = 1000;
    for (int i = 0; i < 2; ++i) {
        ProcessRecord p;
        p.id = i;
        p.name = QStringLiteral("p%1").arg(i);
        p.pid = 1000 + i;
        run.processes.push_back(p);
    }
    return run;
}
} // namespace

class TestRunModel : public QObject
{
    Q_OBJECT
private slots:
    void spansAreRelativeToOrigin();
    void rejectsInconsistentEvents();
    void childLifecycle();
    void closeOpenSpansOnDeath();
    void killedHolderHoldEndsAtTakeover_data();
    void killedHolderHoldEndsAtTakeover();
    void spanIsSmall();
    void taskBatches();
    void signalNames();
    void causesAttachToTheLastWait();
    void endLineCarriesItsCause();
    void lastArrivalIsTheCauseOfItsRound_data();
    void lastArrivalIsTheCauseOfItsRound();
    void roundsReadInBatchesPerPipe();
    void roundFarBeyondTheRunNamesNoCause();
};

void TestRunModel::spansAreRelativeToOrigin()
{
    Run run = twoProcesses();
    RunRecorder recorder(run);
    QString error;
    QVERIFY(recorder.apply(makeEvent(1500, 0, EventType::Ready), &error));
    QVERIFY(recorder.apply(makeEvent(2000, 0, EventType::Begin, SpanKind::BarrierWait, 4), &error));
    QVERIFY(recorder.apply(makeEvent(5000, 0, EventType::End, SpanKind::BarrierWait, 4), &error));
    const ProcessRecord &p = run.processes[0];
    QCOMPARE(p.readyNs, 500);
    QCOMPARE(p.spans.size(), size_t(1));
    QCOMPARE(p.spans[0].beginNs, 1000);
    QCOMPARE(p.spans[0].endNs, 4000);
    QCOMPARE(p.spans[0].round, 4);
    QCOMPARE(p.timeIn(SpanKind::BarrierWait), 3000);
    QCOMPARE(run.spanCount(), 1);
}

void TestRunModel::rejectsInconsistentEvents()
{
    Run run = twoProcesses();
    RunRecorder recorder(run);
    QString error;
    QVERIFY(!recorder.apply(makeEvent(2000, 5, EventType::Ready), &error)); // unknown id
    QVERIFY(error.contains(QLatin1String("5")));
    Event wrongPid = makeEvent(2000, 0, EventType::Ready);
    wrongPid.pid = 1;
    QVERIFY(!recorder.apply(wrongPid, &error));
    QVERIFY(!recorder.apply(makeEvent(2000, 0, EventType::End), &error)); // end without begin
    QVERIFY(recorder.apply(makeEvent(2000, 0, EventType::Begin, SpanKind::LockHold, 1), &error));
    QVERIFY(!recorder.apply(makeEvent(2100, 0, EventType::Begin, SpanKind::LockHold, 1),
                            &error)); // twice
    QVERIFY(!recorder.apply(makeEvent(2100, 0, EventType::End, SpanKind::LockHold, 2),
                            &error)); // other round
    QVERIFY(!recorder.apply(makeEvent(1900, 0, EventType::End, SpanKind::LockHold, 1),
                            &error)); // backwards
    QVERIFY(recorder.apply(makeEvent(2200, 0, EventType::End, SpanKind::LockHold, 1), &error));
    QVERIFY(recorder.apply(makeEvent(2300, 0, EventType::Ready), &error));
    QVERIFY(!recorder.apply(makeEvent(2400, 0, EventType::Ready), &error)); // ready twice
    QCOMPARE(run.processes[0].spans.size(), size_t(1));
}

void TestRunModel::childLifecycle()
{
    Run run = twoProcesses();
    ProcessRecord child;
    child.id = 2;
    child.parent = 0;
    run.processes.push_back(child);
    RunRecorder recorder(run);
    QString error;
    Event spawn = makeEvent(3000, 0, EventType::Spawn);
    spawn.childId = 2;
    spawn.value = 7777;
    spawn.daemon = true;
    spawn.text = QStringLiteral("background_process");
    QVERIFY(!recorder.apply(
        [&] {
            Event e = spawn;
            e.processId = 1;
            e.pid = 1001;
            return e;
        }(),
        &error)); // not its child
    QVERIFY2(recorder.apply(spawn, &error), qPrintable(error));
    QCOMPARE(run.processes[2].pid, 7777);
    QVERIFY(run.processes[2].daemon);
    QCOMPARE(run.processes[2].launchedNs, 2000);

    Event childBegin = makeEvent(3500, 2, EventType::Begin);
    childBegin.pid = 7777;
    QVERIFY(recorder.apply(childBegin, &error));
    Event reaped = makeEvent(4000, 0, EventType::Reaped);
    reaped.childId = 2;
    reaped.reap = ReapKind::Signal;
    reaped.value = 15;
    Event bogus = reaped;
    bogus.value = 99999;
    QVERIFY(!recorder.apply(bogus, &error)); // no such signal
    QVERIFY(recorder.apply(reaped, &error));
    const ProcessRecord &c = run.processes[2];
    // The parent's report is when it collected the child, not when the child exited: the
    // recorder keeps it as the reap time and leaves the exit to the engine, which watches it.
    QCOMPARE(c.reapedNs, 3000);
    QCOMPARE(c.exitedNs, -1);
    QVERIFY(!c.exit.finished());
    QVERIFY(!recorder.apply(reaped, &error)); // reaped twice
}

// A holder killed inside its critical section: the kernel hands the lock to the next taker while
// the holder is dying, a little before its exit is observable. The dead holder's hold ends at the
// takeover, whichever of the two the engine hears of first.
void TestRunModel::killedHolderHoldEndsAtTakeover_data()
{
    QTest::addColumn<bool>("takeoverFirst");
    QTest::newRow("takeover heard first") << true;
    QTest::newRow("death heard first") << false;
}

void TestRunModel::killedHolderHoldEndsAtTakeover()
{
    QFETCH(bool, takeoverFirst);
    Run run = twoProcesses();
    RunRecorder recorder(run);
    QString error;
    QVERIFY(recorder.apply(makeEvent(2000, 0, EventType::Begin, SpanKind::LockHold, 3), &error));
    QVERIFY(recorder.apply(makeEvent(2100, 1, EventType::Begin, SpanKind::LockWait, 3), &error));
    const Event takeover = makeEvent(5000, 1, EventType::LockOwnerDied);
    auto die = [&] {
        run.processes[0].exitedNs = 5000 + 40 - 1000; // exit observed 40 ns after the takeover
        recorder.closeOpenSpans(run.processes[0]);
    };
    if (takeoverFirst) {
        QVERIFY(recorder.apply(takeover, &error));
        die();
    } else {
        die();
        QVERIFY(recorder.apply(takeover, &error));
        const auto revised = recorder.takeRevisedSpans();
        QCOMPARE(revised.size(), size_t(1));
        QCOMPARE(revised[0].first, 0);
    }
    const Span &hold = run.processes[0].spans.back();
    QCOMPARE(hold.kind, SpanKind::LockHold);
    QVERIFY(hold.cutShort);
    QCOMPARE(hold.endNs, 4000); // the takeover, relative to the origin
    // The taker's lane says what happened.
    QCOMPARE(run.processes[1].markers.size(), size_t(1));
    QCOMPARE(run.processes[1].markers[0].timeNs, 4000);
    // A takeover long after the hold ended changes nothing.
    QVERIFY(recorder.apply(makeEvent(9000, 1, EventType::LockOwnerDied), &error));
    QCOMPARE(run.processes[0].spans.back().endNs, 4000);
}

void TestRunModel::closeOpenSpansOnDeath()
{
    Run run = twoProcesses();
    RunRecorder recorder(run);
    QString error;
    QVERIFY(recorder.apply(makeEvent(2000, 1, EventType::Begin, SpanKind::Work), &error));
    QVERIFY(recorder.apply(makeEvent(2500, 1, EventType::Begin, SpanKind::LockWait, 0), &error));
    run.processes[1].exitedNs = 3000;
    recorder.closeOpenSpans(run.processes[1]);
    QCOMPARE(run.processes[1].spans.size(), size_t(2));
    for (const Span &s : run.processes[1].spans) {
        QCOMPARE(s.endNs, 3000);
        QVERIFY(s.cutShort);
    }
}

void TestRunModel::spanIsSmall()
{
    // Issue 5's memory target: <= 64 bytes per recorded span.
    QVERIFY(sizeof(Span) <= 32);
}

// A `tasks` event becomes one task span per task; a batch with any bad span changes nothing.
void TestRunModel::taskBatches()
{
    Run run = twoProcesses();
    RunRecorder recorder(run);
    QString error;
    Event batch = makeEvent(3000, 1, EventType::Tasks);
    batch.task = 40;
    batch.taskOffsets = {0, 10, 10, 25, 100, 100};
    QVERIFY2(recorder.apply(batch, &error), qPrintable(error));
    const ProcessRecord &p = run.processes[1];
    QCOMPARE(p.spans.size(), size_t(3));
    const qint64 expected[3][2] = {{2000, 2010}, {2010, 2025}, {2100, 2100}};
    for (int k = 0; k < 3; ++k) {
        QCOMPARE(p.spans[size_t(k)].kind, SpanKind::Task);
        QCOMPARE(p.spans[size_t(k)].task, 40 + k);
        QCOMPARE(p.spans[size_t(k)].round, -1);
        QCOMPARE(p.spans[size_t(k)].beginNs, expected[k][0]);
        QCOMPARE(p.spans[size_t(k)].endNs, expected[k][1]);
    }

    // All or nothing: the last task is backwards, so not even the first two are recorded.
    Event bad = makeEvent(4000, 1, EventType::Tasks);
    bad.task = 50;
    bad.taskOffsets = {0, 1, 2, 3, 9, 8};
    error.clear();
    QVERIFY(!recorder.apply(bad, &error));
    QVERIFY(!error.isEmpty());
    bad.taskOffsets = {-1, 3};
    QVERIFY(!recorder.apply(bad, &error));
    bad.taskOffsets = {0, 3, 4};
    QVERIFY(!recorder.apply(bad, &error)); // a begin without its end
    bad.taskOffsets.clear();
    QVERIFY(!recorder.apply(bad, &error));
    bad.task = std::numeric_limits<int>::max();
    bad.taskOffsets = {0, 1, 1, 2};
    QVERIFY(!recorder.apply(bad, &error)); // the second task's index would overflow
    QCOMPARE(p.spans.size(), size_t(3));

    // Not while a task span opened by a begin line is still open.
    Event open = makeEvent(5000, 1, EventType::Begin, SpanKind::Task);
    open.task = 60;
    QVERIFY(recorder.apply(open, &error));
    Event during = makeEvent(5100, 1, EventType::Tasks);
    during.task = 61;
    during.taskOffsets = {0, 1};
    QVERIFY(!recorder.apply(during, &error));
    QCOMPARE(p.spans.size(), size_t(3));
}

void TestRunModel::signalNames()
{
    QCOMPARE(signalName(15), QStringLiteral("SIGTERM"));
    QCOMPARE(signalName(9), QStringLiteral("SIGKILL"));
    QCOMPARE(signalName(11), QStringLiteral("SIGSEGV"));
    QCOMPARE(signalName(0), QStringLiteral("SIG0")); // not a signal: still a readable text
}

// A cause line ends the process's last wait of its kind, once; it must name another process of
// the run, at a time inside the run and no later than the line itself.
void TestRunModel::causesAttachToTheLastWait()
{
    Run run = twoProcesses();
    RunRecorder recorder(run);
    QString error;
    auto cause = [](qint64 t, int id, SpanKind kind, CauseEvent what, int who, qint64 when) {
        Event e = makeEvent(t, id, EventType::Cause, kind);
        e.cause = what;
        e.childId = who;
        e.value = when;
        return e;
    };
    // No barrier wait has ended yet.
    QVERIFY(!recorder.apply(
        cause(1500, 0, SpanKind::BarrierWait, CauseEvent::BarrierLastArrival, 1, 1400), &error));
    QVERIFY(recorder.apply(makeEvent(2000, 0, EventType::Begin, SpanKind::BarrierWait, 0), &error));
    QVERIFY(recorder.apply(makeEvent(3000, 0, EventType::End, SpanKind::BarrierWait, 0), &error));
    QVERIFY(!recorder.apply(
        cause(3100, 0, SpanKind::BarrierWait, CauseEvent::BarrierLastArrival, 0, 2900),
        &error)); // itself
    QVERIFY(!recorder.apply(
        cause(3100, 0, SpanKind::BarrierWait, CauseEvent::BarrierLastArrival, 7, 2900),
        &error)); // nobody
    QVERIFY(!recorder.apply(
        cause(3100, 0, SpanKind::BarrierWait, CauseEvent::BarrierLastArrival, 1, 3200),
        &error)); // after the line
    QVERIFY(!recorder.apply(cause(3100, 0, SpanKind::BarrierWait, CauseEvent::Signal, 1, 2900),
                            &error)); // not the worker's to say
    QVERIFY(recorder.apply(
        cause(3100, 0, SpanKind::BarrierWait, CauseEvent::BarrierLastArrival, 1, 2900), &error));
    QVERIFY(!recorder.apply(
        cause(3200, 0, SpanKind::BarrierWait, CauseEvent::BarrierLastArrival, 1, 2900),
        &error)); // twice
    const ProcessRecord &p = run.processes[0];
    QCOMPARE(p.spans.size(), size_t(1));
    const Cause *c = p.causeOf(p.spans[0]);
    QVERIFY(c);
    QCOMPARE(c->process, 1);
    QCOMPARE(c->event, CauseEvent::BarrierLastArrival);
    QCOMPARE(c->timeNs, 1900); // relative to the origin
    // The views were sent the span before its cause: it is sent again.
    QCOMPARE(recorder.takeRevisedSpans(), (std::vector<std::pair<int, int>>{{0, 0}}));
}

// `end … cause=` says in one line what an end line and a cause line say: the cause goes on the
// span that line ends, with the same checks (another process of the run, inside the run).
void TestRunModel::endLineCarriesItsCause()
{
    Run run = twoProcesses();
    RunRecorder recorder(run);
    QString error;
    auto apply = [&](const QByteArray &line) {
        const auto event = parseEventLine(line, &error);
        return event && recorder.apply(*event, &error);
    };
    const QByteArray pid = QByteArray::number(run.processes[0].pid);
    QVERIFY2(apply("2000 " + pid + " 0 begin lock_wait round=0"), qPrintable(error));
    QVERIFY2(apply("3000 " + pid + " 0 end lock_wait round=0 cause=lock_release:1:300"),
             qPrintable(error));
    QVERIFY2(apply("3100 " + pid + " 0 begin lock_wait round=1"), qPrintable(error));
    QVERIFY(!apply("3300 " + pid + " 0 end lock_wait round=1 cause=lock_release:0:100"));  // itself
    QVERIFY(!apply("3300 " + pid + " 0 end lock_wait round=1 cause=lock_release:1:2400")); // early
    // A rejected line is rejected whole: the wait is still open, and can end well.
    QVERIFY2(apply("3400 " + pid + " 0 end lock_wait round=1 cause=owner_died:1:0"),
             qPrintable(error));
    const ProcessRecord &p = run.processes[0];
    QCOMPARE(p.spans.size(), size_t(2));
    const Cause *c = p.causeOf(p.spans[0]);
    QVERIFY(c);
    QCOMPARE(c->event, CauseEvent::LockRelease);
    QCOMPARE(c->process, 1);
    QCOMPARE(c->timeNs, 1700); // 2700 absolute, relative to the origin at 1000
    QCOMPARE(p.spans[1].endNs, 2400);
    QVERIFY(p.causeOf(p.spans[1]));
    QCOMPARE(p.causeOf(p.spans[1])->event, CauseEvent::OwnerDied);
}

// A `last` begin line names the arrival that completed a barrier round: every other party's wait
// in that round gets it as its cause, whichever of the two processes' lines the engine reads first
// (they come through different pipes); the last arriver's own wait gets none.
void TestRunModel::lastArrivalIsTheCauseOfItsRound_data()
{
    QTest::addColumn<bool>("waiterReadFirst");
    QTest::newRow("the waiter's end read first") << true;
    QTest::newRow("the last arrival read first") << false;
}

void TestRunModel::lastArrivalIsTheCauseOfItsRound()
{
    QFETCH(bool, waiterReadFirst);
    Run run = twoProcesses();
    RunRecorder recorder(run);
    QString error;
    Event last = makeEvent(2500, 1, EventType::Begin, SpanKind::BarrierWait, 3);
    last.lastArrival = true;
    const std::vector<Event> waiter = {
        makeEvent(2000, 0, EventType::Begin, SpanKind::BarrierWait, 3),
        makeEvent(2600, 0, EventType::End, SpanKind::BarrierWait, 3)};
    const std::vector<Event> lastArriver = {
        last, makeEvent(2550, 1, EventType::End, SpanKind::BarrierWait, 3)};
    for (const auto *lines : waiterReadFirst ? std::vector{&waiter, &lastArriver}
                                             : std::vector{&lastArriver, &waiter}) {
        for (const Event &e : *lines)
            QVERIFY2(recorder.apply(e, &error), qPrintable(error));
    }
    const ProcessRecord &p0 = run.processes[0];
    const ProcessRecord &p1 = run.processes[1];
    QCOMPARE(p0.spans.size(), size_t(1));
    const Cause *c = p0.causeOf(p0.spans[0]);
    QVERIFY(c);
    QCOMPARE(c->event, CauseEvent::BarrierLastArrival);
    QCOMPARE(c->process, 1);
    QCOMPARE(c->timeNs, 1500); // the last arrival's stamp, relative to the origin
    QCOMPARE(p1.spans.size(), size_t(1));
    QVERIFY(!p1.causeOf(p1.spans[0]));
    // A round has one last arrival.
    Event again = makeEvent(2700, 0, EventType::Begin, SpanKind::BarrierWait, 3);
    again.lastArrival = true;
    QVERIFY(!recorder.apply(again, &error));
    QVERIFY(!error.isEmpty());
}

// Three parties, as their pipes deliver them: a batch of 40 rounds of one process's lines, then
// the next process's batch of the same rounds. Most waits end before the engine has read their
// round's last arrival; each still gets that arrival as its cause, whichever process it was.
void TestRunModel::roundsReadInBatchesPerPipe()
{
    constexpr int kParties = 3, kRounds = 400, kBatch = 40;
    Run run;
    run.originNs = 1000;
    for (int i = 0; i < kParties; ++i) {
        ProcessRecord p;
        p.id = i;
        p.pid = 1000 + i;
        run.processes.push_back(p);
    }
    RunRecorder recorder(run);
    QString error;
    // Round r: process (r * 7) % 3 arrives last, at 10'000 r + 900; the others at 10'000 r + p.
    auto lastOf = [](int r) { return (r * 7) % kParties; };
    for (int first = 0; first < kRounds; first += kBatch) {
        for (int p = 0; p < kParties; ++p) {
            for (int r = first; r < first + kBatch; ++r) {
                const bool last = lastOf(r) == p;
                Event begin = makeEvent(2000 + 10'000 * r + (last ? 900 : p), p, EventType::Begin,
                                        SpanKind::BarrierWait, r);
                begin.lastArrival = last;
                QVERIFY2(recorder.apply(begin, &error), qPrintable(error));
                QVERIFY2(recorder.apply(makeEvent(2000 + 10'000 * r + 1000 + p, p, EventType::End,
                                                  SpanKind::BarrierWait, r),
                                        &error),
                         qPrintable(error));
            }
        }
    }
    for (const ProcessRecord &p : run.processes) {
        QCOMPARE(p.spans.size(), size_t(kRounds));
        for (const Span &s : p.spans) {
            const Cause *c = p.causeOf(s);
            if (lastOf(s.round) == p.id) {
                QVERIFY(!c);
                continue;
            }
            QVERIFY2(
                c, qPrintable(QStringLiteral("p%1 round %2 has no cause").arg(p.id).arg(s.round)));
            QCOMPARE(c->event, CauseEvent::BarrierLastArrival);
            QCOMPARE(c->process, lastOf(s.round));
            QCOMPARE(c->timeNs, 1000 + 10'000 * qint64(s.round) + 900);
        }
    }
}

// A line may name any round below the limit; one far beyond every span recorded so far gets no
// bookkeeping (a table up to it would take gigabytes) and its waits no cause, and the run goes on.
void TestRunModel::roundFarBeyondTheRunNamesNoCause()
{
    Run run = twoProcesses();
    RunRecorder recorder(run);
    QString error;
    constexpr int kFar = 2'000'000'000;
    Event last = makeEvent(2500, 1, EventType::Begin, SpanKind::BarrierWait, kFar);
    last.lastArrival = true;
    QVERIFY2(recorder.apply(last, &error), qPrintable(error));
    QVERIFY2(
        recorder.apply(makeEvent(2000, 0, EventType::Begin, SpanKind::BarrierWait, kFar), &error),
        qPrintable(error));
    QVERIFY2(
        recorder.apply(makeEvent(2600, 0, EventType::End, SpanKind::BarrierWait, kFar), &error),
        qPrintable(error));
    QVERIFY2(
        recorder.apply(makeEvent(2700, 1, EventType::End, SpanKind::BarrierWait, kFar), &error),
        qPrintable(error));
    QCOMPARE(run.processes[0].spans.size(), size_t(1));
    QVERIFY(!run.processes[0].causeOf(run.processes[0].spans[0]));
    // Rounds the run really reaches still work.
    Event near = makeEvent(3500, 1, EventType::Begin, SpanKind::BarrierWait, 1);
    near.lastArrival = true;
    QVERIFY(recorder.apply(makeEvent(3000, 0, EventType::Begin, SpanKind::BarrierWait, 1), &error));
    QVERIFY(recorder.apply(makeEvent(3100, 0, EventType::End, SpanKind::BarrierWait, 1), &error));
    QVERIFY(recorder.apply(near, &error));
    QVERIFY(run.processes[0].causeOf(run.processes[0].spans[1]));
}

QTEST_GUILESS_MAIN(TestRunModel)
#include "tst_runmodel.moc"
