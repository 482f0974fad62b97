// SPDX-License-Identifier: MIT
#pragma once

#include "scenario.h"

#include <QJsonArray>
#include <QTimer>
#include <memory>
#include <vector>

namespace proclab {

class CoordinationArena;
class PoolArena;

// What a Barrier & Lock run's spans show, whoever ran it (C++ workers or the tutorial's Python).
struct BarrierRunProperties
{
    bool orderOk = true;     // in every round everyone passed, nobody left before the last arrived
    bool exclusive = true;   // no two lock holds overlap
    qint64 roundsPassed = 0; // rounds every participant passed
    qint64 holds = 0;        // lock holds recorded
    qint64 barrierWaitNs = 0;
    qint64 lockWaitNs = 0;
    QJsonArray lockOrder; // per round (the first 100), the participants in the order they held
};
// `clockToleranceNs`: how far apart the participants' clocks may be (MPI ranks on several hosts,
// aligned within a measured uncertainty); an order is only wrong by more than that. 0 on one
// machine's CLOCK_MONOTONIC.
BarrierRunProperties barrierRunProperties(const Run &run, const std::vector<int> &participants,
                                          qint64 rounds, bool exitAfterLastBarrier = false,
                                          qint64 clockToleranceNs = 0);

// processes_barrier.py: N participants do uneven work, meet at a shared Barrier(N), then enter a
// critical section under one shared Lock, for --rounds rounds.
//
// The tutorial's preset is always part of the run: besides the N participants, two more processes
// ("p3 - test_without_barrier", …) print straight away without touching the barrier, so the lanes
// show the contrast the tutorial is about. setFreeProcesses(0) leaves them out (tests do).
//
// Supervision: a participant that ends abnormally (signal, non-zero exit), is stopped (SIGSTOP, a
// debugger: seen by the StallMonitor within a fraction of a second, and killed) or hangs (no
// progress for the stall limit while others wait) gets the barrier broken by the engine, so that
// everyone else wakes up with "broken" and ends; a participant that still has not ended a few
// seconds after the break is killed. What happened goes into run().errors; the data so far is
// kept.
class BarrierScenario : public Scenario
{
    Q_OBJECT
public:
    explicit BarrierScenario(const ScenarioParameters &parameters, QObject *parent = nullptr);
    ~BarrierScenario() override;

    void setFreeProcesses(int count) { m_freeProcesses = count; }
    void setStallLimitMs(int ms) { m_stallLimitMs = ms; }
    // Test hook: participant `participantIndex` (0-based, in launch order) stays inside its
    // critical section in `round`, holding the lock, until it is killed (--park-holding-lock).
    void setParkHolder(int participantIndex, int round)
    {
        m_parkIndex = participantIndex;
        m_parkRound = round;
    }
    // Test hook: participant `participantIndex` stays in its work in `round` (asleep: hung, not
    // stopped) until the barrier is broken (--park-in-work), so the others wait at the barrier.
    void setParkInWork(int participantIndex, int round)
    {
        m_parkWorkIndex = participantIndex;
        m_parkWorkRound = round;
    }
    // The run's IPC key (empty before the run begins); tests use it to check clean-up.
    QString ipcKey() const { return m_key; }
    const std::vector<int> &participants() const { return m_participants; }

protected:
    void begin() override;
    void collectResults() override;
    void processStopped(int id) override;

private:
    void onProcessFinished(int id);
    void checkProgress();
    void endStragglers();
    void breakBarrier();
    bool isParticipant(int id) const;
    bool isStalled(int id) const;
    // Break it (kill the lock holder): kills the parked holder once its hold has begun.
    void killParkedHolder();
    // The qt family's exit gate: opened once every participant still running waits at it.
    void serviceExitGate();
    // A participant died while it was the lock's recorded holder: what its family does next.
    void holderDied(int id);
    bool diedHoldingTheLock(const ProcessRecord &p) const;
    // The inspector: the run's kernel objects now, into run().ipc.
    void sampleIpc();

