// SPDX-License-Identifier: MIT
#pragma once

#include "scenario.h"

#include <QTimer>
#include <memory>
#include <vector>

namespace proclab {

class CoordinationArena;
class PoolArena;

// processes_barrier.py: N participants do uneven work, meet at a shared Barrier(N), then enter a
// critical section under one shared Lock, for --rounds rounds.
//
// The tutorial's preset is always part of the run: besides the N participants, two more processes
// ("p3 - test_without_barrier", …) print straight away without touching the barrier, so the lanes
// show the contrast the tutorial is about. setFreeProcesses(0) leaves them out (tests do).
//
// Supervision: a participant that ends abnormally (signal, non-zero exit) or hangs (no progress
// for the stall limit while others wait) gets the barrier broken by the engine, so that everyone
// else wakes up with "broken" and ends; a participant that still has not ended a few seconds after
// the break is killed. What happened goes into run().errors; the data so far is kept.
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
    // The run's IPC key (empty before the run begins); tests use it to check clean-up.
    QString ipcKey() const { return m_key; }
    const std::vector<int> &participants() const { return m_participants; }

protected:
    void begin() override;
    void collectResults() override;

private:
    void onProcessFinished(int id);
    void checkProgress();
    void endStragglers();
    void breakBarrier();
    bool isParticipant(int id) const;

    std::unique_ptr<CoordinationArena> m_arena;
    QString m_key;
    std::vector<int> m_participants;
    std::vector<int> m_stalled;
    int m_freeProcesses = 2;
    int m_stallLimitMs = 60'000;
    int m_parkIndex = -1;
    int m_parkRound = -1;
    bool m_broken = false;
    qint64 m_criticalSections = -1;
    QTimer m_watchdog;
    quint32 m_lastGeneration = 0;
    qint64 m_lastProgressNs = 0;
};

// process_pool.py: a pool of W workers maps square over range(n) in chunks, through a task queue
// and result slots in shared memory; the results come back in input order.
class PoolScenario : public Scenario
{
    Q_OBJECT
public:
    explicit PoolScenario(const ScenarioParameters &parameters, QObject *parent = nullptr);
    ~PoolScenario() override;

    QString ipcKey() const { return m_key; }

protected:
    void begin() override;
    void collectResults() override;

private:
    std::unique_ptr<PoolArena> m_arena;
    QString m_key;
};

} // namespace proclab
