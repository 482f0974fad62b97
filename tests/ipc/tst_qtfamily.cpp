// SPDX-License-Identifier: MIT
// The qt family (QSystemSemaphore, every operation SEM_UNDO) with real processes: the key files the
// lab computes are Qt's, the lock excludes and survives a killed holder, the barrier orders rounds,
// keeps the wake-up of a participant that exits right after releasing, never hits ERANGE over more
// than 32767 rounds, and breaks promptly; nothing is left behind, and a dead lab's semaphores are
// cleaned up.
#include "arenas.h"
#include "familyobjects.h"
#include "ipckeys.h"
#include "ipctestutils.h"
#include "objectnames.h"
#include "segmentheader.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSystemSemaphore>
#include <QTest>
#include <algorithm>
#include <csignal>
#include <sys/ipc.h>
#include <sys/sem.h>

using namespace proclab;
using proclab::test::Workers;

namespace {

// Qt 6.4's key file of a QSystemSemaphore, computed here independently of the library's copy:
// temp dir, "qipc_systemsem_", the key's letters, the SHA-1 of the key.
QString qtKeyFile(const QString &key)
{
    QString letters;
    for (QChar c : key) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
            letters += c;
    }
    return QDir::tempPath() + QStringLiteral("/qipc_systemsem_") + letters +
           QLatin1String(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex());
}

int semaphoreIdOfFile(const QString &file)
{
    const key_t sysvKey = ::ftok(QFile::encodeName(file).constData(), 'Q');
    return sysvKey == -1 ? -1 : ::semget(sysvKey, 1, 0);
}

// The Qt key of one of the run's semaphores.
QString semaphoreKey(const CoordinationArena &arena, const std::string &role)
{
    return QString::fromStdString(ipc::qtSemaphoreKey(arena.key().toStdString(), role));
}

// "semid N key 0x…" → N
int semidOfRow(const IpcObjectState &row)
{
    const QStringList parts = row.name.split(QLatin1Char(' '));
    return parts.size() >= 2 && parts[0] == QLatin1String("semid") ? parts[1].toInt() : -1;
}

const IpcObjectState *findRow(const std::vector<IpcObjectState> &rows, const QString &kind,
                              const QString &role)
{
    for (const IpcObjectState &row : rows) {
        if (row.kind == kind && row.role == role)
            return &row;
    }
    return nullptr;
}

// The prefix of every key file this test program's runs make.
QString ownKeyFilePrefix()
{
    const std::string key = ipc::qtSemaphoreKey(
        "proclab-" + std::to_string(QCoreApplication::applicationPid()) + "-", "");
    return QStringLiteral("qipc_systemsem_") +
           QString::fromStdString(key.substr(0, key.find('x') + 1));
}

QStringList waitArgs(const QString &key, int rounds, bool spans = true)
{
    return {QStringLiteral("--key"),    key,
            QStringLiteral("--rounds"), QString::number(rounds),
            QStringLiteral("--spans"),  spans ? QStringLiteral("1") : QStringLiteral("0")};
}

void useQtWorker(Workers &workers)
{
    workers.supervisor.setWorkerProgram(
        QFileInfo(ProcessSupervisor::defaultWorkerProgram()).absolutePath() +
        QStringLiteral("/proclab-qtworker"));
}

// Opens the exit gate once `count` participants wait at it. False if they did not all get there in
// time, or a process ended before (it could not have passed the gate: the gate was shut).
bool openGateWhenAllWait(CoordinationArena &arena, Workers &workers, int count,
                         int timeoutMs = 60'000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (arena.exitGateWaiters() < count) {
        if (deadline.hasExpired() || workers.supervisor.runningCount() < count)
            return false;
        QTest::qWait(1);
    }
    arena.openExitGate(count);
    return true;
}

QString overlapIn(const std::vector<Span> &holds)
{
    for (size_t i = 1; i < holds.size(); ++i) {
        if (holds[i].beginNs < holds[i - 1].endNs)
            return QStringLiteral("hold %1 begins at %2 ns, before hold %3 ended at %4 ns")
                .arg(i)
                .arg(holds[i].beginNs)
                .arg(i - 1)
                .arg(holds[i - 1].endNs);
    }
    return {};
}

} // namespace

