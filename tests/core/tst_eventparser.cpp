// SPDX-License-Identifier: MIT
#include "event.h"

#include <QTest>

using namespace proclab;

class TestEventParser : public QObject
{
    Q_OBJECT
private slots:
    void validLines_data();
    void validLines();
    void malformedLines_data();
    void malformedLines();
    void formatRoundTrip_data();
    void formatRoundTrip();
    void taskBatches_data();
    void taskBatches();
    void taskRuns_data();
    void taskRuns();
    void taskBatchSplitsWithinPipeBuf();
};

void TestEventParser::validLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("span");
    QTest::addColumn<int>("round");
    QTest::addColumn<int>("task");
    QTest::addColumn<qint64>("value");

    QTest::newRow("ready") << QByteArray("100 42 0 ready") << int(EventType::Ready) << 0 << -1 << -1
                           << qint64(0);
    QTest::newRow("largest timestamp") << QByteArray("9223372036854775807 42 0 ready")
                                       << int(EventType::Ready) << 0 << -1 << -1 << qint64(0);
    QTest::newRow("other control characters are text")
        << QByteArray("100 42 0 note a\x01"
                      "b\x1f"
                      "c")
        << int(EventType::Note) << 0 << -1 << -1 << qint64(0);
    QTest::newRow("ready+newline")
        << QByteArray("100 42 0 ready\n") << int(EventType::Ready) << 0 << -1 << -1 << qint64(0);
    QTest::newRow("begin work") << QByteArray("5 7 3 begin work") << int(EventType::Begin)
                                << int(SpanKind::Work) << -1 << -1 << qint64(0);
    QTest::newRow("end barrier round")
        << QByteArray("5 7 3 end barrier_wait round=12") << int(EventType::End)
        << int(SpanKind::BarrierWait) << 12 << -1 << qint64(0);
    QTest::newRow("last arrival") << QByteArray("5 7 3 begin barrier_wait round=12 last")
                                  << int(EventType::Begin) << int(SpanKind::BarrierWait) << 12 << -1
                                  << qint64(0);
    QTest::newRow("task") << QByteArray("5 7 3 begin task task=999") << int(EventType::Begin)
                          << int(SpanKind::Task) << -1 << 999 << qint64(0);
    QTest::newRow("round and task")
        << QByteArray("5 7 3 end lock_hold round=1 task=2") << int(EventType::End)
        << int(SpanKind::LockHold) << 1 << 2 << qint64(0);
    QTest::newRow("output") << QByteArray("9 1 0 output 1000000") << int(EventType::Output) << 0
                            << -1 << -1 << qint64(1000000);
    QTest::newRow("exit 255") << QByteArray("9 1 0 exit 255") << int(EventType::Exit) << 0 << -1
                              << -1 << qint64(255);
    QTest::newRow("reaped") << QByteArray("9 1 0 reaped 2 signal 15") << int(EventType::Reaped) << 0
                            << -1 << -1 << qint64(15);
    QTest::newRow("spawn") << QByteArray("9 1 0 spawn 1 4242 daemon background process")
                           << int(EventType::Spawn) << 0 << -1 << -1 << qint64(4242);
    QTest::newRow("note") << QByteArray("9 1 0 note barrier broken") << int(EventType::Note) << 0
                          << -1 << -1 << qint64(0);
    QTest::newRow("lock owner died") << QByteArray("9 1 0 lock_owner_died")
                                     << int(EventType::LockOwnerDied) << 0 << -1 << -1 << qint64(0);
    QTest::newRow("cause barrier")
        << QByteArray("9 1 0 cause barrier_wait barrier_last_arrival 2 7") << int(EventType::Cause)
        << int(SpanKind::BarrierWait) << -1 << -1 << qint64(7);
    QTest::newRow("signal sent") << QByteArray("9 1 0 signal_sent 2 15")
                                 << int(EventType::SignalSent) << 0 << -1 << -1 << qint64(15);
    QTest::newRow("cause unknown")
        << QByteArray("9 1 0 cause lock_wait unknown") << int(EventType::Cause)
        << int(SpanKind::LockWait) << -1 << -1 << qint64(0);
    // The cause on the end line itself: released by process 2, 850 ns before this end.
    QTest::newRow("end with its cause")
        << QByteArray("9000 1 0 end lock_wait round=3 cause=lock_release:2:850")
        << int(EventType::End) << int(SpanKind::LockWait) << 3 << -1 << qint64(8150);
    QTest::newRow("end with its cause at the same instant")
        << QByteArray("9000 1 0 end lock_wait round=3 cause=owner_died:2:0") << int(EventType::End)
        << int(SpanKind::LockWait) << 3 << -1 << qint64(9000);
    QTest::newRow("end with an unknown cause")
        << QByteArray("9000 1 0 end barrier_wait round=1 cause=unknown") << int(EventType::End)
        << int(SpanKind::BarrierWait) << 1 << -1 << qint64(0);
}

