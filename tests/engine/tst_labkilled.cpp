// SPDX-License-Identifier: MIT
// The lab's own end, with the real proclab executable. When the lab dies abruptly (SIGKILL: no
// destructor runs), every process of its run still goes: each holds the lab's lifeline, so even
// the orphans of the daemons demo's kill-parent variant (which lack PR_SET_PDEATHSIG on purpose)
// die with it, and what the dead lab left behind in System V IPC is removed at the next start of
// any scenario or of the window. SIGTERM, SIGINT and SIGHUP end it in order: the data collected so
// far is written with an "interrupted" error, everything is killed and removed, and the exit
// status is 128 + signal; a second signal exits at once, after killing everything.
#include "testutils.h"

#include <QDir>
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

// System V shared memory segments created by process `pid` (ProcLab's lab creates its runs'
// segments itself), from /proc/sysvipc/shm: "key shmid perms size cpid lpid nattch uid …". A
// segment marked for removal but still attached is listed (with key 0) and counts.
QList<int> segmentsCreatedBy(qint64 pid)
{
    QList<int> ids;
    QFile file(QStringLiteral("/proc/sysvipc/shm"));
    if (!file.open(QIODevice::ReadOnly))
        return ids;
    file.readLine();
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().simplified().split(' ');
        if (f.size() >= 8 && f.at(4).toLongLong() == pid)
            ids << f.at(1).toInt();
    }
    return ids;
}

// The key files of the runs of lab `pid`: they are named after the run key, which starts with it.
QStringList keyFilesOf(qint64 pid)
{
    return QDir::temp().entryList({QStringLiteral("proclab-ipc-proclab-%1-*").arg(pid)},
                                  QDir::Files | QDir::System);
}

// Every proclab-worker below this test process, whoever their parent is now: the test is a child
// subreaper, so the orphans of a dead lab are reparented to it, not to init.
QList<qint64> workersOfThisTest()
{
    return liveWorkersOf(::getpid());
}

// The role a worker was started in: the first argument after the executable.
QByteArray roleOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> args = file.readAll().split('\0');
    return args.size() > 1 ? args.at(1) : QByteArray();
}

// The live workers of lab `pid` when they are exactly `parties` barrier participants, else none.
// A count alone is not enough: the tutorial's two processes without a barrier are launched right
// after the participants and end at once, so the count passes `parties` on its way up as well as
// on its way down (and a QTRY_COMPARE on it saw 3, then 4, then 3, and failed).
QList<qint64> onlyBarrierParticipantsOf(qint64 pid, int parties)
{
    const QList<qint64> workers = liveWorkersOf(pid);
    if (workers.size() != parties)
        return {};
    for (const qint64 worker : workers) {
        if (roleOf(worker) != "barrier")
            return {};
    }
    return workers;
}

QString describe(const QList<qint64> &pids)
{
    QStringList parts;
    for (const qint64 pid : pids)
        parts << QString::number(pid);
    return parts.join(QLatin1String(", "));
}

} // namespace

class TestLabKilled : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void workersDieWithTheLab_data();
    void workersDieWithTheLab();
    void orphansDieWithTheLab();
    void interruptWritesTheDataAndRemovesEverything_data();
    void interruptWritesTheDataAndRemovesEverything();
    void secondSignalExitsAtOnceAfterKilling();
    void anyScenarioRemovesWhatAKilledLabLeft();
    void windowRemovesWhatAKilledLabLeftAndQuitsOnSignal();

private:
    QString lab() const { return qEnvironmentVariable("PROCLAB_BINARY"); }
    // Starts `proclab ARGS --out DIR`, waits until `workers` workers (all generations) run and,
    // if `withSegment`, until its run's segment exists. Returns the lab's pid, 0 on failure.
    qint64 startLab(QProcess &process, const QStringList &args, const QString &outDir, int workers,
                    bool withSegment);
    // A barrier run whose lab is SIGKILLed: its segment and key file stay behind. Returns the dead
    // lab's pid, or 0 when they were already gone (another test's run removed them meanwhile).
    qint64 leaveStaleObjects();
};

void TestLabKilled::initTestCase()
{
    QVERIFY2(QFile::exists(lab()), "PROCLAB_BINARY must point at the proclab executable");
    // The orphans of a lab killed here are reparented to this test, which can then see (and at
    // worst kill and reap) every one of them.
    QCOMPARE(::prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
}

void TestLabKilled::cleanup()
{
    // Whatever a failed test left running is killed and reaped: our children by now.
    const QList<qint64> left = workersOfThisTest();
    for (const qint64 pid : left)
        ::kill(pid_t(pid), SIGKILL);
    for (const qint64 pid : left)
        ::waitpid(pid_t(pid), nullptr, 0);
    // Zombies of orphans that died on their own.
    while (::waitpid(-1, nullptr, WNOHANG) > 0) {
    }
}

qint64 TestLabKilled::startLab(QProcess &process, const QStringList &args, const QString &outDir,
                               int workers, bool withSegment)
{
    process.setProgram(lab());
    process.setArguments(args + QStringList{QStringLiteral("--out"), outDir});
    process.start();
    if (!process.waitForStarted())
        return 0;
    const qint64 labPid = process.processId();
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (liveWorkersOf(labPid).size() >= workers &&
            (!withSegment || !segmentsCreatedBy(labPid).isEmpty()))
            return labPid;
        QTest::qWait(5);
    }
    return 0;
}

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
    QTemporaryDir out;
    QProcess process;
    const qint64 labPid = startLab(process, args, out.path(), expectedWorkers, false);
    QVERIFY(labPid > 0);
    QTRY_COMPARE_WITH_TIMEOUT(liveWorkersOf(labPid).size(), expectedWorkers, 15000);
    const QList<qint64> workers = liveWorkersOf(labPid);
    ::kill(pid_t(labPid), SIGKILL);
    QVERIFY(process.waitForFinished(5000));
    for (const qint64 pid : workers)
        QTRY_VERIFY2_WITH_TIMEOUT(!pidAlive(pid),
                                  qPrintable(QStringLiteral("worker %1 outlived the lab").arg(pid)),
                                  5000);
}