class TestQtFamily : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void keyFilesAreQts();
    void keyClashIsSteppedAround();
    void sixtyFourParties();
    void lockCounter_data();
    void lockCounter();
    void barrierOrdering_data();
    void barrierOrdering();
    void releaseThenExit();
    void longRunNoErange();
    void killedHolderIsReported();
    void breakWakesWaiters();
    void deadLabsSemaphoresAreRemoved();

private:
    std::unique_ptr<CoordinationArena> createArena(int parties);

    // Every semaphore a test's arenas made, checked gone in cleanup().
    QList<int> m_semids;
};

std::unique_ptr<CoordinationArena> TestQtFamily::createArena(int parties)
{
    QString error;
    auto arena = CoordinationArena::create(newRunKey(), parties, ipc::PrimitiveFamily::Qt, &error);
    if (!arena) {
        qWarning("cannot create the arena: %s", qPrintable(error));
        return nullptr;
    }
    for (const IpcObjectState &row : arena->inspect()) {
        if (row.kind == QLatin1String("sysv_sem"))
            m_semids << semidOfRow(row);
    }
    return arena;
}

// Besides the segments and their key files: no semaphore a test created and no key file of this
// program's runs is left.
void TestQtFamily::cleanup()
{
    test::verifyNoIpcLeftovers();
    QStringList left;
    for (int semid : std::as_const(m_semids)) {
        if (test::semaphoreExists(semid))
            left << QStringLiteral("semaphore %1").arg(semid);
    }
    m_semids.clear();
    left << QDir::temp().entryList({ownKeyFilePrefix() + QLatin1Char('*')},
                                   QDir::Files | QDir::System | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1String(", "))));
}

// The lab finds its semaphores by computing Qt's key file name; prove it is Qt's: the file exists
// where computed, ftok/semget on it gives the semaphore the lab inspects, and a QSystemSemaphore
// opened by key (Qt's own lookup) operates on that very semaphore. Removal takes file and
// semaphore.
void TestQtFamily::keyFilesAreQts()
{
    auto arena = createArena(2);
    QVERIFY(arena);
    const std::vector<IpcObjectState> rows = arena->inspect();
    // lock, gate, 2 × 3 arrive semaphores, the barrier row.
    QCOMPARE(
        std::count_if(rows.begin(), rows.end(),
                      [](const IpcObjectState &r) { return r.kind == QLatin1String("sysv_sem"); }),
        8);
    QVERIFY(findRow(rows, QStringLiteral("qt_barrier"), QStringLiteral("barrier")));
    struct Expected
    {
        std::string role;
        QString label;
        int value;
    };
    std::vector<Expected> expected{{"lock", QStringLiteral("lock"), 1},
                                   {"gate", QStringLiteral("exit gate"), 0}};
    for (int slot = 0; slot < 2; ++slot) {
        for (int phase = 0; phase < 3; ++phase)
            expected.push_back({ipc::qtArriveRole(slot, phase),
                                QStringLiteral("arrive %1/%2").arg(slot).arg(phase), 0});
    }
    QStringList files;
    QList<int> ids;
    for (const Expected &e : expected) {
        const QString file = qtKeyFile(semaphoreKey(*arena, e.role));
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        const IpcObjectState *row = findRow(rows, QStringLiteral("sysv_sem"), e.label);
        QVERIFY2(row, qPrintable(e.label));
        const int semid = semaphoreIdOfFile(file);
        QVERIFY(semid >= 0);
        QCOMPARE(semidOfRow(*row), semid);
        QCOMPARE(row->value(QStringLiteral("value")), qint64(e.value));
        QCOMPARE(::semctl(semid, 0, GETVAL), e.value);
        files << file;
        ids << semid;
    }
    // Qt's own lookup by key reaches the same semaphore.
    {
        QSystemSemaphore lock(semaphoreKey(*arena, "lock"), 0, QSystemSemaphore::Open);
        QCOMPARE(lock.error(), QSystemSemaphore::NoError);
        QVERIFY(!arena->lockTaken());
        QVERIFY(lock.acquire());
        QVERIFY(arena->lockTaken());
        QCOMPARE(::semctl(ids[0], 0, GETVAL), 0);
        QVERIFY(lock.release());
        QVERIFY(!arena->lockTaken());
    }
    QCOMPARE(arena->exitGateWaiters(), 0);

    const std::vector<IpcObjectState> after = arena->removeAndCheck();
    for (const IpcObjectState &row : after)
        QVERIFY2(!row.exists, qPrintable(row.kind + QLatin1Char(' ') + row.role));
    for (int i = 0; i < files.size(); ++i) {
        QVERIFY2(!QFileInfo::exists(files[i]), qPrintable(files[i]));
        QVERIFY(!test::semaphoreExists(ids[i]));
    }
}

