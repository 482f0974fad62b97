// SPDX-License-Identifier: MIT
#include "processtablemodel.h"
#include "run.h"
#include "rundelta.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace proclab;

class TestProcessTableModel : public QObject
{
    Q_OBJECT
private slots:
    void growingRunKeepsTheModelConsistent();
    void exitColumnsSayWhatOsAndPythonSay_data();
    void exitColumnsSayWhatOsAndPythonSay();
    void timesAddUpPerKind();
    void totalsFollowRevisedDeltas();
    void onlyChangedCellsAreSignalled();
    void exitedAndReapedColumns_data();
    void exitedAndReapedColumns();
    void exitTimeSourceTooltip_data();
    void exitTimeSourceTooltip();
    void zombieState();
};

namespace {

ProcessRecord process(int id, const QString &name)
{
    ProcessRecord p;
    p.id = id;
    p.name = name;
    p.pid = 1000 + id;
    p.launchedNs = 10;
    return p;
}

} // namespace

void TestProcessTableModel::growingRunKeepsTheModelConsistent()
{
    Run run;
    ProcessTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(&run);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ProcessTableModel::ColumnCount));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    run.processes.push_back(process(0, QStringLiteral("worker_one")));
    run.processes.push_back(process(1, QStringLiteral("Process-2")));
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 1);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    run.processes[0].spans.push_back({0, 5'000'000, -1, -1, SpanKind::Work});
    model.refresh();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, ProcessTableModel::Name).data().toString(),
             QStringLiteral("worker_one"));
    QCOMPARE(model.index(1, ProcessTableModel::Pid).data().toLongLong(), 1001);

    // A different, smaller run behind the same pointer resets instead of corrupting rows.
    run.processes.pop_back();
    model.refresh();
    QCOMPARE(model.rowCount(), 1);

    model.setRun(nullptr);
    QCOMPARE(model.rowCount(), 0);
    model.refresh();
}

void TestProcessTableModel::exitColumnsSayWhatOsAndPythonSay_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("signal");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("os");
    QTest::addColumn<QString>("python");
    QTest::newRow("running") << int(ExitStatus::Kind::Running) << 0 << 0 << "starting"
                             << "–"
                             << "None";
    QTest::newRow("exit 0") << int(ExitStatus::Kind::Normal) << 0 << 0 << "exited"
                            << "exit code 0"
                            << "0";
    QTest::newRow("exit 3") << int(ExitStatus::Kind::Normal) << 3 << 0 << "exited"
                            << "exit code 3"
                            << "3";
    QTest::newRow("terminated") << int(ExitStatus::Kind::Signal) << 0 << 15 << "killed"
                                << "signal 15 (SIGTERM)"
                                << "-15";
    QTest::newRow("killed") << int(ExitStatus::Kind::Signal) << 0 << 9 << "killed"
                            << "signal 9 (SIGKILL)"
                            << "-9";
    QTest::newRow("never started")
        << int(ExitStatus::Kind::FailedToStart) << 0 << 0 << "failed to start"
        << "failed to start"
        << "None";
    QTest::newRow("timeout") << int(ExitStatus::Kind::Timeout) << 0 << 9 << "timed out"
                             << "time limit, signal 9 (SIGKILL)"
                             << "-9";
}

void TestProcessTableModel::exitColumnsSayWhatOsAndPythonSay()
{
    QFETCH(int, kind);
    QFETCH(int, code);
    QFETCH(int, signal);
    QFETCH(QString, state);
    QFETCH(QString, os);
    QFETCH(QString, python);
    Run run;
    ProcessRecord p = process(0, QStringLiteral("victim"));
    p.exit.kind = ExitStatus::Kind(kind);
    p.exit.code = code;
    p.exit.signal = signal;
    run.processes.push_back(p);
    ProcessTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(&run);
    QCOMPARE(model.index(0, ProcessTableModel::State).data().toString(), state);
    QCOMPARE(model.index(0, ProcessTableModel::ExitOs).data().toString(), os);
    QCOMPARE(model.index(0, ProcessTableModel::ExitPython).data().toString(), python);
}