// The kill-parent variant's children lack PR_SET_PDEATHSIG on purpose, so that they outlive their
// parent while the lab lives. The lab is SIGKILLed while they run and their parent is still
// alive (the lab would kill the parent at duration/2, 2 s in): the parent dies with the lab
// (PDEATHSIG), its children are orphaned, and only the lifeline can end them.
void TestLabKilled::orphansDieWithTheLab()
{
    QTemporaryDir out;
    QProcess process;
    const qint64 labPid =
        startLab(process,
                 {QStringLiteral("--batch=daemons"), QStringLiteral("--kill-parent"),
                  QStringLiteral("--duration=4000")},
                 out.path(), 3, false);
    QVERIFY(labPid > 0);
    const QList<qint64> parents = workerChildrenOf(labPid);
    QCOMPARE(parents.size(), 1);
    const QList<qint64> children = workerChildrenOf(parents.first());
    QCOMPARE(children.size(), 2); // the daemon and the regular child, both running
    ::kill(pid_t(labPid), SIGKILL);
    QVERIFY(process.waitForFinished(5000));
    QTRY_VERIFY2_WITH_TIMEOUT(
        workersOfThisTest().isEmpty(),
        qPrintable(QStringLiteral("still running after the lab was killed: %1")
                       .arg(describe(workersOfThisTest()))),
        5000);
    for (const qint64 pid : parents + children)
        QVERIFY2(!pidAlive(pid), qPrintable(QStringLiteral("%1 outlived the lab").arg(pid)));
}

void TestLabKilled::interruptWritesTheDataAndRemovesEverything_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<QString>("name");
    QTest::newRow("SIGTERM") << int(SIGTERM) << QStringLiteral("SIGTERM");
    QTest::newRow("SIGINT") << int(SIGINT) << QStringLiteral("SIGINT");
    QTest::newRow("SIGHUP") << int(SIGHUP) << QStringLiteral("SIGHUP");
}

void TestLabKilled::interruptWritesTheDataAndRemovesEverything()
{
    QFETCH(int, signal);
    QFETCH(QString, name);
    QTemporaryDir out;
    QProcess process;
    // Rounds enough for minutes: the run is certainly going when the signal comes.
    const qint64 labPid =
        startLab(process,
                 {QStringLiteral("--batch=barrier"), QStringLiteral("--workers=3"),
                  QStringLiteral("--rounds=100000")},
                 out.path(), 3, true);
    QVERIFY(labPid > 0);
    // The three participants and nothing else; the tutorial's two processes without a barrier end
    // at once (on a slow build, e.g. under a sanitizer, only after a moment). The signal may come
    // before those two start: that end must leave nothing behind either.
    QList<qint64> workers;
    QVERIFY2(
        QTest::qWaitFor([&] { return !(workers = onlyBarrierParticipantsOf(labPid, 3)).isEmpty(); },
                        30000),
        qPrintable(describe(liveWorkersOf(labPid))));
    QVERIFY(!keyFilesOf(labPid).isEmpty());

    ::kill(pid_t(labPid), signal);
    QVERIFY(process.waitForFinished(15000));
    const QByteArray errors = process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit); // handled, not killed by it
    QCOMPARE(process.exitCode(), 128 + signal);

    // The data collected so far, with the reason it ends there.
    QFile json(QDir(out.path()).filePath(QStringLiteral("barrier.json")));
    QVERIFY2(json.open(QIODevice::ReadOnly), errors.constData());
    const QJsonObject run = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(run.value(QLatin1String("scenario")).toString(), QStringLiteral("barrier"));
    const QJsonArray runErrors = run.value(QLatin1String("errors")).toArray();
    QVERIFY2(runErrors.contains(QJsonValue(QStringLiteral("interrupted by %1").arg(name))),
             QJsonDocument(runErrors).toJson().constData());
    QVERIFY(!run.value(QLatin1String("processes")).toArray().isEmpty());
    QVERIFY(QFile::exists(QDir(out.path()).filePath(QStringLiteral("barrier.csv"))));

    // Nothing of the run is left: no process, no segment, no key file.
    for (const qint64 pid : workers)
        QVERIFY2(!pidAlive(pid), qPrintable(QStringLiteral("worker %1 outlived the lab").arg(pid)));
    QVERIFY(workersOfThisTest().isEmpty());
    QVERIFY2(segmentsCreatedBy(labPid).isEmpty(), "the run's segment was left behind");
    QVERIFY2(keyFilesOf(labPid).isEmpty(), "the run's key file was left behind");
}

