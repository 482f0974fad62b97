// SPDX-License-Identifier: MIT
// When the lab itself dies abruptly (SIGKILL: no destructor runs), its workers and their children
// must still go: each worker asks the kernel for SIGKILL when its parent dies.
#include "testutils.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace proclab::test;

class TestLabKilled : public QObject
{
    Q_OBJECT
private slots:
    void workersDieWithTheLab_data();
    void workersDieWithTheLab();
};

void TestLabKilled::workersDieWithTheLab_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("expectedWorkers"); // live workers (all generations) to wait for
    QTest::newRow("killing") << QStringList{QStringLiteral("--batch=killing"),
                                            QStringLiteral("--duration=60000"),
                                            QStringLiteral("--kill-after=60000")}
                             << 1;
    QTest::newRow("daemons (grandchildren)")
        << QStringList{QStringLiteral("--batch=daemons"), QStringLiteral("--duration=20000")} << 3;
}

void TestLabKilled::workersDieWithTheLab()
{
    QFETCH(QStringList, args);
    QFETCH(int, expectedWorkers);
    const QString lab = qEnvironmentVariable("PROCLAB_BINARY");
    QVERIFY2(QFile::exists(lab), "PROCLAB_BINARY must point at the proclab executable");
    QTemporaryDir out;
    QProcess process;
    process.setProgram(lab);
    process.setArguments(args + QStringList{QStringLiteral("--out"), out.path()});
    process.start();
    QVERIFY(process.waitForStarted());
    const qint64 labPid = process.processId();
    QTRY_COMPARE_WITH_TIMEOUT(liveWorkersOf(labPid).size(), expectedWorkers, 15000);
    const QList<qint64> workers = liveWorkersOf(labPid);
    ::kill(pid_t(labPid), SIGKILL);
    QVERIFY(process.waitForFinished(5000));
    for (const qint64 pid : workers)
        QTRY_VERIFY2_WITH_TIMEOUT(!pidAlive(pid),
                                  qPrintable(QStringLiteral("worker %1 outlived the lab").arg(pid)),
                                  5000);
}

QTEST_GUILESS_MAIN(TestLabKilled)
#include "tst_labkilled.moc"