// The largest run the lab allows: lock, gate and 3 arrive semaphores per party, 194 in all, each
// its own System V semaphore (a key clash would have failed create()), all listed by the
// inspector, all removed.
// ftok() keeps 16 bits of a key file's inode, so a run's key file can map to a System V key that
// another semaphore already has (under a loaded ctest -j2 a 16-party run failed to start this
// way). Forced here: a semaphore of ours is put on the key that the lock's key file gets, because
// a freed inode is handed out again at once. The run must still be created, on other keys, and
// leave that semaphore alone.
void TestQtFamily::keyClashIsSteppedAround()
{
    // Semaphores of ours on the keys of eight freed inodes: the next files made in the temp
    // directory (the run's segment key file, then its semaphores' key files) get those inodes.
    constexpr int kStrangers = 8;
    QList<int> strangers;
    QStringList files;
    for (int i = 0; i < kStrangers; ++i) {
        const QString path = QDir::temp().filePath(QStringLiteral("tst_qtfamily-clash-%1").arg(i));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        files << path;
        const key_t key = ::ftok(QFile::encodeName(path).constData(), 'Q');
        const int id = ::semget(key, 1, IPC_CREAT | IPC_EXCL | 0600);
        if (id == -1)
            continue; // that key is in use already: a clash of its own
        ::semctl(id, 0, SETVAL, 7);
        strangers << id;
    }
    for (const QString &path : files)
        QFile::remove(path);
    QVERIFY(strangers.size() >= kStrangers / 2);

    QString error;
    auto arena = CoordinationArena::create(newRunKey(), 2, ipc::PrimitiveFamily::Qt, &error);
    QList<int> values;
    for (int id : strangers) {
        values << ::semctl(id, 0, GETVAL);
        ::semctl(id, 0, IPC_RMID);
    }
    QVERIFY2(arena, qPrintable(error));
    // Left alone: not taken over and reset by Qt's Create mode.
    QCOMPARE(values, QList<int>(strangers.size(), 7));
    // The run's own semaphores are on keys of their own, and work.
    const std::vector<IpcObjectState> rows = arena->inspect();
    for (const IpcObjectState &row : rows) {
        if (row.kind != QLatin1String("sysv_sem"))
            continue;
        for (int id : strangers)
            QVERIFY(!row.name.startsWith(QStringLiteral("semid %1 ").arg(id)));
    }
    const IpcObjectState *lock = findRow(rows, QStringLiteral("sysv_sem"), QStringLiteral("lock"));
    QVERIFY(lock && lock->value(QStringLiteral("value")) == 1);
    // No set-aside key file is left.
    const QStringList aside =
        QDir::temp().entryList({QStringLiteral("qipc_systemsem_*.clash*")}, QDir::Files);
    QVERIFY2(aside.isEmpty(), qPrintable(aside.join(QLatin1String(", "))));
}

void TestQtFamily::sixtyFourParties()
{
    auto arena = createArena(64);
    QVERIFY(arena);
    QSet<int> ids;
    for (const IpcObjectState &row : arena->inspect()) {
        if (row.kind == QLatin1String("sysv_sem")) {
            QVERIFY(test::semaphoreExists(semidOfRow(row)));
            QCOMPARE(row.value(QStringLiteral("value")), row.role == QLatin1String("lock") ? 1 : 0);
            ids.insert(semidOfRow(row));
        }
    }
    QCOMPARE(ids.size(), 2 + 64 * 3);
    for (const IpcObjectState &row : arena->removeAndCheck())
        QVERIFY2(!row.exists, qPrintable(row.kind + QLatin1Char(' ') + row.role));
    for (int semid : std::as_const(ids))
        QVERIFY(!test::semaphoreExists(semid));
}

