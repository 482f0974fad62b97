// SPDX-License-Identifier: MIT
// The engine thread and what crosses it: the event stream's framing, run deltas, and the
// RunController that the window, the batch runner and sweeps drive.
#include "eventstream.h"
#include "exporters.h"
#include "runcontroller.h"
#include "rundelta.h"
#include "testutils.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace proclab;

namespace {

Run twoProcessRun()
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

QByteArray jsonOf(const Run &run)
{
    return QJsonDocument(runToJson(run)).toJson(QJsonDocument::Compact);
}

struct StreamProbe
{
    Run run = twoProcessRun();
    RunRecorder recorder{run};
    QStringList applied;
    QStringList errors;
    EventStream stream{recorder, -1,
                       [this](const Event &e) {
                           applied << QStringLiteral("%1:%2").arg(e.processId).arg(int(e.type));
                       },
                       [this](const QString &line, const QString &error) {
                           errors << line + QStringLiteral(" / ") + error;
                       }};
};

// Live workers of this test process, through /proc (not through the engine).
int liveWorkers()
{
    return int(test::liveWorkersOf(QCoreApplication::applicationPid()).size());
}

} // namespace

class TestRunController : public QObject
{
    Q_OBJECT
private slots:
    void streamJoinsLinesAcrossReads();
    void streamRejectsAnOverlongLineAndGoesOn();
    void streamReportsAnUnfinishedLastLine();
    void streamNeverAppliesAnUnfinishedLastLine();
    void streamQuotesAnOverlongLineAlikeInAnyReads();
    void streamTakesALineOfPipeBufAndNoMore();
    void deltasRebuildTheRun();
    void deltasResendRevisedSpans();
    void runsWithoutTheCallersEventLoop();
    void stopEndsTheRunAndLeavesNothing();
    void destroyedMidRunLeavesNothing();
};

void TestRunController::streamJoinsLinesAcrossReads()
{
    StreamProbe probe;
    const QByteArray lines = "1500 1000 0 ready\n1600 1001 1 ready\n1700 1000 0 begin work\n";
    // Byte by byte: every split point of a line must give the same events.
    for (const char c : lines)
        probe.stream.feed(QByteArrayView(&c, 1));
    QCOMPARE(probe.applied,
             (QStringList{QStringLiteral("0:0"), QStringLiteral("1:0"), QStringLiteral("0:1")}));
    QVERIFY(probe.errors.isEmpty());
    QVERIFY(probe.run.processes[0].open[int(SpanKind::Work)].open);
}

void TestRunController::streamRejectsAnOverlongLineAndGoesOn()
{
    StreamProbe probe;
    // A line that never ends within PIPE_BUF, fed in pieces, then a good line.
    const QByteArray junk(3000, 'x');
    probe.stream.feed(junk);
    probe.stream.feed(junk);
    probe.stream.feed(junk + "\x1b[31m\n1500 1000 0 ready\n");
    QCOMPARE(probe.errors.size(), 1);
    // Quoted cut short and without control bytes: nothing a worker writes reaches a terminal.
    QVERIFY(probe.errors[0].size() < 400);
    QVERIFY(!probe.errors[0].contains(QChar(0x1b)));
    QCOMPARE(probe.applied, QStringList{QStringLiteral("0:0")});
}

void TestRunController::streamReportsAnUnfinishedLastLine()
{
    StreamProbe probe;
    probe.stream.feed("1500 1000 0 ready\n1600 1000 0 begin wo");
    QCOMPARE(probe.applied.size(), 1);
    probe.stream.finish();
    QCOMPARE(probe.errors.size(), 1);
    QVERIFY(probe.errors[0].startsWith(QStringLiteral("1600 1000 0 begin wo")));
}

// Found by fuzz-eventstream: a last line cut off before its newline that still parses ("output 12"
// of "output 1234") was applied as if whole.
void TestRunController::streamNeverAppliesAnUnfinishedLastLine()
{
    StreamProbe probe;
    probe.stream.feed("1500 1000 0 ready\n1600 1000 0 output 12");
    probe.stream.finish();
    QCOMPARE(probe.applied.size(), 1);
    QCOMPARE(probe.run.processes[0].outputSize, -1);
    QCOMPARE(probe.errors.size(), 1);
    QVERIFY2(probe.errors[0].startsWith(QStringLiteral("1600 1000 0 output 12")),
             qPrintable(probe.errors[0]));
}