void TestEventParser::validLines()
{
    QFETCH(QByteArray, line);
    QFETCH(int, type);
    QFETCH(int, span);
    QFETCH(int, round);
    QFETCH(int, task);
    QFETCH(qint64, value);
    QString error;
    const auto event = parseEventLine(line, &error);
    QVERIFY2(event.has_value(), qPrintable(error));
    QCOMPARE(int(event->type), type);
    if (event->type == EventType::Begin || event->type == EventType::End ||
        event->type == EventType::Cause)
        QCOMPARE(int(event->span), span);
    QCOMPARE(event->round, round);
    QCOMPARE(event->task, task);
    QCOMPARE(event->value, value);
    QCOMPARE(event->lastArrival, line.contains(" last"));
    if (event->lastArrival || line.contains(" cause=")) // and written back as it was read
        QCOMPARE(formatEvent(*event), line + '\n');
    if (line.contains(" cause=lock_release:2:")) {
        QCOMPARE(event->cause, CauseEvent::LockRelease);
        QCOMPARE(event->childId, 2);
    }
    if (line.contains(" cause=unknown"))
        QCOMPARE(event->cause, CauseEvent::Unknown);
    if (!line.contains(" cause"))
        QCOMPARE(event->cause, CauseEvent::None);
}

void TestEventParser::malformedLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("newline only") << QByteArray("\n");
    QTest::newRow("prose") << QByteArray("this is not an event");
    QTest::newRow("missing type") << QByteArray("1 2 3");
    QTest::newRow("unknown type") << QByteArray("1 2 3 jump");
    QTest::newRow("lock owner died with fields") << QByteArray("1 2 3 lock_owner_died 4");
    QTest::newRow("signal 0") << QByteArray("1 2 3 signal_sent 4 0");
    QTest::newRow("signal 65") << QByteArray("1 2 3 signal_sent 4 65");
    QTest::newRow("signal without child") << QByteArray("1 2 3 signal_sent 15");
    QTest::newRow("last on work") << QByteArray("1 2 3 begin work last");
    QTest::newRow("last on an end") << QByteArray("1 2 3 end barrier_wait round=1 last");
    QTest::newRow("last without a round") << QByteArray("1 2 3 begin barrier_wait last");
    QTest::newRow("last twice") << QByteArray("1 2 3 begin barrier_wait round=1 last last");
    QTest::newRow("last before a field")
        << QByteArray("1 2 3 begin barrier_wait round=1 last task=2");
    QTest::newRow("last on a lock wait") << QByteArray("1 2 3 begin lock_wait round=1 last");
    QTest::newRow("cause of no kind") << QByteArray("1 2 3 cause nap lock_release 1 5");
    QTest::newRow("cause of no event") << QByteArray("1 2 3 cause lock_wait shrug 1 5");
    QTest::newRow("cause without who") << QByteArray("1 2 3 cause lock_wait lock_release");
    QTest::newRow("cause without when") << QByteArray("1 2 3 cause lock_wait lock_release 1");
    QTest::newRow("cause at time 0") << QByteArray("1 2 3 cause lock_wait lock_release 1 0");
    QTest::newRow("cause of -1") << QByteArray("1 2 3 cause lock_wait lock_release -1 5");
    QTest::newRow("unknown with who") << QByteArray("1 2 3 cause lock_wait unknown 1 5");
    QTest::newRow("cause trailing") << QByteArray("1 2 3 cause lock_wait lock_release 1 5 6");
    QTest::newRow("cause= on a begin") << QByteArray("90 2 3 begin lock_wait cause=unknown");
    QTest::newRow("cause= twice") << QByteArray(
        "90 2 3 end lock_wait cause=unknown cause=lock_release:1:5");
    QTest::newRow("cause= of no event") << QByteArray("90 2 3 end lock_wait cause=shrug:1:5");
    QTest::newRow("cause= without who") << QByteArray("90 2 3 end lock_wait cause=lock_release");
    QTest::newRow("cause= without when") << QByteArray("90 2 3 end lock_wait cause=lock_release:1");
    QTest::newRow("cause= empty when") << QByteArray("90 2 3 end lock_wait cause=lock_release:1:");
    QTest::newRow("cause= at or before time 0")
        << QByteArray("90 2 3 end lock_wait cause=lock_release:1:90");
    QTest::newRow("cause= after the end")
        << QByteArray("90 2 3 end lock_wait cause=lock_release:1:-5");
    QTest::newRow("cause= of -1") << QByteArray("90 2 3 end lock_wait cause=lock_release:-1:5");
    QTest::newRow("cause= unknown with who")
        << QByteArray("90 2 3 end lock_wait cause=unknown:1:5");
    QTest::newRow("cause= with a fourth part")
        << QByteArray("90 2 3 end lock_wait cause=lock_release:1:5:6");
    QTest::newRow("cause= empty") << QByteArray("90 2 3 end lock_wait cause=");
    QTest::newRow("zero timestamp") << QByteArray("0 2 3 ready");
    QTest::newRow("negative timestamp") << QByteArray("-1 2 3 ready");
    QTest::newRow("hex pid") << QByteArray("1 0x2 3 ready");
    QTest::newRow("zero pid") << QByteArray("1 0 3 ready");
    QTest::newRow("negative id") << QByteArray("1 2 -3 ready");
    QTest::newRow("double space") << QByteArray("1  2 3 ready");
    QTest::newRow("trailing space") << QByteArray("1 2 3 ready ");
    QTest::newRow("trailing field") << QByteArray("1 2 3 ready now");
    QTest::newRow("tab") << QByteArray("1\t2 3 ready");
    QTest::newRow("carriage return") << QByteArray("1 2 3 ready\r");
    QTest::newRow("nul") << QByteArray("1 2 3 re\0dy", 11);
    QTest::newRow("overflow") << QByteArray("99999999999999999999 2 3 ready");
    // 19 digits, one past the largest: only the 19th digit can overflow.
    QTest::newRow("overflow in the 19th digit") << QByteArray("9223372036854775808 2 3 ready");
    QTest::newRow("19 nines") << QByteArray("9999999999999999999 2 3 ready");
    QTest::newRow("non-digit as the 19th") << QByteArray("922337203685477580x 2 3 ready");
    // Past the first eight bytes, where the line is checked a word at a time, and in its tail.
    QTest::newRow("tab in the middle")
        << QByteArray("90 2 3 note a note with\ta tab in its middle");
    QTest::newRow("nul in a long line's tail") << QByteArray("90 2 3 note twelve chars\0x", 26);
    QTest::newRow("unknown span") << QByteArray("1 2 3 begin nap");
    QTest::newRow("span without kind") << QByteArray("1 2 3 begin");
    QTest::newRow("bad attribute") << QByteArray("1 2 3 begin work colour=red");
    QTest::newRow("repeated attribute") << QByteArray("1 2 3 begin work round=1 round=2");
    QTest::newRow("attribute no value") << QByteArray("1 2 3 begin work round=");
    QTest::newRow("attribute negative") << QByteArray("1 2 3 begin work round=-1");
    QTest::newRow("output no value") << QByteArray("1 2 3 output");
    QTest::newRow("output words") << QByteArray("1 2 3 output many");
    QTest::newRow("exit 256") << QByteArray("1 2 3 exit 256");
    QTest::newRow("spawn no name") << QByteArray("1 2 3 spawn 1 44 daemon");
    QTest::newRow("spawn bad mode") << QByteArray("1 2 3 spawn 1 44 zombie x");
    QTest::newRow("spawn pid 0") << QByteArray("1 2 3 spawn 1 0 daemon x");
    QTest::newRow("reaped bad how") << QByteArray("1 2 3 reaped 1 maybe 0");
    QTest::newRow("empty note") << QByteArray("1 2 3 note");
    QTest::newRow("truncated") << QByteArray("1234 56");
    QTest::newRow("binary") << QByteArray("\xff\xfe\x01 2 3 ready");
    QTest::newRow("tasks no first") << QByteArray("1 2 3 tasks");
    QTest::newRow("tasks no offsets") << QByteArray("1 2 3 tasks 5");
    QTest::newRow("tasks missing end") << QByteArray("1 2 3 tasks 5 0");
    QTest::newRow("tasks odd offsets") << QByteArray("1 2 3 tasks 5 0 4 6");
    QTest::newRow("tasks negative begin") << QByteArray("1 2 3 tasks 5 -1 4");
    QTest::newRow("tasks negative end") << QByteArray("1 2 3 tasks 5 0 -4");
    QTest::newRow("tasks negative first") << QByteArray("1 2 3 tasks -5 0 4");
    QTest::newRow("tasks end before begin") << QByteArray("1 2 3 tasks 5 0 4 9 8");
    QTest::newRow("tasks word") << QByteArray("1 2 3 tasks 5 0 four");
    QTest::newRow("tasks plus sign") << QByteArray("1 2 3 tasks 5 +0 4");
    QTest::newRow("tasks hex") << QByteArray("1 2 3 tasks 5 0 0x4");
    QTest::newRow("tasks double space") << QByteArray("1 2 3 tasks 5 0  4");
    QTest::newRow("tasks trailing space") << QByteArray("1 2 3 tasks 5 0 4 ");
    QTest::newRow("tasks offset overflow") << QByteArray("1 2 3 tasks 5 0 99999999999999999999");
    QTest::newRow("tasks ts + offset overflow")
        << QByteArray("9000000000000000000 2 3 tasks 5 0 9000000000000000000");
    QTest::newRow("tasks index overflow") << QByteArray("1 2 3 tasks 2147483647 0 1 2 3");
    QByteArray tooMany("1 2 3 tasks 0");
    for (int i = 0; i <= kMaxTasksPerLine; ++i)
        tooMany += " 0 0";
    QTest::newRow("tasks too many") << tooMany;
    QTest::newRow("taskrun no first") << QByteArray("1 2 3 taskrun");
    QTest::newRow("taskrun no durations") << QByteArray("1 2 3 taskrun 5");
    QTest::newRow("taskrun negative duration") << QByteArray("1 2 3 taskrun 5 4 -1");
    QTest::newRow("taskrun trailing space") << QByteArray("1 2 3 taskrun 5 4 ");
    QTest::newRow("taskrun word") << QByteArray("1 2 3 taskrun 5 four");
    QTest::newRow("taskrun sum overflow")
        << QByteArray("1 2 3 taskrun 5 5000000000000000000 5000000000000000000");
    QTest::newRow("taskrun ts + sum overflow")
        << QByteArray("9000000000000000000 2 3 taskrun 5 200000000000000000 "
                      "200000000000000000");
    QTest::newRow("taskrun index overflow") << QByteArray("1 2 3 taskrun 2147483647 1 1");
    QByteArray tooManyRun("1 2 3 taskrun 0");
    for (int i = 0; i <= kMaxTasksPerLine; ++i)
        tooManyRun += " 0";
    QTest::newRow("taskrun too many") << tooManyRun;
}