void TestQtFamily::lockCounter_data()
{
    QTest::addColumn<int>("processes");
    QTest::newRow("2 processes") << 2;
    QTest::newRow("4 processes") << 4;
}

// N processes start together (--sync: the barrier's parties are the counters) and add 1 to the
// counter 10,000 times each with a plain load and store under the lock: any overlap would lose
// updates, and the hold spans, timestamped inside the lock, would overlap.
void TestQtFamily::lockCounter()
{
    QFETCH(int, processes);
    constexpr int kIncrements = 10'000;
    auto arena = createArena(processes);
    QVERIFY(arena);
    Workers workers;
    useQtWorker(workers);
    for (int i = 0; i < processes; ++i)
        workers.launch(QStringLiteral("lock-counter"),
                       {QStringLiteral("--key"), arena->key(), QStringLiteral("--count"),
                        QString::number(kIncrements), QStringLiteral("--sync"),
                        QStringLiteral("1")});
    QVERIFY2(openGateWhenAllWait(*arena, workers, processes), qPrintable(workers.describe(0)));
    QVERIFY(workers.waitAll());
    for (int i = 0; i < processes; ++i)
        QVERIFY2(workers.endedWith(i, 0), qPrintable(workers.describe(i)));
    QVERIFY2(workers.run.errors.isEmpty(), qPrintable(workers.run.errors.join(QLatin1Char('\n'))));
    QCOMPARE(arena->counter().load(), qint64(processes) * kIncrements);
    QVERIFY(!arena->lockTaken());
    QCOMPARE(arena->recordedHolder(), qint64(0));
    const std::vector<Span> holds = test::allSpans(workers.run, SpanKind::LockHold);
    QCOMPARE(qint64(holds.size()), qint64(processes) * kIncrements);
    const QString overlap = overlapIn(holds);
    QVERIFY2(overlap.isEmpty(), qPrintable(overlap));
}

void TestQtFamily::barrierOrdering_data()
{
    QTest::addColumn<int>("parties");
    QTest::addColumn<int>("rounds");
    QTest::newRow("2 parties") << 2 << 2000;
    QTest::newRow("4 parties") << 4 << 500;
    QTest::newRow("16 parties") << 16 << 100;
}