void TestProcessTableModel::timesAddUpPerKind()
{
    Run run;
    ProcessRecord p = process(0, QStringLiteral("participant"));
    p.spans.push_back({0, 2'000'000, -1, -1, SpanKind::Work});
    p.spans.push_back({2'000'000, 3'500'000, 0, -1, SpanKind::BarrierWait});
    p.spans.push_back({3'500'000, 4'000'000, 0, -1, SpanKind::LockWait});
    p.spans.push_back({4'000'000, 4'250'000, 0, -1, SpanKind::LockHold});
    run.processes.push_back(p);
    ProcessTableModel model;
    model.setRun(&run);
    const QLocale c = QLocale::c();
    QLocale::setDefault(c);
    QCOMPARE(model.index(0, ProcessTableModel::Working).data().toString(), QStringLiteral("2.00"));
    QCOMPARE(model.index(0, ProcessTableModel::Waiting).data().toString(), QStringLiteral("2.00"));
    QCOMPARE(model.index(0, ProcessTableModel::Holding).data().toString(), QStringLiteral("0.25"));
    QVERIFY(!model.headerData(ProcessTableModel::Holding, Qt::Horizontal).toString().isEmpty());
}

// The time columns are running totals kept as spans arrive. A dead lock holder's hold is ended
// earlier after it was recorded (the takeover was heard later), and the engine re-sends the lane
// from that span on: the totals follow, and always equal ProcessRecord::timeIn().
void TestProcessTableModel::totalsFollowRevisedDeltas()
{
    Run source;
    source.originNs = 1000;
    for (int i = 0; i < 2; ++i) {
        ProcessRecord p = process(i, QStringLiteral("p%1").arg(i));
        p.launchedNs = -1;
        source.processes.push_back(p);
    }
    RunRecorder recorder(source);
    RunDeltaBuilder builder;
    Run copy;
    ProcessTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(&copy);
    QString error;
    const auto event = [&](qint64 t, int id, EventType type, SpanKind kind) {
        Event e;
        e.timestampNs = t;
        e.pid = 1000 + id;
        e.processId = id;
        e.type = type;
        e.span = kind;
        QVERIFY2(recorder.apply(e, &error), qPrintable(error));
    };
    const auto sync = [&] {
        applyRunDelta(copy, builder.take(source, recorder.takeRevisedSpans()));
        model.refresh();
        for (int row = 0; row < 2; ++row) {
            for (int k = 0; k < SpanKindCount; ++k) {
                const auto kind = SpanKind(k);
                QCOMPARE(model.timeIn(row, kind), copy.processes[std::size_t(row)].timeIn(kind));
            }
        }
    };
    // More spans than the builder's first storage holds: lanes are re-sent whole on the way.
    qint64 t = 1100;
    for (int k = 0; k < 700; ++k) {
        event(t, 0, EventType::Begin, SpanKind::Work);
        event(t + 10, 0, EventType::End, SpanKind::Work);
        event(t, 1, EventType::Begin, SpanKind::Work);
        event(t + 7, 1, EventType::End, SpanKind::Work);
        t += 20;
        if (k % 97 == 0)
            sync();
    }
    sync();
    QCOMPARE(model.timeIn(0, SpanKind::Work), qint64(700 * 10));
    // Process 0 dies holding the lock: its hold is cut short at its exit.
    event(t, 0, EventType::Begin, SpanKind::LockHold);
    source.processes[0].exitedNs = t + 5000 - 1000;
    recorder.closeOpenSpans(source.processes[0]);
    sync();
    QCOMPARE(model.timeIn(0, SpanKind::LockHold), qint64(5000));
    QCOMPARE(model.index(0, ProcessTableModel::Holding).data().toString(),
             QLocale().toString(0.005, 'f', 2));
    // Process 1 reports it took the lock over 2 µs into the hold: the hold ends there.
    Event takeover;
    takeover.timestampNs = t + 2000;
    takeover.pid = 1001;
    takeover.processId = 1;
    takeover.type = EventType::LockOwnerDied;
    QVERIFY2(recorder.apply(takeover, &error), qPrintable(error));
    event(t + 2000, 1, EventType::Begin, SpanKind::LockHold);
    event(t + 2500, 1, EventType::End, SpanKind::LockHold);
    sync();
    QCOMPARE(model.timeIn(0, SpanKind::LockHold), qint64(2000));
    QCOMPARE(model.timeIn(1, SpanKind::LockHold), qint64(500));
    // A different run behind the same pointer (shorter lanes) is counted anew.
    for (auto &p : copy.processes)
        p.spans.resize(3);
    model.refresh();
    QCOMPARE(model.timeIn(0, SpanKind::Work), copy.processes[0].timeIn(SpanKind::Work));
    QCOMPARE(model.timeIn(0, SpanKind::LockHold), 0);
}