void TestEventParser::malformedLines()
{
    QFETCH(QByteArray, line);
    QString error;
    const auto event = parseEventLine(line, &error);
    QVERIFY(!event.has_value());
    QVERIFY2(!error.isEmpty(), "a rejected line must say why");
}

void TestEventParser::formatRoundTrip_data()
{
    QTest::addColumn<int>("type");
    QTest::newRow("ready") << int(EventType::Ready);
    QTest::newRow("begin") << int(EventType::Begin);
    QTest::newRow("end") << int(EventType::End);
    QTest::newRow("output") << int(EventType::Output);
    QTest::newRow("spawn") << int(EventType::Spawn);
    QTest::newRow("reaped") << int(EventType::Reaped);
    QTest::newRow("note") << int(EventType::Note);
    QTest::newRow("exit") << int(EventType::Exit);
    QTest::newRow("lock owner died") << int(EventType::LockOwnerDied);
}

void TestEventParser::formatRoundTrip()
{
    QFETCH(int, type);
    Event e;
    e.timestampNs = 123456789012345;
    e.pid = 4321;
    e.processId = 17;
    e.type = EventType(type);
    e.span = SpanKind::LockHold;
    if (e.type == EventType::Begin || e.type == EventType::End) {
        e.round = 3;
        e.task = 9;
    }
    if (e.type == EventType::Spawn || e.type == EventType::Reaped)
        e.childId = 18;
    e.value = e.type == EventType::Exit ? 3 : 77;
    e.reap = ReapKind::Signal;
    e.daemon = true;
    if (e.type == EventType::Spawn || e.type == EventType::Note)
        e.text = QStringLiteral("name with spaces");

    const QByteArray line = formatEvent(e);
    QVERIFY(line.endsWith('\n'));
    QString error;
    const auto parsed = parseEventLine(line, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    QCOMPARE(parsed->timestampNs, e.timestampNs);
    QCOMPARE(parsed->pid, e.pid);
    QCOMPARE(parsed->processId, e.processId);
    QCOMPARE(parsed->type, e.type);
    QCOMPARE(formatEvent(*parsed), line);
}

// `tasks` lines: one closed task span per begin/end pair, offsets from the line's timestamp.
void TestEventParser::taskBatches_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("first");
    QTest::addColumn<QList<qint64>>("offsets");
    QTest::newRow("one task") << QByteArray("100 42 1 tasks 7 0 35") << 7 << QList<qint64>{0, 35};
    QTest::newRow("zero-length task")
        << QByteArray("100 42 1 tasks 0 0 0") << 0 << QList<qint64>{0, 0};
    QTest::newRow("three tasks") << QByteArray("100 42 1 tasks 10 0 5 5 9 20 400\n") << 10
                                 << QList<qint64>{0, 5, 5, 9, 20, 400};
    QTest::newRow("begin after base")
        << QByteArray("100 42 1 tasks 3 12 12") << 3 << QList<qint64>{12, 12};
    QTest::newRow("last int task")
        << QByteArray("100 42 1 tasks 2147483647 1 2") << 2147483647 << QList<qint64>{1, 2};
    QByteArray full("100 42 1 tasks 0");
    QList<qint64> fullOffsets;
    for (int i = 0; i < kMaxTasksPerLine; ++i) {
        full += " 0 1";
        fullOffsets << 0 << 1;
    }
    QTest::newRow("kMaxTasksPerLine tasks") << full << 0 << fullOffsets;
}

