// SPDX-License-Identifier: MIT
// The MPI runtime through the real proclab executable: the batch commands (exit 0, their
// checks, every process's runtime, rank and host in the run file), and the lab's own death during
// an MPI run, with the real proclab executable and the real mpirun:
// SIGKILL on the lab (no destructor runs) must still end mpirun (the kernel sends it SIGTERM:
// PR_SET_PDEATHSIG) and every rank (theirs is SIGKILL when mpirun goes); the run's guard then
// removes the run's directory with Open MPI's session directory in it (mpirun alone left it in
// about half the trials).
#include "testutils.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace proclab::test;

namespace {

// pid and name of every process whose parent is `parent` (comm, cut at 15 characters).
QList<QPair<qint64, QByteArray>> childrenOf(qint64 parent)
{
    QList<QPair<qint64, QByteArray>> found;
    for (const QString &entry :
         QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!ok || !stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        const QList<QByteArray> rest = line.mid(close + 2).split(' ');
        if (open > 0 && close > open && rest.size() > 1 && rest.at(1).toLongLong() == parent)
            found.append({pid, line.mid(open + 1, close - open - 1)});
    }
    return found;
}

QStringList runDirectoriesOf(qint64 lab)
{
    return QDir::temp().entryList({QStringLiteral("proclab-mpi-%1-*").arg(lab)}, QDir::Dirs);
}

// How many ranks have reported ready in the files mpirun collects their output in.
int ranksReadyIn(const QString &dir)
{
    int ready = 0;
    QDirIterator it(dir, {QStringLiteral("stdout")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(" ready\n"))
            ++ready;
    }
    return ready;
}

QStringList sessionDirectoriesIn(const QString &dir)
{
    QStringList found;
    QDirIterator it(dir, {QStringLiteral("ompi.*")}, QDir::Dirs, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    return found;
}

} // namespace

class TestMpiLabKilled : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(lab()), "PROCLAB_BINARY must point at the proclab executable");
        // mpirun and the ranks of a killed lab are reparented to this test: it sees and reaps
        // them.
        QCOMPARE(::prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
    }

    void mpirunAndRanksDieWithTheLab()
    {
        QTemporaryDir out;
        QProcess process;
        process.setProgram(lab());
        process.setArguments({QStringLiteral("--batch=barrier"), QStringLiteral("--runtime=mpi"),
                              QStringLiteral("--workers=2"), QStringLiteral("--rounds=100000"),
                              QStringLiteral("--workload=100000"), QStringLiteral("--out"),
                              out.path()});
        process.start();
        QVERIFY(process.waitForStarted());
        const qint64 labPid = process.processId();
        // mpirun runs with both ranks, past their start (MPI_Init, the clock exchange: mpirun
        // killed while it is still starting the job does not remove its session directory, which
        // the next MPI run then removes with the rest), and its session directory is in the run's
        // directory.
        qint64 mpirun = 0;
        QList<qint64> ranks;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto children = childrenOf(labPid);
                for (const auto &[pid, name] : children) {
                    if (name == "mpirun")
                        mpirun = pid;
                }
                ranks.clear();
                if (mpirun > 0) {
                    for (const auto &[pid, name] : childrenOf(mpirun)) {
                        if (name.startsWith("proclab-mpi-wo"))
                            ranks << pid;
                    }
                }
                const QStringList dirs = runDirectoriesOf(labPid);
                return ranks.size() == 2 && dirs.size() == 1 &&
                       !sessionDirectoriesIn(QDir::temp().filePath(dirs.first())).isEmpty() &&
                       ranksReadyIn(QDir::temp().filePath(dirs.first())) == 2;
            }(),
            30000);
        const QString runDir = QDir::temp().filePath(runDirectoriesOf(labPid).first());

        qint64 guard = 0;
        for (const auto &[pid, name] : childrenOf(labPid)) {
            if (name.startsWith("proclab-mpi-wo"))
                guard = pid;
        }
        QVERIFY2(guard > 0, "no guard beside mpirun");

        ::kill(pid_t(labPid), SIGKILL);
        QVERIFY(process.waitForFinished(5000));
        QTRY_VERIFY_WITH_TIMEOUT(!pidAlive(mpirun), 15000);
        for (const qint64 rank : ranks)
            QTRY_VERIFY_WITH_TIMEOUT(!pidAlive(rank), 15000);
        // The guard removes the run's directory, Open MPI's session with it, and ends.
        QTRY_VERIFY_WITH_TIMEOUT(!pidAlive(guard), 15000);
        QCOMPARE(sessionDirectoriesIn(runDir), QStringList());
        QVERIFY2(!QFileInfo::exists(runDir), qPrintable(runDir));
        while (::waitpid(-1, nullptr, WNOHANG) > 0) {
        }
    }

    // The "done when" commands, through the real executable: exit 0, the same property
    // checks as the shared-memory runs, and every MPI process in the run file with its runtime,
    // and every rank with its rank and host.
    void batchRunsPassTheirChecks_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("facts"); // facts that must be true
        QTest::newRow("barrier") << QStringList{QStringLiteral("--batch=barrier"),
                                                QStringLiteral("--runtime=mpi"),
                                                QStringLiteral("--workers=4")}
                                 << QStringList{QStringLiteral("barrier_order_ok"),
                                                QStringLiteral("lock_exclusive_ok")};
        QTest::newRow("pool") << QStringList{QStringLiteral("--batch=pool"),
                                             QStringLiteral("--runtime=mpi"),
                                             QStringLiteral("--workers=4"),
                                             QStringLiteral("--tasks=1000"),
                                             QStringLiteral("--chunksize=7")}
                              << QStringList{QStringLiteral("every_task_once"),
                                             QStringLiteral("results_in_order")};
    }
    void batchRunsPassTheirChecks()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, facts);
        QTemporaryDir out;
        QProcess batch;
        batch.start(lab(), args + QStringList{QStringLiteral("--out"), out.path()});
        QVERIFY(batch.waitForFinished(50000));
        QVERIFY2(batch.exitStatus() == QProcess::NormalExit && batch.exitCode() == 0,
                 batch.readAllStandardError().constData());
        const QString scenario = args.first().section(QLatin1Char('='), 1);
        QFile file(QDir(out.path()).filePath(scenario + QStringLiteral("-mpi.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject run = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(run.value(QStringLiteral("errors")).toArray().isEmpty());
        for (const QString &fact : facts)
            QVERIFY2(run.value(QStringLiteral("facts")).toObject().value(fact).toBool(),
                     qPrintable(fact));
        int ranks = 0;
        for (const QJsonValue &v : run.value(QStringLiteral("processes")).toArray()) {
            const QJsonObject p = v.toObject();
            QCOMPARE(p.value(QStringLiteral("runtime")).toString(), QStringLiteral("mpi"));
            if (p.value(QStringLiteral("parent")).isNull())
                continue; // mpirun
            QCOMPARE(p.value(QStringLiteral("rank")).toInt(-1), ranks++);
            QVERIFY(!p.value(QStringLiteral("host")).toString().isEmpty());
        }
        QCOMPARE(ranks, 4);
    }

private:
    QString lab() const { return qEnvironmentVariable("PROCLAB_BINARY"); }
};

QTEST_GUILESS_MAIN(TestMpiLabKilled)
#include "tst_mpilabkilled.moc"