// Two signals in a row: the first starts the orderly end, the second ends the lab at once, and it
// still leaves nothing behind. (Two different signals, because the kernel merges a signal sent
// while the same one is pending.)
void TestLabKilled::secondSignalExitsAtOnceAfterKilling()
{
    QTemporaryDir out;
    QProcess process;
    const qint64 labPid =
        startLab(process,
                 {QStringLiteral("--batch=barrier"), QStringLiteral("--workers=3"),
                  QStringLiteral("--rounds=100000")},
                 out.path(), 3, true);
    QVERIFY(labPid > 0);
    const QList<qint64> workers = liveWorkersOf(labPid);
    ::kill(pid_t(labPid), SIGTERM);
    ::kill(pid_t(labPid), SIGINT);
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 128 + SIGTERM || process.exitCode() == 128 + SIGINT,
             qPrintable(QString::number(process.exitCode())));
    for (const qint64 pid : workers)
        QTRY_VERIFY2_WITH_TIMEOUT(!pidAlive(pid),
                                  qPrintable(QStringLiteral("worker %1 outlived the lab").arg(pid)),
                                  5000);
    QVERIFY(workersOfThisTest().isEmpty());
    QTRY_VERIFY2_WITH_TIMEOUT(segmentsCreatedBy(labPid).isEmpty(),
                              "the run's segment was left behind", 5000);
    QVERIFY2(keyFilesOf(labPid).isEmpty(), "the run's key file was left behind");
}

qint64 TestLabKilled::leaveStaleObjects()
{
    QTemporaryDir out;
    QProcess process;
    const qint64 labPid =
        startLab(process,
                 {QStringLiteral("--batch=barrier"), QStringLiteral("--workers=2"),
                  QStringLiteral("--rounds=100000")},
                 out.path(), 2, true);
    if (labPid <= 0)
        return -1;
    ::kill(pid_t(labPid), SIGKILL);
    if (!process.waitForFinished(5000))
        return -1;
    if (segmentsCreatedBy(labPid).isEmpty() || keyFilesOf(labPid).isEmpty())
        return 0;
    return labPid;
}

// A SIGKILLed lab cannot remove its run's segment and key file; the next run removes them, whatever
// its scenario (naming creates no IPC object of its own).
void TestLabKilled::anyScenarioRemovesWhatAKilledLabLeft()
{
    const qint64 deadLab = leaveStaleObjects();
    QVERIFY(deadLab >= 0);
    if (deadLab == 0)
        QSKIP("a concurrent run removed the dead lab's objects first");
    QTemporaryDir out;
    QProcess next;
    next.setProgram(lab());
    next.setArguments({QStringLiteral("--batch=naming"), QStringLiteral("--workload=0"),
                       QStringLiteral("--out"), out.path()});
    next.start();
    QVERIFY(next.waitForFinished(60000));
    QCOMPARE(next.exitStatus(), QProcess::NormalExit);
    QCOMPARE(next.exitCode(), 0);
    // Removed: marked for removal by the next run; the kernel frees it once the dead lab's
    // workers (dying by the lifeline, at the workers' low priority on a busy machine) detach.
    QTRY_VERIFY2_WITH_TIMEOUT(segmentsCreatedBy(deadLab).isEmpty(),
                              "the dead lab's segment is still there", 10000);
    QVERIFY2(keyFilesOf(deadLab).isEmpty(), "the dead lab's key file is still there");
}

// The window removes them when it opens, before any run; SIGTERM then closes it in order.
void TestLabKilled::windowRemovesWhatAKilledLabLeftAndQuitsOnSignal()
{
    const qint64 deadLab = leaveStaleObjects();
    QVERIFY(deadLab >= 0);
    if (deadLab == 0)
        QSKIP("a concurrent run removed the dead lab's objects first");
    QTemporaryDir config; // the window saves its settings when it closes: not into the user's
    QProcess window;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    window.setProcessEnvironment(environment);
    window.setProgram(lab());
    window.setArguments({QStringLiteral("--tab=barrier")});
    window.start();
    QVERIFY(window.waitForStarted());
    QTRY_VERIFY2_WITH_TIMEOUT(segmentsCreatedBy(deadLab).isEmpty() && keyFilesOf(deadLab).isEmpty(),
                              "the window did not remove the dead lab's objects", 15000);
    QCOMPARE(window.state(), QProcess::Running);
    ::kill(pid_t(window.processId()), SIGTERM);
    QVERIFY(window.waitForFinished(15000));
    QCOMPARE(window.exitStatus(), QProcess::NormalExit);
    QCOMPARE(window.exitCode(), 128 + SIGTERM);
}

QTEST_GUILESS_MAIN(TestLabKilled)
#include "tst_labkilled.moc"