void TestEventParser::taskBatches()
{
    QFETCH(QByteArray, line);
    QFETCH(int, first);
    QFETCH(QList<qint64>, offsets);
    QString error;
    const auto event = parseEventLine(line, &error);
    QVERIFY2(event.has_value(), qPrintable(error));
    QCOMPARE(event->type, EventType::Tasks);
    QCOMPARE(event->timestampNs, 100);
    QCOMPARE(event->task, first);
    QCOMPARE(event->taskCount(), int(offsets.size() / 2));
    QCOMPARE(QList<qint64>(event->taskOffsets.begin(), event->taskOffsets.end()), offsets);
    QByteArray expected = line;
    if (!expected.endsWith('\n'))
        expected += '\n';
    QCOMPARE(formatEvent(*event), expected);
}

// `taskrun` lines: tasks back to back (each begins when the one before it ended), given by their
// durations; the same spans as the `tasks` line they are formatted back as.
void TestEventParser::taskRuns_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("first");
    QTest::addColumn<QList<qint64>>("offsets");
    QTest::addColumn<QByteArray>("asTasks");
    QTest::newRow("one task") << QByteArray("100 42 1 taskrun 7 35") << 7 << QList<qint64>{0, 35}
                              << QByteArray("100 42 1 tasks 7 0 35\n");
    QTest::newRow("three tasks") << QByteArray("100 42 1 taskrun 10 5 4 0\n") << 10
                                 << QList<qint64>{0, 5, 5, 9, 9, 9}
                                 << QByteArray("100 42 1 tasks 10 0 5 5 9 9 9\n");
    QTest::newRow("last int task")
        << QByteArray("100 42 1 taskrun 2147483647 2") << 2147483647 << QList<qint64>{0, 2}
        << QByteArray("100 42 1 tasks 2147483647 0 2\n");
    QByteArray full("100 42 1 taskrun 0");
    QByteArray fullTasks("100 42 1 tasks 0");
    QList<qint64> fullOffsets;
    for (int i = 0; i < kMaxTasksPerLine; ++i) {
        full += " 3";
        fullTasks += ' ' + QByteArray::number(3 * i) + ' ' + QByteArray::number(3 * i + 3);
        fullOffsets << 3 * i << 3 * i + 3;
    }
    QTest::newRow("kMaxTasksPerLine tasks") << full << 0 << fullOffsets << fullTasks + '\n';
}