    std::unique_ptr<CoordinationArena> m_arena;
    QString m_key;
    std::vector<int> m_participants;
    std::vector<int> m_stalled;
    int m_freeProcesses = 2;
    int m_stallLimitMs = 60'000;
    int m_parkIndex = -1;
    int m_parkRound = -1;
    int m_parkWorkIndex = -1;
    int m_parkWorkRound = -1;
    bool m_broken = false;
    qint64 m_criticalSections = -1;
    QTimer m_watchdog;
    QTimer m_gateTimer;
    QTimer m_inspectTimer;
    quint64 m_lastGeneration = 0;
    qint64 m_lastProgressNs = 0;
    bool m_killParked = false; // break it: the lab kills the parked holder
    bool m_holderKilled = false;
    qint64 m_parkSeenNs = 0;
    int m_gateOpenedFor = 0;
    // A participant that died as the lock's recorded holder, and whether the lock stayed taken.
    int m_deadHolder = -1;
    bool m_lockStuck = false;
    std::vector<int> m_stuckWaiters; // posix: killed because they waited for a lock nobody held
};

// process_pool.py: a pool of W workers maps square over range(n) in chunks, through a task queue
// and result slots in shared memory; the results come back in input order.
//
// Supervision, after concurrent.futures: a worker that ends abnormally while tasks remain, is
// stopped (SIGSTOP, a debugger; killed), or hangs (no task completed by anyone for the stall limit
// while tasks remain: the holders of unfinished chunks are killed) breaks the pool, like
// BrokenProcessPool. The run fails with an error naming the worker and the tasks it held; the
// queue is cancelled, so the other workers take no further chunk, report the tasks they did and
// end (exit 3) at their next task; one that has not ended a few seconds later is killed.
//
// Nothing is re-run: the results are those of the tasks that shared memory shows as done, each
// counted once, whether or not its span reached the lab (a worker's spans of a chunk are sent when
// the chunk ends, so a worker that dies mid-chunk takes them along; the run says so). The facts
// account for every task: done (and how many of those have spans), lost (held by the worker whose
// failure broke the pool, never run) and not run (never handed out, or given up when the pool
// broke).
class PoolScenario : public Scenario
{
    Q_OBJECT
public:
    explicit PoolScenario(const ScenarioParameters &parameters, QObject *parent = nullptr);
    ~PoolScenario() override;

    QString ipcKey() const { return m_key; }
    const std::vector<int> &workers() const { return m_workers; }
    void setStallLimitMs(int ms) { m_stallLimitMs = ms; }
    // Test hook: worker `workerIndex` (0-based, in launch order) stays where it is right after its
    // `tasks`-th task, before that chunk's spans are reported, until it is killed or stopped
    // (--park-after-tasks).
    void setParkWorker(int workerIndex, qint64 tasks)
    {
        m_parkIndex = workerIndex;
        m_parkTasks = tasks;
    }
    // Test hook: worker `workerIndex` stays where it is once its `chunks`-th chunk is done and
    // reported, before it takes another (holding no task), until killed or stopped
    // (--park-between-chunks).
    void setParkWorkerBetweenChunks(int workerIndex, qint64 chunks)
    {
        m_parkBetweenIndex = workerIndex;
        m_parkChunks = chunks;
    }

protected:
    void begin() override;
    void collectResults() override;
    void processStopped(int id) override;

private:
    struct OpenChunk
    {
        qint64 chunk;
        qint64 next; // the first task of it not seen done yet
    };
    void onProcessFinished(int id);
    void checkProgress();
    qint64 scanProgress();
    void breakPool();
    void endStragglers();
    bool isWorker(int id) const;
    bool isCulprit(int id) const;
    // "a–b, c–d": the chunks worker `id` holds that are not done (as last scanned), or empty.
    QString heldRanges(int id) const;
    // " while holding tasks a–b", or empty.
    QString heldText(int id) const;
    // The inspector: the segment and the queue now, into run().ipc.
    void sampleIpc();

    std::unique_ptr<PoolArena> m_arena;
    QString m_key;
    std::vector<int> m_workers;
    std::vector<int> m_culprits;   // whose failure broke the pool (their unfinished tasks are lost)
    std::vector<int> m_stragglers; // killed because they did not end after the break
    int m_stallLimitMs = 60'000;
    int m_parkIndex = -1;
    qint64 m_parkTasks = -1;
    int m_parkBetweenIndex = -1;
    qint64 m_parkChunks = -1;
    bool m_broken = false;
    QTimer m_watchdog;
    QTimer m_inspectTimer;
    qint64 m_lastProgressNs = 0;
    qint64 m_scannedChunks = 0;
    std::vector<OpenChunk> m_open; // chunks handed out and not seen done
};

} // namespace proclab
