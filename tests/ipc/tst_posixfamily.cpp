// SPDX-License-Identifier: MIT
// The posix family (POSIX named semaphores, as CPython's multiprocessing builds Lock and Barrier)
// with real worker processes: mutual exclusion, barrier ordering and arrival indices, the
// release-then-exit case, a killed holder that leaves the lock taken for ever (the deadlock
// Python's documentation warns about), breaking from the lab, the glibc waiter count the inspector
// shows, and that no named semaphore outlives its run or its lab.
#include "arenas.h"
#include "familyobjects.h"
#include "ipckeys.h"
#include "ipctestutils.h"
#include "objectnames.h"
#include "participant.h"
#include "segmentheader.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>
#include <algorithm>
#include <csignal>
#include <cstdint>
#include <fcntl.h>
#include <limits>
#include <semaphore.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace proclab;
using proclab::test::Workers;

namespace {

constexpr auto kPosix = ipc::PrimitiveFamily::Posix;

// Semaphore files of runs whose key names process `pid` (glibc keeps "/N" as /dev/shm/sem.N).
QStringList semaphoreFilesOf(qint64 pid)
{
    const QDir shm(QStringLiteral("/dev/shm"));
    QStringList files = shm.entryList({QStringLiteral("sem.proclab-%1-*").arg(pid)},
                                      QDir::Files | QDir::System | QDir::Hidden);
    for (QString &file : files)
        file = shm.filePath(file);
    return files;
}

// One value of one object of the arena's inspection (kind and role pick the object).
qint64 inspected(const CoordinationArena &arena, const QString &kind, const QString &role,
                 const QString &key)
{
    for (const IpcObjectState &object : arena.inspect()) {
        if (object.kind == kind && object.role == role)
            return object.value(key, std::numeric_limits<qint64>::min());
    }
    return std::numeric_limits<qint64>::min();
}

qint64 barrierValue(const CoordinationArena &arena, const char *key)
{
    return inspected(arena, QStringLiteral("posix_barrier"), QStringLiteral("barrier"),
                     QLatin1String(key));
}

qint64 semValue(const CoordinationArena &arena, const char *role, const char *key = "value")
{
    return inspected(arena, QStringLiteral("posix_sem"), QLatin1String(role), QLatin1String(key));
}

QStringList waitArgs(const QString &key, int rounds, bool spans = true)
{
    return {QStringLiteral("--key"),    key,
            QStringLiteral("--rounds"), QString::number(rounds),
            QStringLiteral("--spans"),  spans ? QStringLiteral("1") : QStringLiteral("0")};
}

QStringList counterArgs(const QString &key, long long count, bool spans, bool sync)
{
    return {QStringLiteral("--key"),   key,
            QStringLiteral("--count"), QString::number(count),
            QStringLiteral("--spans"), spans ? QStringLiteral("1") : QStringLiteral("0"),
            QStringLiteral("--sync"),  sync ? QStringLiteral("1") : QStringLiteral("0")};
}

std::unique_ptr<CoordinationArena> posixArena(int parties)
{
    QString error;
    auto arena = CoordinationArena::create(newRunKey(), parties, kPosix, &error);
    if (!arena)
        qWarning("cannot create the arena: %s", qPrintable(error));
    return arena;
}

bool isRunning(const Workers &workers, int id)
{
    return workers.process(id).exit.kind == ExitStatus::Kind::Running;
}

// A pid that belonged to a process which has exited and been reaped.
qint64 deadPid()
{
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    int status = 0;
    ::waitpid(child, &status, 0);
    return child;
}

// Creates a named semaphore the way a run of lab `pid` would have; false if it could not.
bool createSemaphore(const std::string &name)
{
    sem_t *sem = ::sem_open(name.c_str(), O_CREAT | O_EXCL, 0600, 1);
    if (sem == SEM_FAILED)
        return false;
    ::sem_close(sem);
    return true;
}

} // namespace

