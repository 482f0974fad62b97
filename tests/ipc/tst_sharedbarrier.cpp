// SPDX-License-Identifier: MIT
// SharedBarrier across real processes: ordering over many rounds, abort and reset, and the
// SEM_UNDO release-then-exit case that loses wake-ups with System V semaphores.
#include "arenas.h"
#include "ipckeys.h"
#include "ipctestutils.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSystemSemaphore>
#include <QTest>
#include <sys/ipc.h>
#include <sys/sem.h>

using namespace proclab;
using proclab::test::Workers;

namespace {

QStringList waitArgs(const QString &key, int rounds, bool spans = true)
{
    return {QStringLiteral("--key"),    key,
            QStringLiteral("--rounds"), QString::number(rounds),
            QStringLiteral("--spans"),  spans ? QStringLiteral("1") : QStringLiteral("0")};
}

// Qt 6.4 names a QSystemSemaphore's System V key after a file: temp dir, "qipc_systemsem_", the
// key's letters, the SHA-1 of the key.
int semaphoreIdOf(const QString &key)
{
    QString letters;
    for (QChar c : key) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
            letters += c;
    }
    const QString file =
        QDir::tempPath() + QStringLiteral("/qipc_systemsem_") + letters +
        QLatin1String(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex());
    const key_t sysvKey = ::ftok(QFile::encodeName(file).constData(), 'Q');
    return sysvKey == -1 ? -1 : ::semget(sysvKey, 1, 0);
}

} // namespace

class TestSharedBarrier : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void ordering_data();
    void ordering();
    void abortBreaksPresentAndFutureWaiters();
    void resetWhileWaitingBreaksThem();
    void semUndoTakesBackAReleaseOnExit();
    void barrierKeepsTheWakeUpOfAnExitingReleaser();
    void roundTime();
};

void TestSharedBarrier::cleanup()
{
    test::verifyNoIpcLeftovers();
}

void TestSharedBarrier::ordering_data()
{
    QTest::addColumn<int>("parties");
    QTest::addColumn<int>("rounds");
    QTest::newRow("2 parties") << 2 << 2000;
    QTest::newRow("4 parties") << 4 << 500;
    QTest::newRow("16 parties") << 16 << 100;
}