// Nobody's wait for round r ends before the last participant's wait for round r began.
void TestQtFamily::barrierOrdering()
{
    QFETCH(int, parties);
    QFETCH(int, rounds);
    auto arena = createArena(parties);
    QVERIFY(arena);
    Workers workers;
    useQtWorker(workers);
    for (int i = 0; i < parties; ++i)
        workers.launch(QStringLiteral("barrier-wait"), waitArgs(arena->key(), rounds));
    QVERIFY2(openGateWhenAllWait(*arena, workers, parties, 100'000),
             qPrintable(workers.describe(0)));
    QVERIFY(workers.waitAll());
    for (int i = 0; i < parties; ++i)
        QVERIFY2(workers.endedWith(i, 0), qPrintable(workers.describe(i)));
    QCOMPARE(arena->generation(), quint64(rounds));
    const std::vector<IpcObjectState> rows = arena->inspect();
    const IpcObjectState *barrier =
        findRow(rows, QStringLiteral("qt_barrier"), QStringLiteral("barrier"));
    QVERIFY(barrier);
    QCOMPARE(barrier->value(QStringLiteral("slots")), qint64(parties));
    QCOMPARE(barrier->value(QStringLiteral("arrived")), qint64(0));
    QCOMPARE(barrier->value(QStringLiteral("generation")), qint64(rounds));
    QCOMPARE(barrier->value(QStringLiteral("broken")), qint64(0));

    test::verifyBarrierOrder(workers.run, rounds, parties);
}

// The last arriver releases and is done: with SEM_UNDO its exit would take that release back
// before a slow participant used it. First the control, on the run's own semaphores: a process
// that releases a participant's arrive semaphore and exits leaves it at 0 (so a naive barrier,
// whose waiter comes late, would sleep for ever; tst_sharedbarrier's semUndoTakesBackAReleaseOnExit
// shows the same with a bare QSystemSemaphore). At the exit gate the participants' last tokens are
// still up, and are undone once they exit: only the gate kept them there until everyone passed.
// Then many short runs, each a release-then-exit: every process ends 0 and none hangs.
void TestQtFamily::releaseThenExit()
{
    {
        auto arena = createArena(2);
        QVERIFY(arena);
        const int semid =
            semaphoreIdOfFile(qtKeyFile(semaphoreKey(*arena, ipc::qtArriveRole(0, 0))));
        QVERIFY(semid >= 0);
        Workers workers;
        useQtWorker(workers);
        const int releaser =
            workers.launch(QStringLiteral("sem-release"),
                           {QStringLiteral("--key"), semaphoreKey(*arena, ipc::qtArriveRole(0, 0)),
                            QStringLiteral("--count"), QStringLiteral("1")});
        QVERIFY(workers.waitAll());
        QVERIFY2(workers.endedWith(releaser, 0), qPrintable(workers.describe(releaser)));
        QCOMPARE(workers.process(releaser).outputSize, qint64(1)); // it released…
        QCOMPARE(::semctl(semid, 0, GETVAL), 0);                   // …and its exit undid it

        for (int i = 0; i < 2; ++i)
            workers.launch(QStringLiteral("barrier-wait"), waitArgs(arena->key(), 1, false));
        QTRY_COMPARE_WITH_TIMEOUT(arena->exitGateWaiters(), 2, 30'000);
        // Both arrived and passed: each one's round-0 token is still up (1), held by its SEM_UNDO.
        std::vector<IpcObjectState> rows = arena->inspect();
        for (int slot = 0; slot < 2; ++slot) {
            const IpcObjectState *row =
                findRow(rows, QStringLiteral("sysv_sem"), QStringLiteral("arrive %1/0").arg(slot));
            QVERIFY(row);
            QCOMPARE(row->value(QStringLiteral("value")), qint64(1));
        }
        arena->openExitGate(2);
        QVERIFY(workers.waitAll());
        QVERIFY2(workers.endedWith(1, 0) && workers.endedWith(2, 0),
                 qPrintable(workers.describe(1) + QLatin1Char(' ') + workers.describe(2)));
        // Their exits took both tokens back: had either left before the other passed, the other
        // would have waited for ever.
        rows = arena->inspect();
        for (int slot = 0; slot < 2; ++slot) {
            const IpcObjectState *row =
                findRow(rows, QStringLiteral("sysv_sem"), QStringLiteral("arrive %1/0").arg(slot));
            QCOMPARE(row->value(QStringLiteral("value")), qint64(0));
        }
    }

    QElapsedTimer timer;
    timer.start();
    const struct
    {
        int runs;
        int parties;
    } series[] = {{200, 2}, {50, 3}};
    for (const auto &s : series) {
        for (int run = 0; run < s.runs; ++run) {
            auto arena = createArena(s.parties);
            QVERIFY(arena);
            Workers workers;
            useQtWorker(workers);
            for (int i = 0; i < s.parties; ++i)
                workers.launch(QStringLiteral("barrier-wait"), waitArgs(arena->key(), 1, false));
            QVERIFY2(openGateWhenAllWait(*arena, workers, s.parties, 30'000),
                     qPrintable(QStringLiteral("run %1 of %2 parties: %3")
                                    .arg(run)
                                    .arg(s.parties)
                                    .arg(workers.describe(0))));
            QVERIFY(workers.waitAll(30'000));
            for (int i = 0; i < s.parties; ++i)
                QVERIFY2(workers.endedWith(i, 0), qPrintable(workers.describe(i)));
            QCOMPARE(arena->generation(), quint64(1));
        }
    }
    qInfo("release-then-exit: 200 runs of 2 and 50 of 3 parties in %lld ms", timer.elapsed());
}

// Three times more rounds than a semadj can count (32767): a protocol whose undo counters grow with
// the rounds would fail with ERANGE (the participant gets Broken, exit 3). Each process's semadj
// stays within ±1 here.
void TestQtFamily::longRunNoErange()
{
    constexpr int kRounds = 100'000;
    auto arena = createArena(2);
    QVERIFY(arena);
    Workers workers;
    useQtWorker(workers);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 2; ++i)
        workers.launch(QStringLiteral("barrier-wait"), waitArgs(arena->key(), kRounds, false));
    QVERIFY2(openGateWhenAllWait(*arena, workers, 2, 120'000), qPrintable(workers.describe(0)));
    QVERIFY(workers.waitAll());
    QVERIFY2(workers.endedWith(0, 0), qPrintable(workers.describe(0)));
    QVERIFY2(workers.endedWith(1, 0), qPrintable(workers.describe(1)));
    QCOMPARE(arena->generation(), quint64(kRounds));
    qInfo("%d rounds of 2 parties in %lld ms", kRounds, timer.elapsed());
}

// A holder killed inside its critical section: the kernel's undo gives the lock back, the taker
// completes, reports that it took the lock over from a dead holder (so the dead hold ends at the
// takeover and no holds overlap), and the counter is exact.
void TestQtFamily::killedHolderIsReported()
{
    auto arena = createArena(1);
    QVERIFY(arena);
    const QString key = arena->key();
    Workers workers;
    useQtWorker(workers);
    const int holder = workers.launch(QStringLiteral("lock-hold"), {QStringLiteral("--key"), key});
    QTRY_VERIFY_WITH_TIMEOUT(workers.process(holder).open[int(SpanKind::LockHold)].open, 30'000);
    QVERIFY(arena->lockTaken());
    QCOMPARE(arena->recordedHolder(), workers.process(holder).pid);

    const int counter = workers.launch(
        QStringLiteral("lock-counter"),
        {QStringLiteral("--key"), key, QStringLiteral("--count"), QStringLiteral("100")});
    // The taker is blocked on the lock semaphore when the holder dies.
    QTRY_COMPARE_WITH_TIMEOUT(
        findRow(arena->inspect(), QStringLiteral("sysv_sem"), QStringLiteral("lock"))
            ->value(QStringLiteral("waiters")),
        qint64(1), 30'000);
    QVERIFY(workers.supervisor.sendSignal(holder, SIGKILL));
    QVERIFY(workers.waitAll());
    QCOMPARE(workers.process(holder).exit.signal, SIGKILL);
    QVERIFY2(workers.endedWith(counter, 0), qPrintable(workers.describe(counter)));
    QCOMPARE(arena->counter().load(), qint64(100));
    QVERIFY(!arena->lockTaken());
    QCOMPARE(arena->recordedHolder(), qint64(0));

    const std::vector<Span> holds = test::allSpans(workers.run, SpanKind::LockHold);
    QCOMPARE(holds.size(), size_t(1 + 100));
    const QString overlap = overlapIn(holds);
    QVERIFY2(overlap.isEmpty(), qPrintable(overlap));
    // The holder's hold was ended by its death; the taker said lock_owner_died.
    test::verifyTakeover(workers.process(holder), workers.process(counter));
}

// breakBarrier() (never blocking) wakes the participants waiting in a round and those waiting at
// the exit gate, promptly; a later waiter gets Broken at once.
void TestQtFamily::breakWakesWaiters()
{
    {
        auto arena = createArena(3);
        QVERIFY(arena);
        Workers workers;
        useQtWorker(workers);
        for (int i = 0; i < 2; ++i)
            workers.launch(QStringLiteral("barrier-wait"), waitArgs(arena->key(), 1));
        // Both arrived and sleep on the missing third's arrive semaphore.
        const auto sleeping = [&] {
            qint64 waiters = 0;
            for (const IpcObjectState &row : arena->inspect()) {
                if (row.role.startsWith(QLatin1String("arrive")))
                    waiters += row.value(QStringLiteral("waiters"));
            }
            return waiters;
        };
        QTRY_COMPARE_WITH_TIMEOUT(sleeping(), qint64(2), 30'000);
        QElapsedTimer timer;
        timer.start();
        arena->breakBarrier();
        QVERIFY(arena->barrierBroken());
        QVERIFY(workers.waitAll(10'000));
        const qint64 ms = timer.elapsed();
        QVERIFY2(workers.endedWith(0, 3), qPrintable(workers.describe(0)));
        QVERIFY2(workers.endedWith(1, 3), qPrintable(workers.describe(1)));
        QVERIFY2(ms < 2000, qPrintable(QStringLiteral("%1 ms to wake").arg(ms)));
        qInfo("broken barrier: both waiters gone %lld ms after the break", ms);
        const int late = workers.launch(QStringLiteral("barrier-wait"), waitArgs(arena->key(), 1));
        QVERIFY(workers.waitAll(10'000));
        QVERIFY2(workers.endedWith(late, 3), qPrintable(workers.describe(late)));
    }
    {
        // Broken while they wait at the exit gate: they leave as broken (exit 3).
        auto arena = createArena(2);
        QVERIFY(arena);
        Workers workers;
        useQtWorker(workers);
        for (int i = 0; i < 2; ++i)
            workers.launch(QStringLiteral("barrier-wait"), waitArgs(arena->key(), 3));
        QTRY_COMPARE_WITH_TIMEOUT(arena->exitGateWaiters(), 2, 30'000);
        arena->breakBarrier();
        QVERIFY(workers.waitAll(10'000));
        QVERIFY2(workers.endedWith(0, 3), qPrintable(workers.describe(0)));
        QVERIFY2(workers.endedWith(1, 3), qPrintable(workers.describe(1)));
    }
}

// A dead lab's semaphores and key files (its pid is in their names) are removed by
// removeQtSemaphoresOf() and by removeStaleIpcObjects(); a live run's are untouched.
void TestQtFamily::deadLabsSemaphoresAreRemoved()
{
    QProcess child;
    child.start(QStringLiteral("/bin/true"), {});
    QVERIFY(child.waitForStarted());
    const qint64 deadPid = child.processId();
    QVERIFY(child.waitForFinished());
    QCOMPARE(ipc::processStartTicks(deadPid), 0ull);

    auto live = createArena(2);
    QVERIFY(live);
    const auto liveIntact = [&] {
        for (const IpcObjectState &row : live->inspect()) {
            if (row.kind == QLatin1String("sysv_sem") &&
                (row.value(QStringLiteral("value")) < 0 || !test::semaphoreExists(semidOfRow(row))))
                return false;
        }
        return true;
    };

    // Objects as a lab of that pid made them: a block with its run key, the family's objects.
    const auto makeDeadRun = [&](ipc::CoordinationBlock *block, QString *error) {
        const std::string key = ipc::makeRunKey(deadPid, QRandomGenerator::global()->generate());
        block->magic = ipc::CoordinationBlock::kMagic;
        block->family = ipc::PrimitiveFamily::Qt;
        block->parties = 2;
        std::memcpy(block->runKey, key.data(), key.size());
        auto objects = makeQtObjects();
        return objects->create(*block, error) ? std::move(objects) : nullptr;
    };
    const auto allGone = [](const FamilyObjects &objects) {
        std::vector<IpcObjectState> rows;
        objects.checkRemoved(&rows);
        return rows.size() == 8 &&
               std::none_of(rows.begin(), rows.end(), [](const auto &r) { return r.exists; });
    };

    for (const bool stale : {false, true}) {
        ipc::CoordinationBlock block{};
        QString error;
        std::unique_ptr<FamilyObjects> dead = makeDeadRun(&block, &error);
        QVERIFY2(dead, qPrintable(error));
        QVERIFY(!allGone(*dead));
        QStringList removed;
        const int count =
            stale ? removeStaleIpcObjects(&removed)
                  : removeQtSemaphoresOf(
                        [&](const ipc::RunKeyOrigin &maker) { return maker.pid == deadPid; },
                        &removed);
        // 8 semaphores and 8 key files (more if other dead labs of this user left some).
        QVERIFY2(count >= 16, qPrintable(removed.join(QLatin1String(", "))));
        QVERIFY(allGone(*dead));
        QVERIFY(liveIntact());
        const QString prefix = QStringLiteral("qipc_systemsem_") +
                               QString::fromStdString(ipc::qtSemaphoreKey(block.runKey, ""));
        QCOMPARE(
            QDir::temp().entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::System).size(),
            0);
    }
    // The live run's objects are still usable and go with it.
    QVERIFY(liveIntact());
    QCOMPARE(live->exitGateWaiters(), 0);
}

QTEST_GUILESS_MAIN(TestQtFamily)
#include "tst_qtfamily.moc"