class TestPosixFamily : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void createsFiveSemaphoresAndRemovesThem();
    void missingSemaphoreIsAClearError();
    void exclusion_data();
    void exclusion();
    void ordering_data();
    void ordering();
    void arrivalIndicesArePermutations();
    void releaseThenExit();
    void killedHolderLeavesTheLockTakenForEver();
    void waitersIsGlibcCountOfBlockedTakers();
    void breakWakesEveryWaiter_data();
    void breakWakesEveryWaiter();
    void breakFreesANotifierStuckOnADeadSleeper();
    void breakDuringBusyRounds();
    void staleSemaphoresOfDeadLabsAreRemoved();
    void throughput();
};

void TestPosixFamily::initTestCase()
{
    // The test process is a participant too (arrivalIndicesArePermutations), like proclab-worker.
    ipc::registerParticipantFamily(kPosix, ipc::makePosixParticipant);
}

void TestPosixFamily::cleanup()
{
    test::verifyNoIpcLeftovers();
    const QStringList left = semaphoreFilesOf(QCoreApplication::applicationPid());
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1String(", "))));
}

// The lab creates the lock (1), the condition's lock (1) and its three counting semaphores (0),
// shows them in the inspector, and unlinks every one; checkRemoved says so and the files are gone.
void TestPosixFamily::createsFiveSemaphoresAndRemovesThem()
{
    auto arena = posixArena(3);
    QVERIFY(arena);
    const QStringList files = semaphoreFilesOf(QCoreApplication::applicationPid());
    QCOMPARE(files.size(), 5);
    QCOMPARE(semValue(*arena, "lock"), qint64(1));
    QCOMPARE(semValue(*arena, "condition lock"), qint64(1));
    QCOMPARE(semValue(*arena, "condition sleeping"), qint64(0));
    QCOMPARE(semValue(*arena, "condition woken"), qint64(0));
    QCOMPARE(semValue(*arena, "condition wait"), qint64(0));
    QCOMPARE(semValue(*arena, "lock", "holder_pid"), qint64(0));
    QCOMPARE(barrierValue(*arena, "parties"), qint64(3));
    QCOMPARE(barrierValue(*arena, "state"), qint64(0));
    QCOMPARE(barrierValue(*arena, "broken"), qint64(0));
    QVERIFY(!arena->lockTaken());
    for (const IpcObjectState &object : arena->inspect()) {
        if (object.kind == QLatin1String("posix_sem")) {
            QVERIFY2(files.contains(object.name), qPrintable(object.name));
            QVERIFY(object.exists);
        }
    }

    int semaphores = 0;
    for (const IpcObjectState &object : arena->removeAndCheck()) {
        QVERIFY2(!object.exists, qPrintable(object.kind + QLatin1Char(' ') + object.name));
        if (object.kind == QLatin1String("posix_sem"))
            ++semaphores;
    }
    QCOMPARE(semaphores, 5);
    QVERIFY(semaphoreFilesOf(QCoreApplication::applicationPid()).isEmpty());
    // remove() is idempotent: the destructor removes again without trouble.
    arena.reset();
}