// Nobody's wait for round r ends before the last participant's wait for round r began.
void TestSharedBarrier::ordering()
{
    QFETCH(int, parties);
    QFETCH(int, rounds);
    QString error;
    auto arena = CoordinationArena::create(newRunKey(), parties, &error);
    QVERIFY2(arena, qPrintable(error));
    const QString key = arena->key();
    Workers workers;
    for (int i = 0; i < parties; ++i)
        workers.launch(QStringLiteral("barrier-wait"), waitArgs(key, rounds));
    QVERIFY(workers.waitAll(100'000));
    for (int i = 0; i < parties; ++i)
        QVERIFY2(workers.endedWith(i, 0), qPrintable(workers.describe(i)));
    QCOMPARE(arena->barrier().generation(), quint32(rounds) & 0xffffu);
    QCOMPARE(arena->barrier().nWaiting(), 0);

    test::verifyBarrierOrder(workers.run, rounds, parties);
}

void TestSharedBarrier::abortBreaksPresentAndFutureWaiters()
{
    QString error;
    auto arena = CoordinationArena::create(newRunKey(), 3, &error);
    QVERIFY2(arena, qPrintable(error));
    const QString key = arena->key();
    SharedBarrier barrier = arena->barrier();
    Workers workers;
    const int a = workers.launch(QStringLiteral("barrier-wait"), waitArgs(key, 1));
    const int b = workers.launch(QStringLiteral("barrier-wait"), waitArgs(key, 1));
    QTRY_COMPARE_WITH_TIMEOUT(barrier.nWaiting(), 2, 30'000);
    barrier.abort();
    QVERIFY(barrier.isBroken());
    QCOMPARE(barrier.nWaiting(), 0);
    QVERIFY(workers.waitAll());
    QVERIFY2(workers.endedWith(a, 3), qPrintable(workers.describe(a)));
    QVERIFY2(workers.endedWith(b, 3), qPrintable(workers.describe(b)));
    // A future waiter (here, this process) gets "broken" at once instead of blocking.
    QCOMPARE(barrier.wait(), SharedBarrier::Broken);
    const int late = workers.launch(QStringLiteral("barrier-wait"), waitArgs(key, 1));
    QVERIFY(workers.waitAll());
    QVERIFY2(workers.endedWith(late, 3), qPrintable(workers.describe(late)));

    // reset() makes it usable again for a full set of parties.
    barrier.reset();
    QVERIFY(!barrier.isBroken());
    QCOMPARE(barrier.nWaiting(), 0);
    const quint32 before = barrier.generation();
    QList<int> ids;
    for (int i = 0; i < 3; ++i)
        ids << workers.launch(QStringLiteral("barrier-wait"), waitArgs(key, 5));
    QVERIFY(workers.waitAll());
    for (int id : ids)
        QVERIFY2(workers.endedWith(id, 0), qPrintable(workers.describe(id)));
    QCOMPARE(barrier.generation(), (before + 5) & 0xffffu);
}

// Python: "Any threads waiting on it will receive the BrokenBarrierError."
void TestSharedBarrier::resetWhileWaitingBreaksThem()
{
    QString error;
    auto arena = CoordinationArena::create(newRunKey(), 3, &error);
    QVERIFY2(arena, qPrintable(error));
    const QString key = arena->key();
    SharedBarrier barrier = arena->barrier();
    Workers workers;
    const int a = workers.launch(QStringLiteral("barrier-wait"), waitArgs(key, 1));
    const int b = workers.launch(QStringLiteral("barrier-wait"), waitArgs(key, 1));
    QTRY_COMPARE_WITH_TIMEOUT(barrier.nWaiting(), 2, 30'000);
    barrier.reset();
    QVERIFY(workers.waitAll());
    QVERIFY2(workers.endedWith(a, 3), qPrintable(workers.describe(a)));
    QVERIFY2(workers.endedWith(b, 3), qPrintable(workers.describe(b)));
    QVERIFY(!barrier.isBroken());
    QCOMPARE(barrier.nWaiting(), 0);
}

// The fact the barrier design rests on: QSystemSemaphore uses SEM_UNDO, so a process that releases
// and exits takes its release back (the value returns to 0 and a waiter arriving later would sleep
// forever), and a process that only ever releases is stopped at the kernel's limit of 32767.
void TestSharedBarrier::semUndoTakesBackAReleaseOnExit()
{
    const QString key = newRunKey();
    int semid = -1;
    {
        QSystemSemaphore semaphore(key, 0, QSystemSemaphore::Create);
        QCOMPARE(semaphore.error(), QSystemSemaphore::NoError);
        semid = semaphoreIdOf(key);
        QVERIFY(semid >= 0);
        QCOMPARE(::semctl(semid, 0, GETVAL), 0);

        Workers workers;
        // sem-release needs QSystemSemaphore, so it lives in proclab-qtworker (beside the worker)
        // rather than in proclab-worker, which links no Qt library.
        workers.supervisor.setWorkerProgram(
            QFileInfo(ProcessSupervisor::defaultWorkerProgram()).absolutePath() +
            QStringLiteral("/proclab-qtworker"));
        const int releaser = workers.launch(
            QStringLiteral("sem-release"),
            {QStringLiteral("--key"), key, QStringLiteral("--count"), QStringLiteral("1")});
        QVERIFY(workers.waitAll());
        QVERIFY2(workers.endedWith(releaser, 0), qPrintable(workers.describe(releaser)));
        QCOMPARE(workers.process(releaser).outputSize, qint64(1)); // it did release…
        QCOMPARE(::semctl(semid, 0, GETVAL), 0); // …and the kernel undid it at exit

        const int flood = workers.launch(
            QStringLiteral("sem-release"),
            {QStringLiteral("--key"), key, QStringLiteral("--count"), QStringLiteral("40000")});
        QVERIFY(workers.waitAll());
        QCOMPARE(workers.process(flood).outputSize, qint64(32767)); // ERANGE after 32767 releases
        QCOMPARE(::semctl(semid, 0, GETVAL), 0);
    }
    QVERIFY(!test::semaphoreExists(semid)); // the creator removed it
}

// The same situation with SharedBarrier: the last arriver exits right after its wait() returns;
// the waiter it released must still pass (a futex wake is not undone).
void TestSharedBarrier::barrierKeepsTheWakeUpOfAnExitingReleaser()
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        QString error;
        auto arena = CoordinationArena::create(newRunKey(), 2, &error);
        QVERIFY2(arena, qPrintable(error));
        const QString key = arena->key();
        Workers workers;
        const int waiter = workers.launch(QStringLiteral("barrier-wait"), waitArgs(key, 1));
        QTRY_COMPARE_WITH_TIMEOUT(arena->barrier().nWaiting(), 1, 30'000);
        const int releaser = workers.launch(QStringLiteral("barrier-wait"), waitArgs(key, 1));
        QVERIFY(workers.waitAll(30'000));
        QVERIFY2(workers.endedWith(releaser, 0), qPrintable(workers.describe(releaser)));
        QVERIFY2(workers.endedWith(waiter, 0), qPrintable(workers.describe(waiter)));
        QCOMPARE(arena->barrier().generation(), quint32(1));
    }
}

// Not a timing assertion: prints the time per barrier round of 2 processes (Python's Barrier
// takes about 265 µs per round on this machine class).
void TestSharedBarrier::roundTime()
{
    constexpr int kRounds = 100'000;
    QString error;
    auto arena = CoordinationArena::create(newRunKey(), 2, &error);
    QVERIFY2(arena, qPrintable(error));
    const QString key = arena->key();
    Workers workers;
    for (int i = 0; i < 2; ++i)
        workers.launch(QStringLiteral("barrier-wait"), waitArgs(key, kRounds, false));
    QVERIFY(workers.waitAll(100'000));
    QVERIFY2(workers.endedWith(0, 0) && workers.endedWith(1, 0), qPrintable(workers.describe(0)));
    const std::vector<Span> work = test::allSpans(workers.run, SpanKind::Work);
    QCOMPARE(work.size(), size_t(2));
    // From the second process's first arrival to the end: rounds where both were running.
    const qint64 ns = std::min(work[0].endNs, work[1].endNs) - work[1].beginNs;
    qInfo("barrier of 2 processes: %.2f us per round", double(ns) / kRounds / 1000.0);
}

QTEST_GUILESS_MAIN(TestSharedBarrier)
#include "tst_sharedbarrier.moc"
