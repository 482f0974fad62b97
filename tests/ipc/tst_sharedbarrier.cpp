// SPDX-License-Identifier: MIT
// SharedBarrier across real processes: ordering over many rounds, abort and reset, and the
// SEM_UNDO release-then-exit case that loses wake-ups with System V semaphores.
#include "arenas.h"
#include "ipckeys.h"
#include "ipctestutils.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QSystemSemaphore>
#include <QTest>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstddef>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <poll.h>
#include <sys/ipc.h>
#include <sys/prctl.h>
#include <sys/sem.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

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
    void resetRacingArrivalsReleasesWholeRoundsOnly();
    void abortRacingTheLastArrivalHasOneOutcome();
    void lastArrivalIsTheRoundsLatest();
    void refusedFutexIsReportedNotSpunOn();
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

// reset() racing arrivals, the same futex code on threads (the race is between reading the round
// and counting oneself in, a few instructions wide; threads hit it within seconds, processes
// launched one by one would not). Two parties wait over and over while a third thread resets the
// barrier over and over. Every round that completes must release both parties, and only rounds
// that complete may release anyone: each party's successful waits equal the generation counter.
// It failed before the count carried its epoch: a waiter that had read the round before a
// reset() was counted into the round after it, returned "broken", and that phantom arrival let the
// other party through the next round alone (one party's successes ran ahead of the other's); and a
// waiter whose round had completed returned "broken" if a reset() followed before it looked.
void TestSharedBarrier::resetRacingArrivalsReleasesWholeRoundsOnly()
{
    constexpr int kWaits = 20'000;
    SharedBarrierState state;
    SharedBarrier::initialize(&state, 2);
    std::atomic<int> running{2};
    long long passed[2] = {0, 0};
    const auto party = [&](int me) {
        SharedBarrier barrier(&state);
        for (int i = 0; i < kWaits; ++i) {
            if (barrier.wait() != SharedBarrier::Broken)
                ++passed[me];
        }
        running.fetch_sub(1);
    };
    std::thread a(party, 0);
    std::thread b(party, 1);
    // Resets until both are done: a party left waiting for one that has finished is freed by it.
    // After every burst of resets it stands back until a round completes (or a party is done), so
    // that rounds complete amid the resets however the scheduler places the three threads: a
    // resetter that never paused let no round through on a loaded 2-core CI machine.
    SharedBarrier resetter(&state);
    bool stalled = false; // a pause in which no round completed: stop pausing, fail below
    for (unsigned spin = 0; running.load() > 0; ++spin) {
        resetter.reset();
        for (unsigned k = 0; k < (spin % 64) * 16; ++k)
            std::atomic_signal_fence(std::memory_order_seq_cst);
        if (spin % 1024 == 1023 && !stalled) {
            const quint32 round = resetter.generation();
            const QDeadlineTimer patience(2'000);
            while (running.load() == 2 && resetter.generation() == round && !patience.hasExpired())
                std::this_thread::yield();
            stalled = running.load() == 2 && resetter.generation() == round;
        }
    }
    a.join();
    b.join();
    qInfo("passed %lld and %lld of %d waits; %u rounds completed", passed[0], passed[1], kWaits,
          unsigned(resetter.generation()));
    QVERIFY2(!stalled, "two parties left alone for 2 s completed no round");
    QVERIFY(passed[0] > 0);
    QCOMPARE(passed[0], passed[1]);
    QCOMPARE(quint32(passed[0]) & 0xffffu, resetter.generation());
    QCOMPARE(resetter.nWaiting(), 0);
}

// arrive(true)/await(): in every round exactly one arrival completed it (Arrival::last, which the
// worker reports as the cause of the others' waits), and its stamp is the round's latest: every
// other party's arrival was stamped no later, and each of them was released by that round.
void TestSharedBarrier::lastArrivalIsTheRoundsLatest()
{
    constexpr int kParties = 3;
    constexpr int kRounds = 3000;
    SharedBarrierState state;
    SharedBarrier::initialize(&state, kParties);
    struct Seen
    {
        long long ns = 0;
        bool last = false;
        int index = SharedBarrier::Broken;
    };
    std::vector<std::vector<Seen>> seen(kParties, std::vector<Seen>(kRounds));
    const auto party = [&](int me) {
        SharedBarrier barrier(&state);
        for (int round = 0; round < kRounds; ++round) {
            Seen &mine = seen[size_t(me)][size_t(round)];
            const SharedBarrier::Arrival arrival = barrier.arrive(true);
            mine.ns = arrival.ns;
            mine.last = arrival.last;
            mine.index = barrier.await(arrival);
        }
    };
    std::vector<std::thread> threads;
    for (int me = 0; me < kParties; ++me)
        threads.emplace_back(party, me);
    for (std::thread &t : threads)
        t.join();
    for (int round = 0; round < kRounds; ++round) {
        int last = -1;
        for (int me = 0; me < kParties; ++me) {
            QVERIFY(seen[size_t(me)][size_t(round)].index != SharedBarrier::Broken);
            if (seen[size_t(me)][size_t(round)].last) {
                QCOMPARE(last, -1);
                last = me;
            }
        }
        QVERIFY2(last >= 0, qPrintable(QStringLiteral("round %1 has no last arrival").arg(round)));
        const Seen &completer = seen[size_t(last)][size_t(round)];
        QCOMPARE(completer.index, kParties - 1);
        for (int me = 0; me < kParties; ++me) {
            const Seen &mine = seen[size_t(me)][size_t(round)];
            QVERIFY2(mine.ns <= completer.ns,
                     qPrintable(QStringLiteral("round %1: P%2 arrived after the last, P%3")
                                    .arg(round)
                                    .arg(me)
                                    .arg(last)));
        }
    }
}

// abort() racing the last arrival: either the round completed (everyone passes) or it did not
// (everyone is told "broken"), never a mix. Many trials of three parties and an abort() at a
// moment that moves through the arrivals. Holds by design (the last arriver publishes the round
// only if the barrier is not broken, and a waiter whose round was published passes even if the
// barrier broke right after); it fails if a waiter takes "broken" over "completed".
void TestSharedBarrier::abortRacingTheLastArrivalHasOneOutcome()
{
    constexpr int kTrials = 2000;
    int mixed = 0;
    int completed = 0;
    for (int trial = 0; trial < kTrials; ++trial) {
        SharedBarrierState state;
        SharedBarrier::initialize(&state, 3);
        std::atomic<int> outcomes[3];
        std::atomic<bool> last{false};
        const auto party = [&](int me) {
            // Yields rather than spins: on one free CPU a spinning party held it for a whole time
            // slice per trial before the main thread could let it go.
            if (me == 2) {
                while (!last.load())
                    std::this_thread::yield();
            }
            outcomes[me].store(SharedBarrier(&state).wait());
        };
        std::thread threads[3] = {std::thread(party, 0), std::thread(party, 1),
                                  std::thread(party, 2)};
        // Two wait; the third is let go and the abort follows after a delay that grows with the
        // trial, from before its arrival to after it.
        SharedBarrier observer(&state);
        while (observer.nWaiting() < 2)
            std::this_thread::yield();
        last.store(true);
        for (int k = 0; k < (trial % 100) * 4; ++k)
            futex::cpuRelax();
        observer.abort();
        for (std::thread &t : threads)
            t.join();
        int broken = 0;
        for (const auto &o : outcomes)
            broken += o.load() == SharedBarrier::Broken ? 1 : 0;
        mixed += broken != 0 && broken != 3 ? 1 : 0;
        completed += broken == 0 ? 1 : 0;
    }
    qInfo("%d of %d trials completed the round before the abort, %d mixed", completed, kTrials,
          mixed);
    QCOMPARE(mixed, 0);
}

// A kernel that refuses futex() (ENOSYS: a seccomp filter, an emulator): the futex family says so
// when a participant attaches (futex::available()), and a barrier wait that cannot sleep returns
// broken instead of spinning a core for ever. In a child process with a seccomp filter that
// answers every futex call with ENOSYS, one of two parties waits: before, wait() never returned
// (every FUTEX_WAIT failed at once and the loop went round again).
void TestSharedBarrier::refusedFutexIsReportedNotSpunOn()
{
    int result[2];
    QCOMPARE(::pipe(result), 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        sock_filter filter[] = {
            BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, nr)),
            BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_futex, 0, 1),
            BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (ENOSYS & SECCOMP_RET_DATA)),
            BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        };
        sock_fprog program{static_cast<unsigned short>(std::size(filter)), filter};
        char answer = 'x'; // the filter could not be installed
        if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0 &&
            ::prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &program) == 0) {
            SharedBarrierState state;
            SharedBarrier::initialize(&state, 2);
            answer = futex::available() ? 'a' : 'n';
            if (answer == 'n')
                answer = SharedBarrier(&state).wait() == SharedBarrier::Broken ? 'b' : 'p';
        }
        (void)!::write(result[1], &answer, 1);
        ::_exit(0);
    }
    ::close(result[1]);
    pollfd ready{result[0], POLLIN, 0};
    const bool answered = ::poll(&ready, 1, 10'000) == 1;
    char answer = 0;
    if (answered && ::read(result[0], &answer, 1) != 1)
        answer = 0;
    ::close(result[0]);
    if (!answered)
        ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    if (answer == 'x')
        QSKIP("seccomp filters are not allowed here");
    QVERIFY2(answered, "wait() never returned: it spun on a futex the kernel refuses");
    QCOMPARE(answer, 'b');
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