// Found by fuzz-eventstream: the message about an overlong line quoted 64 bytes of it when the
// line came in one read and 160 when it came in several.
void TestRunController::streamQuotesAnOverlongLineAlikeInAnyReads()
{
    const QByteArray line = QByteArray(kMaxLineBytes + 10, 'x') + '\n';
    StreamProbe whole;
    whole.stream.feed(line);
    StreamProbe pieces;
    pieces.stream.feed(QByteArrayView(line).first(100));
    pieces.stream.feed(QByteArrayView(line).sliced(100));
    QCOMPARE(whole.errors.size(), 1);
    QCOMPARE(whole.errors, pieces.errors);
}

// A writer's line is one write() of at most PIPE_BUF bytes, its newline included; one byte more
// is no line any writer sends. (Found while writing fuzz-eventstream's bound: 4096 bytes and a
// newline were taken.)
void TestRunController::streamTakesALineOfPipeBufAndNoMore()
{
    const QByteArray head = "1500 1000 0 note ";
    const QByteArray longest = head + QByteArray(kMaxLineBytes - 1 - head.size(), 'a') + '\n';
    const QByteArray tooLong = head + QByteArray(kMaxLineBytes - head.size(), 'a') + '\n';
    QCOMPARE(longest.size(), kMaxLineBytes);
    StreamProbe fits;
    fits.stream.feed(longest);
    QCOMPARE(fits.errors, QStringList());
    QCOMPARE(fits.applied.size(), 1);
    StreamProbe over;
    over.stream.feed(tooLong);
    QCOMPARE(over.applied.size(), 0);
    QCOMPARE(over.errors.size(), 1);
}

void TestRunController::deltasRebuildTheRun()
{
    Run source = twoProcessRun();
    source.scenario = QStringLiteral("barrier");
    RunRecorder recorder(source);
    RunDeltaBuilder builder;
    Run copy;
    QString error;
    auto apply = [&](qint64 t, int id, EventType type, SpanKind kind) {
        Event e;
        e.timestampNs = t;
        e.pid = 1000 + id;
        e.processId = id;
        e.type = type;
        e.span = kind;
        QVERIFY2(recorder.apply(e, &error), qPrintable(error));
    };
    apply(1100, 0, EventType::Begin, SpanKind::Work);
    applyRunDelta(copy, builder.take(source));
    QCOMPARE(jsonOf(copy), jsonOf(source));
    QVERIFY(copy.processes[0].open[int(SpanKind::Work)].open); // open spans travel too
    apply(1200, 0, EventType::End, SpanKind::Work);
    apply(1300, 1, EventType::Begin, SpanKind::Work);
    apply(1400, 1, EventType::End, SpanKind::Work);
    source.errors << QStringLiteral("an error");
    RunDelta second = builder.take(source);
    // Only what is new is sent.
    QCOMPARE(second.processes[0].spansFrom, 0);
    QCOMPARE(second.processes[0].spans.size(), size_t(1));
    applyRunDelta(copy, std::move(second));
    QCOMPARE(jsonOf(copy), jsonOf(source));
    RunDelta third = builder.take(source);
    QCOMPARE(third.processes[0].spans.size(), size_t(0));
    QCOMPARE(third.processes[1].spans.size(), size_t(0));
    applyRunDelta(copy, std::move(third));
    QCOMPARE(jsonOf(copy), jsonOf(source));
}

// A dead lock holder's hold is shortened after it was recorded (the takeover was heard later):
// the copy must follow, or the window would show holds that overlap.
void TestRunController::deltasResendRevisedSpans()
{
    Run source = twoProcessRun();
    RunRecorder recorder(source);
    RunDeltaBuilder builder;
    Run copy;
    QString error;
    Event begin;
    begin.timestampNs = 2000;
    begin.pid = 1000;
    begin.processId = 0;
    begin.type = EventType::Begin;
    begin.span = SpanKind::LockHold;
    QVERIFY(recorder.apply(begin, &error));
    source.processes[0].exitedNs = 5000;
    recorder.closeOpenSpans(source.processes[0]);
    applyRunDelta(copy, builder.take(source, recorder.takeRevisedSpans()));
    QCOMPARE(copy.processes[0].spans.back().endNs, 5000);
    Event takeover;
    takeover.timestampNs = 4000;
    takeover.pid = 1001;
    takeover.processId = 1;
    takeover.type = EventType::LockOwnerDied;
    QVERIFY(recorder.apply(takeover, &error));
    applyRunDelta(copy, builder.take(source, recorder.takeRevisedSpans()));
    QCOMPARE(copy.processes[0].spans.size(), size_t(1));
    QCOMPARE(copy.processes[0].spans.back().endNs, 3000);
    QCOMPARE(jsonOf(copy), jsonOf(source));
}

