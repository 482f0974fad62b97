// SPDX-License-Identifier: MIT
// Coordination roles: barrier participants, pool workers, and small probes the tests and benchmarks
// use to exercise the shared lock and barrier from real processes. Every role attaches to objects
// the engine (or a test) created; none creates IPC objects of its own.
#include "clock.h"
#include "eventwriter.h"
#include "participant.h"
#include "poolqueue.h"
#include "roles.h"
#include "segmentattach.h"
#include "workload.h"

#include <algorithm>
#include <atomic>
#include <climits>
#include <memory>
#include <random>
#include <sched.h>
#include <string>
#include <unistd.h>
#include <vector>

namespace proclab {
namespace {

constexpr long long kMaxItems = 2'000'000'000;
constexpr long long kMaxCount = 1'000'000'000;
// Pool tasks timed before their spans are reported: 128 KiB of times.
constexpr long long kTaskBlock = 8192;
// Exit codes the engine reads: 3 = the barrier was broken (Python's BrokenBarrierError) or the
// pool was (its queue cancelled by the lab), 4 = the shared objects could not be used.
constexpr int kExitBroken = 3;
constexpr int kExitIpc = 4;

// The Barrier & Lock roles attach through ipc::attachParticipant(), which makes the participant of
// the family the lab chose (the segment says which). The pool's queue is the same in every run.
class AttachedPool
{
public:
    static std::unique_ptr<AttachedPool> attach(const std::string &key, std::string *error)
    {
        auto segment = ipc::SegmentAttachment::attach(key, error);
        if (!segment)
            return nullptr;
        std::unique_ptr<AttachedPool> pool(new AttachedPool(std::move(segment)));
        if (!pool->m_queue.valid()) {
            *error = "the shared memory " + key + " does not hold a task queue";
            return nullptr;
        }
        return pool;
    }
    PoolQueue &queue() { return m_queue; }

private:
    explicit AttachedPool(std::unique_ptr<ipc::SegmentAttachment> segment)
        : m_segment(std::move(segment))
        , m_queue(m_segment->payload(), m_segment->payloadSize())
    {
    }
    std::unique_ptr<ipc::SegmentAttachment> m_segment;
    PoolQueue m_queue;
};

int processIdOption(const WorkerOptions &options)
{
    return int(options.integer("id", 0, 1'000'000));
}

std::string keyOption(const WorkerOptions &options)
{
    const std::string key = options.text("key");
    if (key.empty())
        usageError("--key is required");
    return key;
}

int failIpc(EventWriter &events, const std::string &error)
{
    events.note(error);
    events.exit(kExitIpc);
    return kExitIpc;
}

using ipc::Participant;

// Each wait says what ended it: the last arriver and the releaser write who they are on the run's
// cause board, the waiter reports it on waking (ipc/causeboard.h). `--causes 0` leaves the board
// alone, for measuring what recording costs.
bool causesOption(const WorkerOptions &options)
{
    return options.integer("causes", 0, 1, 1) != 0;
}

// One barrier wait as a barrier_wait span (when `spans`), beginning at the arrival its family
// counted. The arrival that completes the round says so on its begin line (`last`): that is the
// cause of every other party's wait in the round, which the engine attaches to them. The waiters
// report nothing more: a line per waiter and round cost the futex barrier a third of its round.
int waitAtBarrier(EventWriter &events, Participant &participant, int round, bool spans, bool causes)
{
    if (!causes) {
        if (spans)
            events.begin(SpanKind::BarrierWait, round);
        const int index = participant.barrierWait();
        if (spans)
            events.end(SpanKind::BarrierWait, round);
        return index;
    }
    const ipc::BarrierArrival arrival = participant.arrive();
    if (spans)
        events.beginAt(arrival.ns, SpanKind::BarrierWait, round, arrival.last);
    const int index = participant.awaitRound(arrival);
    if (spans)
        events.end(SpanKind::BarrierWait, round);
    return index;
}

// Takes the lock, as a lock_wait span (when `spans`) whose cause is the holder it queued behind.
Participant::LockResult takeLock(EventWriter &events, Participant &participant, int round,
                                 bool spans, bool causes)
{
    long long waitBegin = 0;
    if (spans) {
        events.begin(SpanKind::LockWait, round);
        waitBegin = events.lastStampNs();
    } else if (causes) {
        waitBegin = monotonicNowNs();
    }
    const Participant::LockResult got = participant.lock();
    if (got != Participant::LockResult::Failed)
        events.enterCriticalSection();
    if (!causes || got == Participant::LockResult::Failed) {
        if (spans)
            events.end(SpanKind::LockWait, round);
        return got;
    }
    // The cause goes on the wait's end line: a line of its own per contended acquisition made
    // recording causes cost the posix lock 10-17% of its hand-offs.
    const long long acquired = spans ? events.now() : monotonicNowNs();
    const ipc::BoardCause cause =
        ipc::takeLock(participant.lockRecord(), events.processId(), waitBegin, acquired);
    if (spans)
        events.endCaused(acquired, SpanKind::LockWait, round, cause.event, cause.process, cause.ns);
    return got;
}

// The critical section of the barrier and lock-counter roles, run while holding the shared lock:
// a lock_hold span (when `spans`) around an increment that is deliberately not atomic, so that
// only the lock keeps updates from being lost; then the release, after saying so on the board.
// `holdNs`: the section lasts at least that long (spinning on the clock), as one with real work
// in it would, so that the other processes queue for the lock.
void incrementHeldCounterAndUnlock(EventWriter &events, Participant &participant, int round,
                                   bool spans, bool causes, long long holdNs = 0)
{
    std::atomic<long long> &counter = participant.counter();
    if (spans)
        events.begin(SpanKind::LockHold, round);
    // Counted as the section begins, so that a process waiting for its turn (lock-counter
    // --alternate) sees it and queues for the lock while the section lasts.
    counter.store(counter.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
    if (holdNs > 0) {
        const long long until = monotonicNowNs() + holdNs;
        while (monotonicNowNs() < until) {
        }
    }
    if (spans)
        events.end(SpanKind::LockHold, round);
    if (causes)
        ipc::releaseLock(participant.lockRecord(), events.processId(),
                         spans ? events.lastStampNs() : monotonicNowNs());
    participant.unlock();
    events.leaveCriticalSection();
}

// A normal end: the qt family holds participants at its exit gate until every one has passed its
// last barrier (Participant::leave()); a barrier that breaks meanwhile ends the run as broken.
int leaveAndExit(EventWriter &events, Participant &participant, long long produced)
{
    events.output(produced);
    const bool gated = participant.usesExitGate();
    const long long gateBegin = monotonicNowNs();
    const bool left = participant.leave();
    if (gated) {
        events.note("held at the exit gate for " +
                    std::to_string((monotonicNowNs() - gateBegin) / 1000) +
                    " µs, until every participant had passed the last barrier (SEM_UNDO would "
                    "take back releases the others still needed)");
    }
    if (!left) {
        events.note("the barrier was broken at the exit gate");
        events.exit(kExitBroken);
        return kExitBroken;
    }
    events.exit(0);
    return 0;
}

int roleBarrier(const WorkerOptions &options)
{
    const int id = processIdOption(options);
    const std::string key = keyOption(options);
    const int rounds = int(options.integer("rounds", 1, 1'000'000));
    const long long workload = options.integer("workload", 0, kMaxItems);
    const unsigned long long seed =
        static_cast<unsigned long long>(options.integer("seed", 0, INT_MAX, 1));
    // Fault injection: in this round, take the lock before the barrier and stay inside the
    // critical section until killed, so that a test (or a learner) can kill a lock holder exactly
    // there, with the others waiting for the lock, instead of hoping a timer hits it.
    const long long parkRound = options.integer("park-holding-lock", -1, 1'000'000, -1);
    // Fault injection: in this round, stay in the work (asleep, not stopped: a hung participant)
    // until the barrier is broken, so that the others wait at the barrier for as long as a test
    // needs them there.
    const long long parkWorkRound = options.integer("park-in-work", -1, 1'000'000, -1);
    // Break it: leave the moment the last barrier is passed, without the last critical section:
    // the release that completed the last round may be the process's very last act.
    const bool exitAfterLastBarrier = options.integer("exit-after-last-barrier", 0, 1, 0) != 0;
    const bool causes = causesOption(options);
    rejectUnreadOptions(options);
    EventWriter events(id);
    std::string error;
    const auto participant = ipc::attachParticipant(key, &error);
    events.ready();
    if (!participant)
        return failIpc(events, error);
    std::mt19937_64 random(seed ^ (static_cast<unsigned long long>(id) << 32));
    long long produced = 0;
    for (int round = 0; round < rounds; ++round) {
        events.begin(SpanKind::Work, round);
        if (round == parkWorkRound) {
            events.note("parked in its work in round " + std::to_string(round) +
                        " until the barrier is broken");
            while (!participant->barrierBroken())
                ::usleep(10'000);
        }
        produced += static_cast<long long>(
            doSomething(unevenItems(seed, id, round, workload), random).size());
        events.end(SpanKind::Work, round);
        if (round == parkRound) {
            // Take the lock before the barrier and keep it: once the round completes, every other
            // participant queues for it, so a holder that dies has someone waiting for the lock,
            // whichever order the barrier releases them in. Not before everyone has had the lock
            // in the previous round (the counter says so): one still on its way to that critical
            // section would wait for the lock while this process waits for it at the barrier.
            const long long before = static_cast<long long>(participant->parties()) * round;
            while (participant->counter().load(std::memory_order_acquire) < before &&
                   !participant->barrierBroken())
                ::usleep(200);
            const Participant::LockResult got = takeLock(events, *participant, round, true, causes);
            if (got == Participant::LockResult::Failed)
                return failIpc(events, "the shared lock is unusable");
            events.begin(SpanKind::LockHold, round);
            const int index = waitAtBarrier(events, *participant, round, true, causes);
            events.note("parked holding the lock in round " + std::to_string(round) +
                        (index == Participant::Broken ? " (the barrier broke)" : ""));
            for (;;)
                ::pause();
        }

        const int index = waitAtBarrier(events, *participant, round, true, causes);
        if (index == Participant::Broken) {
            events.note("barrier broken in round " + std::to_string(round));
            events.output(produced);
            events.exit(kExitBroken);
            return kExitBroken;
        }
        if (exitAfterLastBarrier && round == rounds - 1)
            break;

        const Participant::LockResult got = takeLock(events, *participant, round, true, causes);
        if (got == Participant::LockResult::Failed)
            return failIpc(events, "the shared lock is unusable");
        if (got == Participant::LockResult::PreviousOwnerDied)
            events.lockOwnerDied();
        // The tutorial prints a line in its critical section; we count and timestamp.
        incrementHeldCounterAndUnlock(events, *participant, round, true, causes);
    }
    return leaveAndExit(events, *participant, produced);
}

int rolePool(const WorkerOptions &options)
{
    const int id = processIdOption(options);
    const std::string key = keyOption(options);
    const long long workload = options.integer("workload", 0, kMaxItems, 0);
    // Fault injection: right after this worker's K-th task, before the spans of its chunk are
    // reported, stay there until killed (or stopped), so that a test kills a worker exactly in the
    // middle of a chunk instead of hoping a timer hits it.
    const long long parkAfter = options.integer("park-after-tasks", -1, kMaxItems, -1);
    // Fault injection: once its K-th chunk is done and reported, before taking another, stay
    // there (holding no task) until killed or stopped: a worker hit between chunks.
    const long long parkBetween = options.integer("park-between-chunks", -1, kMaxItems, -1);
    rejectUnreadOptions(options);
    EventWriter events(id);
    std::string error;
    const auto arena = AttachedPool::attach(key, &error);
    events.ready();
    if (!arena)
        return failIpc(events, error);
    PoolQueue &queue = arena->queue();
    std::mt19937_64 random(std::random_device{}() ^ (static_cast<unsigned long long>(id) << 32));
    long long begin = 0;
    long long end = 0;
    long long done = 0;
    std::vector<long long> times; // begin/end ns of each task of the chunk
    long long chunks = 0;
    while (queue.takeChunk(&begin, &end, id)) {
        // A chunk's task spans are timestamped as they happen and reported together afterwards
        // as `tasks` lines (several tasks per line, one write per PIPE_BUF): the engine's cost is
        // per line, so one line per task pair bounded the throughput. Even at chunk size 1 this
        // is one line per task where begin/end were two.
        // Huge chunks go out in blocks so the buffer stays small and the lanes keep moving.
        // One clock reading per boundary: it ends a task and begins the next, which starts
        // right there (reading the clock was a fifth of the pool's whole CPU time with two).
        long long now = monotonicNowNs();
        for (long long first = begin; first < end; first += kTaskBlock) {
            const int count = int(std::min(end - first, kTaskBlock));
            times.resize(size_t(2 * count));
            int k = 0;
            for (; k < count; ++k) {
                // The lab broke the pool (another worker died, stopped or hung): stop here, as
                // concurrent.futures' workers are ended when their pool breaks, but report first.
                if (queue.isCancelled())
                    break;
                const long long task = first + k;
                times[size_t(2 * k)] = now;
                if (workload > 0)
                    doSomething(workload, random);
                queue.complete(task, square(task), id);
                now = monotonicNowNs();
                times[size_t(2 * k + 1)] = now;
                if (++done == parkAfter) {
                    events.note("parked after " + std::to_string(done) +
                                " tasks, in the middle of tasks " + std::to_string(begin) + "-" +
                                std::to_string(end - 1) + " (after task " + std::to_string(task) +
                                ")");
                    for (;;)
                        ::pause();
                }
            }
            if (k > 0)
                events.tasks(int(first), times.data(), k);
            if (k < count) {
                events.note("the pool was broken: stopped before task " +
                            std::to_string(first + k));
                events.output(done);
                events.exit(kExitBroken);
                return kExitBroken;
            }
        }
        if (++chunks == parkBetween) {
            events.note("parked between chunks, after " + std::to_string(chunks) +
                        " chunks (the last: tasks " + std::to_string(begin) + "-" +
                        std::to_string(end - 1) + ")");
            for (;;)
                ::pause();
        }
    }
    events.output(done);
    events.exit(0);
    return 0;
}

// Test probe: `count` increments of the shared counter under the lock, each a lock_hold span
// (--hold-ns: lasting at least that long). --alternate 1 (with --sync 1): the parties take turns in
// the order they left the start barrier, each waiting (spinning on the counter) until the one
// before it has counted in its section, and then queueing for the lock while that section lasts,
// so that every acquisition is a hand-off from the other process.
int roleLockCounter(const WorkerOptions &options)
{
    const int id = processIdOption(options);
    const std::string key = keyOption(options);
    const long long count = options.integer("count", 0, kMaxCount);
    const bool spans = options.integer("spans", 0, 1, 1) != 0;
    const bool sync = options.integer("sync", 0, 1, 0) != 0;
    const long long holdNs = options.integer("hold-ns", 0, 1'000'000'000, 0);
    const bool alternate = options.integer("alternate", 0, 1, 0) != 0;
    if (alternate && !sync)
        usageError("--alternate 1 needs --sync 1: the turns follow the start barrier");
    // A cause is reported on a wait span: without spans there is nothing to record it for.
    const bool causes = causesOption(options) && spans;
    rejectUnreadOptions(options);
    EventWriter events(id);
    std::string error;
    const auto participant = ipc::attachParticipant(key, &error);
    events.ready();
    if (!participant)
        return failIpc(events, error);
    // --sync 1: start together (the barrier's parties are the counters), so they really contend.
    const int turn = sync ? participant->barrierWait() : 0;
    if (turn == Participant::Broken)
        return failIpc(events, "barrier broken before the start");
    events.hold();
    events.begin(SpanKind::Work);
    const long long parties = participant->parties();
    for (long long i = 0; i < count; ++i) {
        // Our turn: every earlier one has counted (the counter only grows, by one per section).
        // Spinning first, so that the turn is seen at once; then yielding, so that on a busy
        // machine the other party gets a CPU to finish its turn on.
        for (int spins = 0; alternate && participant->counter().load(std::memory_order_acquire) <
                                             i * parties + turn;
             ++spins) {
            if (spins > 1000)
                ::sched_yield();
        }
        const Participant::LockResult got = takeLock(events, *participant, int(i), spans, causes);
        if (got == Participant::LockResult::Failed)
            return failIpc(events, "the shared lock is unusable");
        if (got == Participant::LockResult::PreviousOwnerDied)
            events.lockOwnerDied();
        incrementHeldCounterAndUnlock(events, *participant, int(i), spans, causes, holdNs);
    }
    events.end(SpanKind::Work);
    events.release();
    return leaveAndExit(events, *participant, count);
}

// Test probe: takes the lock and keeps it until killed.
int roleLockHold(const WorkerOptions &options)
{
    const int id = processIdOption(options);
    const std::string key = keyOption(options);
    const bool causes = causesOption(options);
    rejectUnreadOptions(options);
    EventWriter events(id);
    std::string error;
    const auto participant = ipc::attachParticipant(key, &error);
    events.ready();
    if (!participant)
        return failIpc(events, error);
    participant->lock();
    if (causes) // a holder that is killed here stays on the board: the next taker names it
        ipc::takeLock(participant->lockRecord(), id, 0, monotonicNowNs());
    events.begin(SpanKind::LockHold);
    for (;;)
        ::pause();
}

// Test probe: `rounds` barrier waits with nothing in between. Exit 0 when every round passed,
// 3 when the barrier broke. The last arriver leaves right after its wait returns, which is the
// release-then-exit case that loses wake-ups with SEM_UNDO semaphores unless the protocol
// prevents it.
int roleBarrierWait(const WorkerOptions &options)
{
    const int id = processIdOption(options);
    const std::string key = keyOption(options);
    const int rounds = int(options.integer("rounds", 1, 100'000'000, 1));
    const bool spans = options.integer("spans", 0, 1, 1) != 0;
    const bool causes = causesOption(options) && spans; // see roleLockCounter
    rejectUnreadOptions(options);
    EventWriter events(id);
    std::string error;
    const auto participant = ipc::attachParticipant(key, &error);
    events.ready();
    if (!participant)
        return failIpc(events, error);
    events.hold();
    events.begin(SpanKind::Work);
    for (int round = 0; round < rounds; ++round) {
        const int index = waitAtBarrier(events, *participant, round, spans, causes);
        if (index == Participant::Broken) {
            events.release();
            events.note("barrier broken in round " + std::to_string(round));
            events.exit(kExitBroken);
            return kExitBroken;
        }
    }
    events.end(SpanKind::Work);
    events.release();
    return leaveAndExit(events, *participant, rounds);
}

} // namespace

std::vector<RoleEntry> ipcRoles()
{
    return {
        {"barrier", roleBarrier,
         "Barrier & Lock participant: --key K --rounds R --workload N [--seed S] "
         "[--park-holding-lock ROUND] [--park-in-work ROUND] [--exit-after-last-barrier 0|1] "
         "[--causes 0|1]"},
        {"pool", rolePool,
         "pool worker: --key K [--workload N] [--park-after-tasks K] [--park-between-chunks K] "
         "(squares the shared task queue)"},
        {"lock-counter", roleLockCounter,
         "test: --key K --count N [--spans 0|1] [--sync 0|1] [--causes 0|1] [--hold-ns NS] "
         "[--alternate 0|1] "
         "increments under the lock"},
        {"lock-hold", roleLockHold,
         "test: --key K [--causes 0|1] takes the lock and holds it until killed"},
        {"barrier-wait", roleBarrierWait,
         "test: --key K [--rounds R] [--spans 0|1] [--causes 0|1] waits at the barrier"},
    };
}

} // namespace proclab