// Workers never create semaphores: a missing one ends the worker with exit 4 and a note that
// names it and the reason.
void TestPosixFamily::missingSemaphoreIsAClearError()
{
    auto arena = posixArena(1);
    QVERIFY(arena);
    const std::string name =
        ipc::posixSemaphoreName(arena->key().toStdString(), "cond-wait"); // any of the five
    QCOMPARE(::sem_unlink(name.c_str()), 0);
    Workers workers;
    const int w =
        workers.launch(QStringLiteral("lock-counter"), counterArgs(arena->key(), 1, false, false));
    QVERIFY(workers.waitAll(30'000));
    QVERIFY2(workers.endedWith(w, 4), qPrintable(workers.describe(w)));
    const QString expected =
        QStringLiteral("cannot open the semaphore %1: No such file or directory")
            .arg(QString::fromStdString(name));
    const auto &markers = workers.process(w).markers;
    QVERIFY2(std::any_of(markers.begin(), markers.end(),
                         [&](const Marker &m) { return m.text.contains(expected); }),
             qPrintable(expected));
    QCOMPARE(arena->counter().load(), qint64(0));
}

void TestPosixFamily::exclusion_data()
{
    QTest::addColumn<int>("processes");
    QTest::newRow("2 processes") << 2;
    QTest::newRow("4 processes") << 4;
}

// N processes start together (--sync 1: the barrier, so the barrier works first) and add 1 to a
// counter 10,000 times each with a plain load and store under the semaphore lock: any overlap
// loses updates. The hold spans, timestamped inside the lock, never overlap.
void TestPosixFamily::exclusion()
{
    QFETCH(int, processes);
    constexpr int kIncrements = 10'000;
    auto arena = posixArena(processes);
    QVERIFY(arena);
    Workers workers;
    for (int i = 0; i < processes; ++i)
        workers.launch(QStringLiteral("lock-counter"),
                       counterArgs(arena->key(), kIncrements, true, true));
    QVERIFY(workers.waitAll(100'000));
    for (int i = 0; i < processes; ++i)
        QVERIFY2(workers.endedWith(i, 0), qPrintable(workers.describe(i)));
    QVERIFY2(workers.run.errors.isEmpty(), qPrintable(workers.run.errors.join(QLatin1Char('\n'))));
    QCOMPARE(arena->counter().load(), qint64(processes) * kIncrements);
    QVERIFY(!arena->lockTaken());
    QCOMPARE(semValue(*arena, "lock"), qint64(1));
    QCOMPARE(semValue(*arena, "lock", "holder_pid"), qint64(0));
    QCOMPARE(arena->generation(), quint64(1)); // the one start barrier

    const std::vector<Span> holds = test::allSpans(workers.run, SpanKind::LockHold);
    QCOMPARE(qint64(holds.size()), qint64(processes) * kIncrements);
    for (size_t i = 1; i < holds.size(); ++i) {
        if (holds[i].beginNs < holds[i - 1].endNs)
            QFAIL(qPrintable(QStringLiteral("lock holds overlap at %1 ns").arg(holds[i].beginNs)));
    }
}

void TestPosixFamily::ordering_data()
{
    QTest::addColumn<int>("parties");
    QTest::addColumn<int>("rounds");
    QTest::newRow("2 parties") << 2 << 2000;
    QTest::newRow("4 parties") << 4 << 500;
    QTest::newRow("16 parties") << 16 << 100;
}

// Nobody's wait for round r ends before the last participant's wait for round r began, and at the
// end the barrier is back to filling with nobody in it.
void TestPosixFamily::ordering()
{
    QFETCH(int, parties);
    QFETCH(int, rounds);
    auto arena = posixArena(parties);
    QVERIFY(arena);
    Workers workers;
    for (int i = 0; i < parties; ++i)
        workers.launch(QStringLiteral("barrier-wait"), waitArgs(arena->key(), rounds));
    QVERIFY(workers.waitAll(200'000));
    for (int i = 0; i < parties; ++i)
        QVERIFY2(workers.endedWith(i, 0), qPrintable(workers.describe(i)));
    QCOMPARE(arena->generation(), quint64(rounds));
    QCOMPARE(barrierValue(*arena, "arrived"), qint64(0));
    QCOMPARE(barrierValue(*arena, "state"), qint64(0));
    QCOMPARE(barrierValue(*arena, "count"), qint64(0));
    QCOMPARE(semValue(*arena, "condition lock"), qint64(1));

    test::verifyBarrierOrder(workers.run, rounds, parties);
}

// The workers do not report their arrival index, so this one runs the participants here, on
// threads of the test process, each with its own handles on the semaphores (sem_open per
// participant, as separate processes have): every round hands out exactly the indices
// 0 … parties-1, as Python's Barrier.wait() does.
void TestPosixFamily::arrivalIndicesArePermutations()
{
    constexpr int kParties = 4;
    constexpr int kRounds = 2000;
    auto arena = posixArena(kParties);
    QVERIFY(arena);
    const std::string key = arena->key().toStdString();
    std::vector<std::unique_ptr<ipc::Participant>> participants;
    for (int i = 0; i < kParties; ++i) {
        std::string error;
        participants.push_back(ipc::attachParticipant(key, &error));
        QVERIFY2(participants.back(), error.c_str());
    }
    std::vector<std::vector<int>> indices(kParties, std::vector<int>(kRounds, -2));
    std::vector<std::thread> threads;
    for (int t = 0; t < kParties; ++t) {
        threads.emplace_back([&, t] {
            for (int r = 0; r < kRounds; ++r)
                indices[size_t(t)][size_t(r)] = participants[size_t(t)]->barrierWait();
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    participants.clear();
    for (int r = 0; r < kRounds; ++r) {
        std::vector<int> round;
        for (int t = 0; t < kParties; ++t)
            round.push_back(indices[size_t(t)][size_t(r)]);
        std::sort(round.begin(), round.end());
        for (int i = 0; i < kParties; ++i) {
            if (round[size_t(i)] != i)
                QFAIL(qPrintable(QStringLiteral("round %1: indices %2 %3 %4 %5")
                                     .arg(r)
                                     .arg(round[0])
                                     .arg(round[1])
                                     .arg(round[2])
                                     .arg(round[3])));
        }
    }
    QCOMPARE(arena->generation(), quint64(kRounds));
}

// The last arriver exits right after its wait returned (a sem_post is not undone at exit, unlike
// the qt family's SEM_UNDO semaphores): the waiters it released must still pass. Many short runs,
// with the waiter asleep before the releaser arrives, and with several parties and rounds.
void TestPosixFamily::releaseThenExit()
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        auto arena = posixArena(2);
        QVERIFY(arena);
        Workers workers;
        const int waiter =
            workers.launch(QStringLiteral("barrier-wait"), waitArgs(arena->key(), 1));
        // Asleep in Condition.wait(): it said so on the sleeping semaphore.
        QTRY_COMPARE_WITH_TIMEOUT(semValue(*arena, "condition sleeping"), qint64(1), 30'000);
        const int releaser =
            workers.launch(QStringLiteral("barrier-wait"), waitArgs(arena->key(), 1));
        QVERIFY(workers.waitAll(30'000));
        QVERIFY2(workers.endedWith(releaser, 0), qPrintable(workers.describe(releaser)));
        QVERIFY2(workers.endedWith(waiter, 0), qPrintable(workers.describe(waiter)));
        QCOMPARE(arena->generation(), quint64(1));
    }
    for (int attempt = 0; attempt < 10; ++attempt) {
        auto arena = posixArena(4);
        QVERIFY(arena);
        Workers workers;
        for (int i = 0; i < 4; ++i)
            workers.launch(QStringLiteral("barrier-wait"), waitArgs(arena->key(), 3, false));
        QVERIFY(workers.waitAll(30'000));
        for (int i = 0; i < 4; ++i)
            QVERIFY2(workers.endedWith(i, 0), qPrintable(workers.describe(i)));
        QCOMPARE(arena->generation(), quint64(3));
    }
}

// SIGKILL the holder of a multiprocessing-style Lock: nothing gives the unit back (no SEM_UNDO, no
// owner), so the lock stays taken for ever and the next taker blocks for good; the test has to
// kill it. This is the deadlock Python's documentation warns about ("avoid terminating processes
// while they hold a lock").
void TestPosixFamily::killedHolderLeavesTheLockTakenForEver()
{
    auto arena = posixArena(1);
    QVERIFY(arena);
    Workers workers;
    const int holder =
        workers.launch(QStringLiteral("lock-hold"), {QStringLiteral("--key"), arena->key()});
    QTRY_VERIFY_WITH_TIMEOUT(workers.process(holder).open[int(SpanKind::LockHold)].open, 30'000);
    QVERIFY(arena->lockTaken());
    QCOMPARE(semValue(*arena, "lock"), qint64(0));
    QCOMPARE(semValue(*arena, "lock", "holder_pid"), workers.process(holder).pid);

    const int taker =
        workers.launch(QStringLiteral("lock-counter"), counterArgs(arena->key(), 100, true, false));
    // Ready means attached; the waiter count says it is blocked in sem_wait().
    QTRY_VERIFY_WITH_TIMEOUT(workers.process(taker).readyNs >= 0, 30'000);
    QTRY_COMPARE_WITH_TIMEOUT(semValue(*arena, "lock", "waiters"), qint64(1), 30'000);
    QVERIFY(workers.supervisor.sendSignal(holder, SIGKILL));
    QTRY_VERIFY_WITH_TIMEOUT(!isRunning(workers, holder), 30'000);
    QCOMPARE(workers.process(holder).exit.signal, SIGKILL);

    // A second for the taker to get in, if it could: it cannot.
    QTest::qWait(1000);
    QVERIFY2(isRunning(workers, taker), qPrintable(workers.describe(taker)));
    QVERIFY(arena->lockTaken());
    QCOMPARE(arena->counter().load(), qint64(0));
    QVERIFY(test::allSpans(workers.run, SpanKind::LockHold).size() == 1); // the dead holder's
    // The bookkeeping still names the dead holder: the lab's only clue who took the lock.
    QCOMPARE(semValue(*arena, "lock", "holder_pid"), workers.process(holder).pid);

    QVERIFY(workers.supervisor.sendSignal(taker, SIGKILL));
    QVERIFY(workers.waitAll(30'000));
    QCOMPARE(workers.process(taker).exit.signal, SIGKILL);
    QCOMPARE(arena->counter().load(), qint64(0));
    QVERIFY(arena->lockTaken()); // still: nobody will ever post it
    for (const IpcObjectState &object : arena->removeAndCheck())
        QVERIFY2(!object.exists, qPrintable(object.name));
}

// The inspector's "waiters" is glibc's own count in the sem_t (the high half of its first 64-bit
// word; the low half is the value). Checked here against sem_getvalue() on our own handle and
// against the number of takers really blocked; a taker killed while blocked is never subtracted.
void TestPosixFamily::waitersIsGlibcCountOfBlockedTakers()
{
    auto arena = posixArena(1);
    QVERIFY(arena);
    const std::string name = ipc::posixSemaphoreName(arena->key().toStdString(), "lock");
    sem_t *lock = ::sem_open(name.c_str(), 0);
    QVERIFY(lock != SEM_FAILED);
    const auto word = [lock] {
        return __atomic_load_n(reinterpret_cast<std::uint64_t *>(lock), __ATOMIC_SEQ_CST);
    };
    const auto checkLayout = [&](int expectedValue, int expectedWaiters) {
        int value = -1;
        QCOMPARE(::sem_getvalue(lock, &value), 0);
        QCOMPARE(value, expectedValue);
        QCOMPARE(qint64(word() & 0xffffffffu), qint64(value));
        QCOMPARE(qint64(word() >> 32), qint64(expectedWaiters));
        QCOMPARE(semValue(*arena, "lock", "waiters"), qint64(expectedWaiters));
    };
    checkLayout(1, 0);

    Workers workers;
    const int holder =
        workers.launch(QStringLiteral("lock-hold"), {QStringLiteral("--key"), arena->key()});
    QTRY_VERIFY_WITH_TIMEOUT(workers.process(holder).open[int(SpanKind::LockHold)].open, 30'000);
    checkLayout(0, 0);
    const int a =
        workers.launch(QStringLiteral("lock-counter"), counterArgs(arena->key(), 1, false, false));
    QTRY_COMPARE_WITH_TIMEOUT(semValue(*arena, "lock", "waiters"), qint64(1), 30'000);
    const int b =
        workers.launch(QStringLiteral("lock-counter"), counterArgs(arena->key(), 1, false, false));
    QTRY_COMPARE_WITH_TIMEOUT(semValue(*arena, "lock", "waiters"), qint64(2), 30'000);
    checkLayout(0, 2);

    // One post lets exactly one taker through: it increments and gives the unit back, which lets
    // the other through too; both leave and the count drops to 0 as they return from sem_wait().
    QCOMPARE(::sem_post(lock), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!isRunning(workers, a) && !isRunning(workers, b), 30'000);
    QVERIFY2(workers.endedWith(a, 0), qPrintable(workers.describe(a)));
    QVERIFY2(workers.endedWith(b, 0), qPrintable(workers.describe(b)));
    QCOMPARE(arena->counter().load(), qint64(2));
    checkLayout(1, 0);

    // Take the unit ourselves, block a taker, kill it: glibc's count keeps it.
    QCOMPARE(::sem_trywait(lock), 0);
    const int c =
        workers.launch(QStringLiteral("lock-counter"), counterArgs(arena->key(), 1, false, false));
    QTRY_COMPARE_WITH_TIMEOUT(semValue(*arena, "lock", "waiters"), qint64(1), 30'000);
    QVERIFY(workers.supervisor.sendSignal(c, SIGKILL));
    QVERIFY(workers.supervisor.sendSignal(holder, SIGKILL));
    QVERIFY(workers.waitAll(30'000));
    checkLayout(0, 1);
    ::sem_close(lock);
}

void TestPosixFamily::breakWakesEveryWaiter_data()
{
    QTest::addColumn<int>("parties");
    QTest::newRow("3 parties") << 3;
    QTest::newRow("16 parties") << 16;
}

// parties-1 participants asleep in the barrier's Condition.wait(); the lab breaks it without
// taking any lock: each wakes with Broken (exit 3) at once, and a later arrival gets Broken
// without waiting.
void TestPosixFamily::breakWakesEveryWaiter()
{
    QFETCH(int, parties);
    auto arena = posixArena(parties);
    QVERIFY(arena);
    Workers workers;
    for (int i = 0; i < parties - 1; ++i)
        workers.launch(QStringLiteral("barrier-wait"), waitArgs(arena->key(), 1));
    QTRY_COMPARE_WITH_TIMEOUT(semValue(*arena, "condition sleeping"), qint64(parties - 1), 60'000);
    QCOMPARE(barrierValue(*arena, "arrived"), qint64(parties - 1));
    QCOMPARE(barrierValue(*arena, "count"), qint64(parties - 1));
    QVERIFY(!arena->barrierBroken());

    QElapsedTimer timer;
    timer.start();
    arena->breakBarrier();
    const qint64 breakNs = timer.nsecsElapsed();
    QVERIFY(arena->barrierBroken());
    QCOMPARE(barrierValue(*arena, "state"), qint64(-2));
    QCOMPARE(barrierValue(*arena, "broken"), qint64(1));
    QVERIFY(workers.waitAll(30'000));
    const qint64 allOutMs = timer.elapsed();
    for (int i = 0; i < parties - 1; ++i)
        QVERIFY2(workers.endedWith(i, 3), qPrintable(workers.describe(i)));
    // Promptly: the exits are noticed within a few polls, not after any timeout.
    QVERIFY2(allOutMs < 5000, qPrintable(QStringLiteral("%1 ms").arg(allOutMs)));
    qInfo("break: %lld us in the lab, %lld ms until all %d waiters exited", breakNs / 1000,
          allOutMs, parties - 1);

    const int late = workers.launch(QStringLiteral("barrier-wait"), waitArgs(arena->key(), 1));
    QVERIFY(workers.waitAll(30'000));
    QVERIFY2(workers.endedWith(late, 3), qPrintable(workers.describe(late)));
    QCOMPARE(barrierValue(*arena, "state"), qint64(-2));
}

// A sleeper killed inside Condition.wait() said it went to sleep and never says it woke, so the
// last arriver's notify_all() waits for it for ever, holding the condition lock, and the other
// sleeper, woken, waits for that lock: the whole barrier hangs, as multiprocessing.Barrier does.
// Breaking from the lab posts the woken semaphore too: the notifier stops waiting and everyone
// alive leaves with Broken.
void TestPosixFamily::breakFreesANotifierStuckOnADeadSleeper()
{
    auto arena = posixArena(3);
    QVERIFY(arena);
    Workers workers;
    const int victim = workers.launch(QStringLiteral("barrier-wait"), waitArgs(arena->key(), 1));
    QTRY_COMPARE_WITH_TIMEOUT(semValue(*arena, "condition sleeping"), qint64(1), 30'000);
    const int sleeper = workers.launch(QStringLiteral("barrier-wait"), waitArgs(arena->key(), 1));
    QTRY_COMPARE_WITH_TIMEOUT(semValue(*arena, "condition sleeping"), qint64(2), 30'000);
    QVERIFY(workers.supervisor.sendSignal(victim, SIGKILL));
    QTRY_VERIFY_WITH_TIMEOUT(!isRunning(workers, victim), 30'000);

    const int last = workers.launch(QStringLiteral("barrier-wait"), waitArgs(arena->key(), 1));
    // The round completes (3 arrivals), but nobody gets out.
    QTRY_COMPARE_WITH_TIMEOUT(arena->generation(), quint64(1), 30'000);
    QTest::qWait(1000);
    QVERIFY2(isRunning(workers, sleeper), qPrintable(workers.describe(sleeper)));
    QVERIFY2(isRunning(workers, last), qPrintable(workers.describe(last)));
    QCOMPARE(semValue(*arena, "condition lock"), qint64(0)); // held by the stuck notifier

    QElapsedTimer timer;
    timer.start();
    arena->breakBarrier();
    QVERIFY(workers.waitAll(30'000));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(workers.endedWith(sleeper, 3), qPrintable(workers.describe(sleeper)));
    QVERIFY2(workers.endedWith(last, 3), qPrintable(workers.describe(last)));
}

// Breaking while the participants run rounds as fast as they can: wherever each one is (asleep
// in _wait() or _enter(), notifying, waiting for sleepers to wake, retaking the condition lock),
// all leave with Broken at once. Repeated at varied moments to meet the races between the lab's
// posts and a notifier re-zeroing the wait semaphore.
void TestPosixFamily::breakDuringBusyRounds()
{
    constexpr int kParties = 4;
    for (int attempt = 0; attempt < 12; ++attempt) {
        auto arena = posixArena(kParties);
        QVERIFY(arena);
        Workers workers;
        for (int i = 0; i < kParties; ++i)
            workers.launch(QStringLiteral("barrier-wait"),
                           waitArgs(arena->key(), 100'000'000, false));
        QTRY_VERIFY_WITH_TIMEOUT(arena->generation() > 0, 30'000);
        QTest::qWait(5 * attempt);
        QElapsedTimer timer;
        timer.start();
        arena->breakBarrier();
        QVERIFY(workers.waitAll(30'000));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        for (int i = 0; i < kParties; ++i)
            QVERIFY2(workers.endedWith(i, 3), qPrintable(workers.describe(i)));
    }
}

// Named semaphores outlive their processes: those of a dead lab (by the pid in the name) go,
// those of a live run stay; the stale-object cleaner and the owner clean-up both do it.
void TestPosixFamily::staleSemaphoresOfDeadLabsAreRemoved()
{
    const qint64 dead = deadPid();
    QVERIFY(ipc::processStartTicks(dead) == 0);
    const std::string deadKey = ipc::makeRunKey(dead, 0xdeadbeef); // as that lab, here, made it
    const std::string a = ipc::posixSemaphoreName(deadKey, "lock");
    const std::string b = ipc::posixSemaphoreName(deadKey, "cond-wait");
    QVERIFY(createSemaphore(a));
    QVERIFY(createSemaphore(b));
    QCOMPARE(semaphoreFilesOf(dead).size(), 2);
    auto live = posixArena(2);
    QVERIFY(live);
    const qint64 self = QCoreApplication::applicationPid();
    QCOMPARE(semaphoreFilesOf(self).size(), 5);

    QStringList removed;
    const int count = removePosixSemaphoresOf(
        [](const ipc::RunKeyOrigin &maker) { return ipc::processStartTicks(maker.pid) == 0; },
        &removed);
    QVERIFY2(count >= 2, qPrintable(removed.join(QLatin1String(", "))));
    QVERIFY(semaphoreFilesOf(dead).isEmpty());
    QVERIFY2(removed.join(QLatin1Char(' ')).contains(QString::fromStdString(a.substr(1))),
             qPrintable(removed.join(QLatin1String(", "))));
    QCOMPARE(semaphoreFilesOf(self).size(), 5); // the live run's are untouched
    QVERIFY(!removed.join(QLatin1Char(' ')).contains(QStringLiteral("proclab-%1-").arg(self)));

    // The same through the stale-object cleaner every run calls first.
    QVERIFY(createSemaphore(a));
    removed.clear();
    QVERIFY(removeStaleIpcObjects(&removed) >= 1);
    QVERIFY2(semaphoreFilesOf(dead).isEmpty(), qPrintable(removed.join(QLatin1String(", "))));
    QCOMPARE(semaphoreFilesOf(self).size(), 5);

    // The live lab's own, by owner pid (what a lab that exits at once uses), and nobody else's.
    QVERIFY(createSemaphore(a));
    removed.clear();
    QCOMPARE(removePosixSemaphoresOf(
                 [self](const ipc::RunKeyOrigin &maker) { return maker.pid == self; }, &removed),
             5);
    QVERIFY(semaphoreFilesOf(self).isEmpty());
    QCOMPARE(semaphoreFilesOf(dead).size(), 1);
    ::sem_unlink(a.c_str());
    // The arena's own removal copes with semaphores already unlinked.
    for (const IpcObjectState &object : live->removeAndCheck())
        QVERIFY2(!object.exists, qPrintable(object.name));
}

// Not timing assertions: contended lock/unlock pairs per second between 2 processes, and the time
// per barrier round of 2 processes (compare Python's multiprocessing.Lock and Barrier, which are
// built the same way).
void TestPosixFamily::throughput()
{
    constexpr int kPairs = 200'000;
    {
        auto arena = posixArena(2);
        QVERIFY(arena);
        Workers workers;
        for (int i = 0; i < 2; ++i)
            workers.launch(QStringLiteral("lock-counter"),
                           counterArgs(arena->key(), kPairs, false, true));
        QVERIFY(workers.waitAll(120'000));
        QCOMPARE(arena->counter().load(), qint64(2) * kPairs);
        const std::vector<Span> work = test::allSpans(workers.run, SpanKind::Work);
        QCOMPARE(work.size(), size_t(2));
        const qint64 ns = std::max(work[0].endNs, work[1].endNs) - work[0].beginNs;
        qInfo("posix contended lock: %.0f acquire/release pairs per second (2 processes)",
              2.0 * kPairs / (double(ns) / 1e9));
    }
    constexpr int kRounds = 20'000;
    {
        auto arena = posixArena(2);
        QVERIFY(arena);
        Workers workers;
        for (int i = 0; i < 2; ++i)
            workers.launch(QStringLiteral("barrier-wait"), waitArgs(arena->key(), kRounds, false));
        QVERIFY(workers.waitAll(120'000));
        QVERIFY2(workers.endedWith(0, 0) && workers.endedWith(1, 0),
                 qPrintable(workers.describe(0)));
        const std::vector<Span> work = test::allSpans(workers.run, SpanKind::Work);
        QCOMPARE(work.size(), size_t(2));
        const qint64 ns = std::min(work[0].endNs, work[1].endNs) - work[1].beginNs;
        qInfo("posix barrier of 2 processes: %.2f us per round", double(ns) / kRounds / 1000.0);
    }
}

QTEST_GUILESS_MAIN(TestPosixFamily)
#include "tst_posixfamily.moc"