// The engine needs nothing from the caller's thread: with the caller blocked (no events
// processed, as when the window is busy), workers are launched, run and reaped all the same.
// Before the engine thread, nothing was even launched until the caller's event loop ran.
void TestRunController::runsWithoutTheCallersEventLoop()
{
    RunController controller;
    QSignalSpy finished(&controller, &RunController::finished);
    // Two workers that run long enough (tens of ms) for /proc to see them.
    ScenarioParameters parameters(ScenarioId::Naming);
    QString error;
    QVERIFY(parameters.set(Param::Workload, 3'000'000, &error));
    QVERIFY(controller.start(parameters));
    bool seen = false;
    QDeadlineTimer deadline(30'000);
    while (!deadline.hasExpired()) {
        const int live = liveWorkers();
        seen = seen || live > 0;
        if (seen && live == 0)
            break;
        QThread::usleep(200);
    }
    QVERIFY2(seen, "no worker was launched while this thread was blocked");
    QCOMPARE(liveWorkers(), 0);
    QVERIFY(finished.wait(30'000));
    const Run &run = controller.run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(QLatin1Char('\n'))));
    QCOMPARE(run.processes.size(), size_t(2));
    for (const ProcessRecord &p : run.processes) {
        QCOMPARE(p.exit.kind, ExitStatus::Kind::Normal);
        // Exit: its own exit line, confirmed by the OS; after its last span, no later than its
        // reap.
        QVERIFY(p.exitStamp == ExitStamp::Worker);
        QVERIFY(!p.spans.empty() && p.exitedNs >= p.spans.back().endNs);
        QVERIFY(p.exitedNs <= p.reapedNs);
    }
    QCOMPARE(run.processes[0].launchedNs, 0); // the origin is the first launch
    // The wait analysis came with the finished run, worked out by the engine from all of it:
    // the same as the window would work out from the run it holds.
    const WaitAnalysis *fromEngine = controller.waitAnalysis();
    QVERIFY(fromEngine);
    const WaitAnalysis here = WaitAnalysis::of(run);
    QVERIFY(!here.path.segments.empty());
    QCOMPARE(fromEngine->path.segments.size(), here.path.segments.size());
    QCOMPARE(fromEngine->path.beginNs, here.path.beginNs);
    QCOMPARE(fromEngine->path.endNs, here.path.endNs);
    QCOMPARE(fromEngine->attribution.rows.size(), here.attribution.rows.size());
}

void TestRunController::stopEndsTheRunAndLeavesNothing()
{
    RunController controller;
    QSignalSpy changed(&controller, &RunController::changed);
    QSignalSpy finished(&controller, &RunController::finished);
    ScenarioParameters parameters(ScenarioId::Killing);
    QString error;
    QVERIFY(parameters.set(Param::Duration, 60'000, &error));
    QVERIFY(parameters.set(Param::KillAfter, 60'000, &error));
    QVERIFY(controller.start(parameters));
    QVERIFY(!controller.start(parameters)); // one run at a time
    QTRY_VERIFY_WITH_TIMEOUT(
        !controller.run().processes.empty() && controller.run().processes[0].readyNs >= 0, 30'000);
    controller.stop();
    QVERIFY(finished.wait(30'000));
    QVERIFY(controller.isFinished());
    for (const ProcessRecord &p : controller.run().processes)
        QVERIFY(p.exit.finished());
    QVERIFY(controller.run().errors.join(QLatin1Char(' ')).contains(QStringLiteral("stopped")));
    QCOMPARE(liveWorkers(), 0);
}

void TestRunController::destroyedMidRunLeavesNothing()
{
    {
        RunController controller;
        ScenarioParameters parameters(ScenarioId::Daemons);
        QString error;
        QVERIFY(parameters.set(Param::Duration, 60'000, &error));
        QVERIFY(controller.start(parameters));
        // Wait (through /proc) until the parent has both children running.
        QTRY_VERIFY_WITH_TIMEOUT(liveWorkers() == 3, 30'000);
    }
    QCOMPARE(liveWorkers(), 0);
}

QTEST_GUILESS_MAIN(TestRunController)
#include "tst_runcontroller.moc"
