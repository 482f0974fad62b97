// SPDX-License-Identifier: MIT
#include "processtablemodel.h"
#include "run.h"

#include <QAbstractItemModelTester>
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

QTEST_MAIN(TestProcessTableModel)
#include "tst_processtablemodel.moc"