void TestEventParser::taskRuns()
{
    QFETCH(QByteArray, line);
    QFETCH(int, first);
    QFETCH(QList<qint64>, offsets);
    QFETCH(QByteArray, asTasks);
    QString error;
    const auto event = parseEventLine(line, &error);
    QVERIFY2(event.has_value(), qPrintable(error));
    QCOMPARE(event->type, EventType::Tasks);
    QCOMPARE(event->timestampNs, 100);
    QCOMPARE(event->task, first);
    QCOMPARE(QList<qint64>(event->taskOffsets.begin(), event->taskOffsets.end()), offsets);
    QCOMPARE(formatEvent(*event), asTasks);
}

// The one formatter's line sizing: a long run of tasks with large offsets splits into lines that
// each fit PIPE_BUF, parse, and together cover every task once with its exact times.
void TestEventParser::taskBatchSplitsWithinPipeBuf()
{
    constexpr int count = 5000;
    std::vector<long long> times;
    long long t = 1'700'000'000'000'000'000;
    for (int k = 0; k < count; ++k) {
        t += 1 + (k % 7) * 123'456'789; // offsets grow to many digits
        times.push_back(t);
        t += k % 3;
        times.push_back(t);
    }
    int done = 0;
    int lines = 0;
    while (done < count) {
        const int n = tasksFittingOneLine(times.data() + 2 * done, count - done);
        QVERIFY(n >= 1 && n <= kMaxTasksPerLine);
        Event e;
        e.type = EventType::Tasks;
        e.timestampNs = times[size_t(2 * done)];
        e.pid = 2147483647;
        e.processId = 999999;
        e.task = 1'000'000'000 + done;
        for (int i = 0; i < 2 * n; ++i)
            e.taskOffsets.push_back(times[size_t(2 * done + i)] - e.timestampNs);
        const QByteArray line = formatEvent(e);
        QVERIFY2(line.size() <= kMaxLineBytes, qPrintable(QString::number(line.size())));
        QString error;
        const auto parsed = parseEventLine(line, &error);
        QVERIFY2(parsed.has_value(), qPrintable(error));
        QCOMPARE(parsed->task, e.task);
        for (int k = 0; k < n; ++k) {
            QCOMPARE(parsed->timestampNs + parsed->taskOffsets[size_t(2 * k)],
                     times[size_t(2 * (done + k))]);
            QCOMPARE(parsed->timestampNs + parsed->taskOffsets[size_t(2 * k + 1)],
                     times[size_t(2 * (done + k) + 1)]);
        }
        done += n;
        ++lines;
    }
    QCOMPARE(done, count);
    QVERIFY(lines > 1);
}

QTEST_GUILESS_MAIN(TestEventParser)
#include "tst_eventparser.moc"
