// SPDX-License-Identifier: MIT
// Coordination roles: barrier participants, pool workers, and small probes the tests and benchmarks
// use to exercise the shared lock and barrier from real processes. Every role attaches to objects
// the engine (or a test) created; none creates IPC objects of its own.
#include "arenas.h"
#include "clock.h"
#include "eventwriter.h"
#include "roles.h"
#include "workload.h"

#include <QSystemSemaphore>
#include <climits>
#include <random>
#include <unistd.h>

namespace proclab {
namespace {

constexpr qint64 kMaxItems = 2'000'000'000;
constexpr qint64 kMaxCount = 1'000'000'000;
// Exit codes the engine reads: 3 = the barrier was broken (Python's BrokenBarrierError),
// 4 = the shared objects could not be used.
constexpr int kExitBroken = 3;
constexpr int kExitIpc = 4;

int processIdOption(const WorkerOptions &options)
{
    return int(options.integer(QStringLiteral("id"), 0, 1'000'000));
}

QString keyOption(const WorkerOptions &options)
{
    const QString key = options.text(QStringLiteral("key"));
    if (key.isEmpty())
        usageError(QStringLiteral("--key is required"));
    return key;
}

int failIpc(EventWriter &events, const QString &error)
{
    events.note(error);
    events.exit(kExitIpc);
    return kExitIpc;
}

// The tutorial's "uneven work": each round every participant draws its own amount, reproducibly
// from --seed, between half and one and a half times the workload.
qint64 unevenItems(quint64 seed, int id, int round, qint64 workload)
{
    std::mt19937_64 draw(seed * 1'000'003u + quint64(id) * 7919u + quint64(round));
    return std::uniform_int_distribution<qint64>(workload / 2, workload + workload / 2)(draw);
}

int roleBarrier(const WorkerOptions &options)
{
    const int id = processIdOption(options);
    const QString key = keyOption(options);
    const int rounds = int(options.integer(QStringLiteral("rounds"), 1, 1'000'000));
    const qint64 workload = options.integer(QStringLiteral("workload"), 0, kMaxItems);
    const quint64 seed = quint64(options.integer(QStringLiteral("seed"), 0, INT_MAX, 1));
    rejectUnreadOptions(options);
    EventWriter events(id);
    QString error;
    const auto arena = CoordinationArena::attach(key, &error);
    events.ready();
    if (!arena)
        return failIpc(events, error);
    SharedBarrier barrier = arena->barrier();
    SharedLock lock = arena->lock();
    std::mt19937_64 random(seed ^ (quint64(id) << 32));
    qint64 produced = 0;
    for (int round = 0; round < rounds; ++round) {
        events.begin(SpanKind::Work, round);
        produced += qint64(doSomething(unevenItems(seed, id, round, workload), random).size());
        events.end(SpanKind::Work, round);

        events.begin(SpanKind::BarrierWait, round);
        const int index = barrier.wait();
        events.end(SpanKind::BarrierWait, round);
        if (index == SharedBarrier::Broken) {
            events.note(QStringLiteral("barrier broken in round %1").arg(round));
            events.output(produced);
            events.exit(kExitBroken);
            return kExitBroken;
        }

        events.begin(SpanKind::LockWait, round);
        const SharedLock::Result got = lock.lock();
        events.end(SpanKind::LockWait, round);
        if (got == SharedLock::Result::Failed)
            return failIpc(events, QStringLiteral("the shared lock is unusable"));
        events.begin(SpanKind::LockHold, round);
        // The critical section: the tutorial prints a line; we count and timestamp.
        arena->counter().store(arena->counter().load(std::memory_order_relaxed) + 1,
                               std::memory_order_relaxed);
        events.end(SpanKind::LockHold, round);
        lock.unlock();
        if (got == SharedLock::Result::PreviousOwnerDied)
            events.note(QStringLiteral("took over the lock from a holder that died"));
    }
    events.output(produced);
    events.exit(0);
    return 0;
}

int rolePool(const WorkerOptions &options)
{
    const int id = processIdOption(options);
    const QString key = keyOption(options);
    const qint64 workload = options.integer(QStringLiteral("workload"), 0, kMaxItems, 0);
    rejectUnreadOptions(options);
    EventWriter events(id);
    QString error;
    const auto arena = PoolArena::attach(key, &error);
    events.ready();
    if (!arena)
        return failIpc(events, error);
    PoolQueue &queue = arena->queue();
    std::mt19937_64 random(std::random_device{}() ^ (quint64(id) << 32));
    qint64 begin = 0;
    qint64 end = 0;
    qint64 done = 0;
    while (queue.takeChunk(&begin, &end)) {
        // One chunk's events go out in as few writes as possible: the spans are timestamped as
        // they happen, only their delivery is batched.
        events.hold();
        for (qint64 task = begin; task < end; ++task) {
            events.begin(SpanKind::Task, -1, int(task));
            if (workload > 0)
                doSomething(workload, random);
            queue.complete(task, square(task), id);
            events.end(SpanKind::Task, -1, int(task));
        }
        events.release();
        done += end - begin;
    }
    events.output(done);
    events.exit(0);
    return 0;
}

// Test probe: `count` increments of the shared counter under the lock, each a lock_hold span.
int roleLockCounter(const WorkerOptions &options)
{
    const int id = processIdOption(options);
    const QString key = keyOption(options);
    const qint64 count = options.integer(QStringLiteral("count"), 0, kMaxCount);
    const bool spans = options.integer(QStringLiteral("spans"), 0, 1, 1) != 0;
    const bool sync = options.integer(QStringLiteral("sync"), 0, 1, 0) != 0;
    rejectUnreadOptions(options);
    EventWriter events(id);
    QString error;
    const auto arena = CoordinationArena::attach(key, &error);
    events.ready();
    if (!arena)
        return failIpc(events, error);
    SharedLock lock = arena->lock();
    std::atomic<qint64> &counter = arena->counter();
    bool recovered = false;
    // --sync 1: start together (the barrier's parties are the counters), so they really contend.
    if (sync && arena->barrier().wait() == SharedBarrier::Broken)
        return failIpc(events, QStringLiteral("barrier broken before the start"));
    events.hold();
    events.begin(SpanKind::Work);
    for (qint64 i = 0; i < count; ++i) {
        const SharedLock::Result got = lock.lock();
        if (got == SharedLock::Result::Failed)
            return failIpc(events, QStringLiteral("the shared lock is unusable"));
        recovered = recovered || got == SharedLock::Result::PreviousOwnerDied;
        if (spans)
            events.begin(SpanKind::LockHold, int(i));
        // Deliberately not an atomic increment: only the lock keeps the updates from being lost.
        counter.store(counter.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
        if (spans)
            events.end(SpanKind::LockHold, int(i));
        lock.unlock();
    }
    events.end(SpanKind::Work);
    events.release();
    if (recovered)
        events.note(QStringLiteral("took over the lock from a holder that died"));
    events.output(count);
    events.exit(0);
    return 0;
}

// Test probe: takes the lock and keeps it until killed.
int roleLockHold(const WorkerOptions &options)
{
    const int id = processIdOption(options);
    const QString key = keyOption(options);
    rejectUnreadOptions(options);
    EventWriter events(id);
    QString error;
    const auto arena = CoordinationArena::attach(key, &error);
    events.ready();
    if (!arena)
        return failIpc(events, error);
    SharedLock lock = arena->lock();
    lock.lock();
    events.begin(SpanKind::LockHold);
    for (;;)
        ::pause();
}

// Test probe: `rounds` barrier waits with nothing in between. Exit 0 when every round passed,
// 3 when the barrier broke. The last arriver exits right after its wait returns, which is the
// release-then-exit case that loses wake-ups with SEM_UNDO semaphores.
int roleBarrierWait(const WorkerOptions &options)
{
    const int id = processIdOption(options);
    const QString key = keyOption(options);
    const int rounds = int(options.integer(QStringLiteral("rounds"), 1, 100'000'000, 1));
    const bool spans = options.integer(QStringLiteral("spans"), 0, 1, 1) != 0;
    rejectUnreadOptions(options);
    EventWriter events(id);
    QString error;
    const auto arena = CoordinationArena::attach(key, &error);
    events.ready();
    if (!arena)
        return failIpc(events, error);
    SharedBarrier barrier = arena->barrier();
    events.hold();
    events.begin(SpanKind::Work);
    for (int round = 0; round < rounds; ++round) {
        if (spans)
            events.begin(SpanKind::BarrierWait, round);
        const int index = barrier.wait();
        if (spans)
            events.end(SpanKind::BarrierWait, round);
        if (index == SharedBarrier::Broken) {
            events.release();
            events.note(QStringLiteral("barrier broken in round %1").arg(round));
            events.exit(kExitBroken);
            return kExitBroken;
        }
    }
    events.end(SpanKind::Work);
    events.release();
    events.exit(0);
    return 0;
}

// Test probe: releases a QSystemSemaphore `count` times and exits at once, reporting how many
// releases succeeded. Shows SEM_UNDO's effects: the releases vanish when the process exits, and
// the undo counter stops a release-only process at 32767.
int roleSemRelease(const WorkerOptions &options)
{
    const int id = processIdOption(options);
    const QString key = keyOption(options);
    const qint64 count = options.integer(QStringLiteral("count"), 1, kMaxCount);
    rejectUnreadOptions(options);
    EventWriter events(id);
    QSystemSemaphore semaphore(key, 0, QSystemSemaphore::Open);
    events.ready();
    qint64 released = 0;
    QString failure;
    for (; released < count; ++released) {
        if (!semaphore.release()) {
            failure = semaphore.errorString();
            break;
        }
    }
    events.output(released);
    events.note(QStringLiteral("released %1 of %2 %3").arg(released).arg(count).arg(failure));
    events.exit(0);
    return 0;
}

} // namespace

std::vector<RoleEntry> ipcRoles()
{
    return {
        {"barrier", roleBarrier,
         "Barrier & Lock participant: --key K --rounds R --workload N [--seed S]"},
        {"pool", rolePool, "pool worker: --key K [--workload N] (squares the shared task queue)"},
        {"lock-counter", roleLockCounter,
         "test: --key K --count N [--spans 0|1] [--sync 0|1] increments under the lock"},
        {"lock-hold", roleLockHold, "test: --key K takes the lock and holds it until killed"},
        {"barrier-wait", roleBarrierWait,
         "test: --key K [--rounds R] [--spans 0|1] waits at the barrier"},
        {"sem-release", roleSemRelease,
         "test: --key K --count N releases a QSystemSemaphore and exits"},
    };
}

} // namespace proclab
