// SPDX-License-Identifier: MIT
#include "run.h"

#include <QTest>

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
    void spanIsSmall();
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
    QVERIFY(!recorder.apply(makeEvent(2100, 0, EventType::Begin, SpanKind::LockHold, 1), &error)); // twice
    QVERIFY(!recorder.apply(makeEvent(2100, 0, EventType::End, SpanKind::LockHold, 2), &error));   // other round
    QVERIFY(!recorder.apply(makeEvent(1900, 0, EventType::End, SpanKind::LockHold, 1), &error));   // backwards
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
    QVERIFY(!recorder.apply([&] { Event e = spawn; e.processId = 1; e.pid = 1001; return e; }(), &error)); // not its child
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
    QVERIFY(recorder.apply(reaped, &error));
    const ProcessRecord &c = run.processes[2];
    QCOMPARE(c.exit.kind, ExitStatus::Kind::Signal);
    QCOMPARE(c.exit.signal, 15);
    QCOMPARE(c.exit.pythonExitCode(), -15);
    QCOMPARE(c.finishedNs, 3000);
    QCOMPARE(c.spans.size(), size_t(1)); // the open work span closed at death
    QCOMPARE(c.spans[0].endNs, 3000);
    QVERIFY(!recorder.apply(reaped, &error)); // reaped twice
}

void TestRunModel::closeOpenSpansOnDeath()
{
    Run run = twoProcesses();
    RunRecorder recorder(run);
    QString error;
    QVERIFY(recorder.apply(makeEvent(2000, 1, EventType::Begin, SpanKind::Work), &error));
    QVERIFY(recorder.apply(makeEvent(2500, 1, EventType::Begin, SpanKind::LockWait, 0), &error));
    run.processes[1].finishedNs = 3000;
    recorder.closeOpenSpans(run.processes[1]);
    QCOMPARE(run.processes[1].spans.size(), size_t(2));
    for (const Span &s : run.processes[1].spans)
        QCOMPARE(s.endNs, 3000);
}

void TestRunModel::spanIsSmall()
{
    // Issue 5's memory target: <= 64 bytes per recorded span.
    QVERIFY(sizeof(Span) <= 32);
}

QTEST_GUILESS_MAIN(TestRunModel)
#include "tst_runmodel.moc"