// A refresh signals the cells whose text changed, row by row, and says when a column's longest
// text grew (the view sizes its columns then, not at every change).
void TestProcessTableModel::onlyChangedCellsAreSignalled()
{
    Run run;
    run.processes.push_back(process(0, QStringLiteral("worker_one")));
    run.processes.push_back(process(1, QStringLiteral("Process-2")));
    ProcessTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(&run);
    model.refresh();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(!model.refresh()); // nothing changed
    QCOMPARE(changed.count(), 0);
    run.processes[1].spans.push_back({0, 5'000'000, -1, -1, SpanKind::Work});
    QVERIFY(!model.refresh()); // "0.00" became "5.00": no longer
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, ProcessTableModel::Working));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, ProcessTableModel::Working));
    run.processes[1].spans.push_back({5'000'000, 105'000'000, -1, -1, SpanKind::Work});
    QVERIFY(model.refresh()); // "105.00": longer than any before
    run.processes.push_back(process(2, QStringLiteral("Process-3")));
    QVERIFY(model.refresh()); // a row was added
    QCOMPARE(model.rowCount(), 3);
}

void TestProcessTableModel::exitedAndReapedColumns_data()
{
    QTest::addColumn<qint64>("exitedNs");
    QTest::addColumn<qint64>("reapedNs");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("exited");
    QTest::addColumn<QString>("reaped");
    // German numbers: a decimal comma and a '.' between thousands prove the locale is used.
    QTest::newRow("zombie for 1.25 ms")
        << qint64(3'400'000) << qint64(4'650'000) << int(ExitStatus::Kind::Normal) << "3,400"
        << "4,650";
    // The same two times the other way round (nonsense data, but the columns must not care).
    QTest::newRow("swapped") << qint64(4'650'000) << qint64(3'400'000)
                             << int(ExitStatus::Kind::Normal) << "4,650"
                             << "3,400";
    QTest::newRow("long run, to the µs") << qint64(1'234'567'891) << qint64(1'234'571'000)
                                         << int(ExitStatus::Kind::Signal) << "1.234,568"
                                         << "1.234,571";
    QTest::newRow("exited, not reaped yet")
        << qint64(2'000'000) << qint64(-1) << int(ExitStatus::Kind::Normal) << "2,000"
        << "";
    QTest::newRow("running") << qint64(-1) << qint64(-1) << int(ExitStatus::Kind::Running) << ""
                             << "";
    // The lab notes when it gave up on a process that never started: that is no exit.
    QTest::newRow("never started")
        << qint64(500'000) << qint64(-1) << int(ExitStatus::Kind::FailedToStart) << ""
        << "";
}

void TestProcessTableModel::exitedAndReapedColumns()
{
    QFETCH(qint64, exitedNs);
    QFETCH(qint64, reapedNs);
    QFETCH(int, kind);
    QFETCH(QString, exited);
    QFETCH(QString, reaped);
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });
    Run run;
    run.processes.push_back(process(0, QStringLiteral("first")));
    ProcessRecord p = process(1, QStringLiteral("second"));
    p.exitedNs = exitedNs;
    p.reapedNs = reapedNs;
    p.exit.kind = ExitStatus::Kind(kind);
    run.processes.push_back(p);
    ProcessTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(&run);
    QCOMPARE(model.index(1, ProcessTableModel::Exited).data().toString(), exited);
    QCOMPARE(model.index(1, ProcessTableModel::Reaped).data().toString(), reaped);
    // The untouched first row knows neither time.
    QVERIFY(model.index(0, ProcessTableModel::Exited).data().toString().isEmpty());
    QVERIFY(model.index(0, ProcessTableModel::Reaped).data().toString().isEmpty());
    // Numbers, aligned like the other number columns.
    const auto alignment = model.index(1, ProcessTableModel::Reaped)
                               .data(Qt::TextAlignmentRole)
                               .value<Qt::Alignment>();
    QVERIFY(alignment & Qt::AlignRight);
}

