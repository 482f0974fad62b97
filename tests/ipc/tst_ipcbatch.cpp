// SPDX-License-Identifier: MIT
// The done-when through the batch runner: `--batch barrier --workers 16 --rounds 20`,
// `--batch pool --workers 3 --tasks 1000 --chunksize 7`, a pool sweep, and a barrier run whose
// participant is SIGKILLed: exit 1, its data file written, nothing left behind.
#include "batchoptions.h"
#include "batchrunner.h"
#include "ipctestutils.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <csignal>

using namespace proclab;

namespace {

int runBatch(const QStringList &args, QString *errText)
{
    QCommandLineParser parser;
    addBatchOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("proclab")} + args)) {
        *errText = parser.errorText();
        return 2;
    }
    QString error;
    const auto options = batchOptionsFrom(parser, &error);
    if (!options) {
        *errText = error;
        return 2;
    }
    BatchRunner runner(*options);
    QString outText;
    QTextStream out(&outText);
    QTextStream err(errText);
    return runner.exec(out, err);
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestIpcBatch : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void barrier16x20();
    void pool3x1000chunk7();
    void poolSweep();
    void killedParticipantExitsOneWithData();
};

void TestIpcBatch::cleanup()
{
    test::verifyNoIpcLeftovers();
}

void TestIpcBatch::barrier16x20()
{
    QTemporaryDir dir;
    QString err;
    // A lighter workload than the default keeps the test quick on 2 cores; the coordination is the
    // same.
    const int code =
        runBatch({QStringLiteral("--batch"), QStringLiteral("barrier"), QStringLiteral("--workers"),
                  QStringLiteral("16"), QStringLiteral("--rounds"), QStringLiteral("20"),
                  QStringLiteral("--workload"), QStringLiteral("50000"), QStringLiteral("--out"),
                  dir.path()},
                 &err);
    QVERIFY2(code == 0, qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(err)));
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const QJsonObject run = readJson(dir.filePath(QStringLiteral("barrier.json")));
    QCOMPARE(run.value(QStringLiteral("processes")).toArray().size(), 18); // 16 + the tutorial's 2
    const QJsonObject results = run.value(QStringLiteral("results")).toObject();
    QCOMPARE(results.value(QStringLiteral("rounds_passed")).toInt(), 20);
    QCOMPARE(results.value(QStringLiteral("critical_sections")).toInt(), 320);
    int barrierWaits = 0;
    for (const QJsonValue &p : run.value(QStringLiteral("processes")).toArray()) {
        for (const QJsonValue &s : p.toObject().value(QStringLiteral("spans")).toArray()) {
            if (s.toObject().value(QStringLiteral("kind")).toString() ==
                QLatin1String("barrier_wait")) {
                QVERIFY(s.toObject().contains(QStringLiteral("round")));
                ++barrierWaits;
            }
        }
    }
    QCOMPARE(barrierWaits, 320);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("barrier.csv"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("barrier.trace.json"))));
}

void TestIpcBatch::pool3x1000chunk7()
{
    QTemporaryDir dir;
    QString err;
    QCOMPARE(runBatch({QStringLiteral("--batch"), QStringLiteral("pool"),
                       QStringLiteral("--workers"), QStringLiteral("3"), QStringLiteral("--tasks"),
                       QStringLiteral("1000"), QStringLiteral("--chunksize"), QStringLiteral("7"),
                       QStringLiteral("--out"), dir.path()},
                      &err),
             0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const QJsonObject run = readJson(dir.filePath(QStringLiteral("pool.json")));
    const QJsonArray results = run.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 1000);
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(results.at(i).toInteger(), qint64(i) * i);
    int tasks = 0;
    for (const QJsonValue &p : run.value(QStringLiteral("processes")).toArray())
        tasks += int(p.toObject().value(QStringLiteral("spans")).toArray().size());
    QCOMPARE(tasks, 1000);
}

void TestIpcBatch::poolSweep()
{
    QTemporaryDir dir;
    QString err;
    QCOMPARE(runBatch({QStringLiteral("--batch"), QStringLiteral("pool"), QStringLiteral("--tasks"),
                       QStringLiteral("100"), QStringLiteral("--sweep"), QStringLiteral("1-3"),
                       QStringLiteral("--out"), dir.path()},
                      &err),
             0);
    const QJsonObject sweep = readJson(dir.filePath(QStringLiteral("pool-sweep.json")));
    QCOMPARE(sweep.value(QStringLiteral("format")).toString(), QStringLiteral("proclab-sweep/1"));
    QCOMPARE(sweep.value(QStringLiteral("points")).toArray().size(), 3);
}

// The done-when's fault case: SIGKILL one barrier participant mid-run.
void TestIpcBatch::killedParticipantExitsOneWithData()
{
    QTemporaryDir dir;
    qint64 victim = 0;
    QTimer killer;
    killer.setInterval(50);
    connect(&killer, &QTimer::timeout, this, [&victim, &killer] {
        // Participants run for a long time; once four workers live, kill one of them.
        const QList<qint64> workers = test::liveWorkersOf(QCoreApplication::applicationPid());
        if (workers.size() < 4)
            return;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(workers.first()));
        if (!cmdline.open(QIODevice::ReadOnly) || !cmdline.readAll().contains("barrier"))
            return;
        victim = workers.first();
        ::kill(pid_t(victim), SIGKILL);
        killer.stop();
    });
    killer.start();
    QString err;
    QCOMPARE(runBatch({QStringLiteral("--batch"), QStringLiteral("barrier"),
                       QStringLiteral("--workers"), QStringLiteral("4"), QStringLiteral("--rounds"),
                       QStringLiteral("100000"), QStringLiteral("--workload"),
                       QStringLiteral("1000"), QStringLiteral("--out"), dir.path()},
                      &err),
             1);
    QVERIFY(victim > 0);
    QVERIFY2(err.contains(QLatin1String("barrier was broken")), qPrintable(err));
    const QJsonObject run = readJson(dir.filePath(QStringLiteral("barrier.json")));
    QVERIFY(!run.value(QStringLiteral("errors")).toArray().isEmpty());
    bool sawKilled = false;
    for (const QJsonValue &p : run.value(QStringLiteral("processes")).toArray()) {
        const QJsonObject exit = p.toObject().value(QStringLiteral("exit")).toObject();
        QVERIFY(exit.value(QStringLiteral("kind")).toString() != QLatin1String("timeout"));
        if (p.toObject().value(QStringLiteral("pid")).toInteger() == victim) {
            sawKilled = true;
            QCOMPARE(exit.value(QStringLiteral("python_exitcode")).toInt(), -9);
        }
    }
    QVERIFY(sawKilled);
    QVERIFY(test::liveWorkersOf(QCoreApplication::applicationPid()).isEmpty());
}

QTEST_GUILESS_MAIN(TestIpcBatch)
#include "tst_ipcbatch.moc"