void TestProcessTableModel::exitTimeSourceTooltip_data()
{
    QTest::addColumn<int>("stamp");
    QTest::addColumn<QString>("tooltip");
    QTest::newRow("pidfd") << int(ExitStamp::Pidfd) << "Exit time: measured by the kernel (pidfd)";
    QTest::newRow("worker") << int(ExitStamp::Worker)
                            << "Exit time: reported by the process itself";
    QTest::newRow("noticed") << int(ExitStamp::Noticed) << "Exit time: when the lab noticed";
}

void TestProcessTableModel::exitTimeSourceTooltip()
{
    QFETCH(int, stamp);
    QFETCH(QString, tooltip);
    Run run;
    ProcessRecord p = process(0, QStringLiteral("worker"));
    p.exitedNs = 3'000'000;
    p.reapedNs = 3'012'500;
    p.exit.kind = ExitStatus::Kind::Normal;
    p.exitStamp = ExitStamp(stamp);
    run.processes.push_back(p);
    ProcessTableModel model;
    model.setRun(&run);
    QCOMPARE(model.index(0, ProcessTableModel::Exited).data(Qt::ToolTipRole).toString(), tooltip);
    const QLocale previous;
    QLocale::setDefault(QLocale::c());
    const auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });
    // The reap cell says how long the process was a zombie.
    const QString reapTip =
        model.index(0, ProcessTableModel::Reaped).data(Qt::ToolTipRole).toString();
    QVERIFY2(reapTip.contains(QStringLiteral("12.5 µs")), qPrintable(reapTip));
    QVERIFY2(reapTip.contains(QStringLiteral("zombie")), qPrintable(reapTip));
}

void TestProcessTableModel::zombieState()
{
    Run run;
    ProcessRecord p = process(0, QStringLiteral("worker"));
    p.readyNs = 20;
    run.processes.push_back(p);
    ProcessTableModel model;
    model.setRun(&run);
    QCOMPARE(model.index(0, ProcessTableModel::State).data().toString(), QStringLiteral("running"));
    // The kernel reported the exit; the lab has not collected the status yet.
    run.processes[0].exitedNs = 1'000'000;
    run.processes[0].exitStamp = ExitStamp::Pidfd;
    model.refresh();
    QCOMPARE(model.index(0, ProcessTableModel::State).data().toString(), QStringLiteral("zombie"));
    QCOMPARE(model.index(0, ProcessTableModel::ExitPython).data().toString(),
             QStringLiteral("None"));
    QVERIFY(model.index(0, ProcessTableModel::Reaped).data().toString().isEmpty());
    run.processes[0].exit.kind = ExitStatus::Kind::Normal;
    run.processes[0].reapedNs = 1'500'000;
    model.refresh();
    QCOMPARE(model.index(0, ProcessTableModel::State).data().toString(), QStringLiteral("exited"));
    QCOMPARE(model.headerData(ProcessTableModel::Exited, Qt::Horizontal).toString(),
             QStringLiteral("Exited\n(ms)"));
    QCOMPARE(model.headerData(ProcessTableModel::Reaped, Qt::Horizontal).toString(),
             QStringLiteral("Reaped\n(ms)"));
}

QTEST_MAIN(TestProcessTableModel)
#include "tst_processtablemodel.moc"
