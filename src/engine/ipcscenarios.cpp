// SPDX-License-Identifier: MIT
#include "ipcscenarios.h"

#include "arenas.h"
#include "clock.h"
#include "ipckeys.h"
#include "stalecleanup.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <csignal>

namespace proclab {

namespace {

constexpr int kExitBroken = 3; // what a barrier participant returns on a broken barrier
constexpr int kWatchdogMs = 250;
constexpr int kStragglerGraceMs =
    3000; // after a break, how long participants get to notice and end
constexpr int kMaxLockOrderRounds = 100; // rounds listed in the results; the rest only counted

QString describeExit(const ExitStatus &exit)
{
    switch (exit.kind) {
    case ExitStatus::Kind::Signal:
        return QCoreApplication::translate("proclab::BarrierScenario", "was killed by signal %1")
            .arg(exit.signal);
    case ExitStatus::Kind::Timeout:
        return QCoreApplication::translate("proclab::BarrierScenario", "timed out");
    case ExitStatus::Kind::FailedToStart:
        return QCoreApplication::translate("proclab::BarrierScenario", "failed to start");
    default:
        return QCoreApplication::translate("proclab::BarrierScenario", "exited with code %1")
            .arg(exit.code);
    }
}

bool endedCleanly(const ExitStatus &exit)
{
    return exit.kind == ExitStatus::Kind::Normal && exit.code == 0;
}

} // namespace

// ---- Barrier & Lock ---------------------------------------------------------------------------

BarrierScenario::BarrierScenario(const ScenarioParameters &parameters, QObject *parent)
    : Scenario(parameters, parent)
{
    m_watchdog.setInterval(kWatchdogMs);
    connect(&m_watchdog, &QTimer::timeout, this, &BarrierScenario::checkProgress);
}

// The segment is marked for removal here if the run did not get to it: the kernel frees it once
// the last worker (killed by the supervisor right after) has detached.
BarrierScenario::~BarrierScenario() = default;

void BarrierScenario::begin()
{
    removeStaleIpcObjects();
    const int parties = parameters().intValue(Param::Workers);
    m_key = newRunKey();
    QString error;
    m_arena = CoordinationArena::create(m_key, parties, &error);
    if (!m_arena) {
        abort(tr("cannot create the barrier and lock: %1").arg(error));
        return;
    }
    m_key = m_arena->key();
    connect(&supervisor(), &ProcessSupervisor::processFinished, this,
            &BarrierScenario::onProcessFinished);

    const QStringList args{
        QStringLiteral("--key"),      m_key,
        QStringLiteral("--rounds"),   QString::number(parameters().value(Param::Rounds)),
        QStringLiteral("--workload"), QString::number(parameters().value(Param::Workload)),
        QStringLiteral("--seed"),     QString::number(parameters().value(Param::Seed))};
    int number = 1;
    for (int i = 0; i < parties; ++i, ++number) {
        QStringList participantArgs = args;
        if (i == m_parkIndex)
            participantArgs << QStringLiteral("--park-holding-lock")
                            << QString::number(m_parkRound);
        m_participants.push_back(
            supervisor().launch({QStringLiteral("p%1 - test_with_barrier").arg(number),
                                 QStringLiteral("barrier"), participantArgs}));
    }
    for (int i = 0; i < m_freeProcesses; ++i, ++number) {
        supervisor().launch({QStringLiteral("p%1 - test_without_barrier").arg(number),
                             QStringLiteral("work"),
                             {QStringLiteral("--count"), QStringLiteral("0")}});
    }
    m_lastProgressNs = monotonicNowNs();
    m_watchdog.start();
    finishWhenAllEnded();
}

bool BarrierScenario::isParticipant(int id) const
{
    return std::find(m_participants.begin(), m_participants.end(), id) != m_participants.end();
}

void BarrierScenario::onProcessFinished(int id)
{
    if (!isParticipant(id) || !isRunning())
        return;
    const ProcessRecord &p = *run().process(id);
    if (endedCleanly(p.exit))
        return;
    if (m_broken && p.exit.kind == ExitStatus::Kind::Normal && p.exit.code == kExitBroken)
        return; // woken by the broken barrier: a consequence, not a cause
    if (std::find(m_stalled.begin(), m_stalled.end(), id) == m_stalled.end()) {
        // The worker's own last word (e.g. why it could not attach) says more than its exit code.
        QString said;
        for (auto it = p.markers.rbegin(); it != p.markers.rend() && said.isEmpty(); ++it) {
            if (it->kind == Marker::Kind::Note)
                said = tr(" (it reported: %1)").arg(it->text);
        }
        addError(tr("participant %1 (%2) %3%4; the barrier was broken so that the others could end")
                     .arg(id)
                     .arg(p.name, describeExit(p.exit), said));
    }
    breakBarrier();
}

void BarrierScenario::breakBarrier()
{
    if (m_broken || !m_arena)
        return;
    m_broken = true;
    m_watchdog.stop();
    // Non-blocking: sets the broken bit and wakes every sleeper with one futex call.
    m_arena->barrier().abort();
    QTimer::singleShot(kStragglerGraceMs, this, &BarrierScenario::endStragglers);
}

// A participant that hangs (in its work, or holding the lock) would leave the others waiting until
// the run's time limit. When the barrier has not advanced for the stall limit while someone waits
// (at the barrier or for the lock), the engine ends the participants that are not waiting and
// breaks the barrier.
void BarrierScenario::checkProgress()
{
    if (!m_arena || m_broken || !isRunning())
        return;
    const qint64 now = monotonicNowNs();
    const quint32 generation = m_arena->barrier().generation();
    const auto waiting = [](const ProcessRecord &p) {
        return p.open[int(SpanKind::BarrierWait)].open || p.open[int(SpanKind::LockWait)].open;
    };
    bool someoneWaits = false;
    for (int id : m_participants) {
        const ProcessRecord &p = *run().process(id);
        someoneWaits = someoneWaits || (!p.exit.finished() && waiting(p));
    }
    if (generation != m_lastGeneration || !someoneWaits) {
        m_lastGeneration = generation;
        m_lastProgressNs = now;
        return;
    }
    if (now - m_lastProgressNs < qint64(m_stallLimitMs) * 1'000'000)
        return;
    bool culprit = false;
    for (int id : m_participants) {
        const ProcessRecord &p = *run().process(id);
        if (p.exit.finished() || waiting(p))
            continue;
        culprit = true;
        m_stalled.push_back(id);
        addError(tr("participant %1 (%2) made no progress for %3 ms while others waited; it was "
                    "killed and "
                    "the barrier broken")
                     .arg(id)
                     .arg(p.name)
                     .arg(m_stallLimitMs));
        supervisor().sendSignal(id, SIGKILL);
    }
    if (!culprit)
        addError(
            tr("the barrier made no progress for %1 ms while participants waited; it was broken")
                .arg(m_stallLimitMs));
    breakBarrier();
}

// After the barrier broke every participant should end within moments; one that does not (stopped,
// or stuck outside the barrier) is killed so that the run always completes.
void BarrierScenario::endStragglers()
{
    if (!isRunning())
        return;
    for (int id : m_participants) {
        const ProcessRecord &p = *run().process(id);
        if (p.exit.finished() ||
            std::find(m_stalled.begin(), m_stalled.end(), id) != m_stalled.end())
            continue;
        m_stalled.push_back(id);
        addError(tr("participant %1 (%2) did not end after the barrier was broken and was killed")
                     .arg(id)
                     .arg(p.name));
        supervisor().sendSignal(id, SIGKILL);
    }
}

void BarrierScenario::collectResults()
{
    m_watchdog.stop();
    const qint64 rounds = parameters().value(Param::Rounds);
    if (m_arena) {
        m_criticalSections = m_arena->counter().load(std::memory_order_acquire);
        m_arena.reset(); // every process has ended: nothing uses the segment any more
    }

    // Properties the lab shows: nobody left round r before the last participant arrived, and
    // no two lock holds overlapped.
    std::vector<qint64> lastArrival(size_t(rounds), -1);
    std::vector<qint64> firstDeparture(size_t(rounds), -1);
    std::vector<int> passed(size_t(rounds), 0); // participants that went on to the lock
    std::vector<std::pair<qint64, qint64>> holds;
    std::vector<std::vector<std::pair<qint64, int>>> lockOrder(
        size_t(std::min<qint64>(rounds, kMaxLockOrderRounds)));
    qint64 waitNs = 0;
    qint64 lockWaitNs = 0;
    for (int id : m_participants) {
        const ProcessRecord &p = *run().process(id);
        for (const Span &s : p.spans) {
            if (s.round < 0 || s.round >= rounds)
                continue;
            const size_t r = size_t(s.round);
            if (s.kind == SpanKind::BarrierWait) {
                waitNs += s.endNs - s.beginNs;
                lastArrival[r] = std::max(lastArrival[r], s.beginNs);
                if (firstDeparture[r] < 0 || s.endNs < firstDeparture[r])
                    firstDeparture[r] = s.endNs;
            } else if (s.kind == SpanKind::LockHold) {
                holds.emplace_back(s.beginNs, s.endNs);
                if (r < lockOrder.size())
                    lockOrder[r].emplace_back(s.beginNs, id);
            } else if (s.kind == SpanKind::LockWait) {
                lockWaitNs += s.endNs - s.beginNs;
                ++passed[r];
            }
        }
    }
    bool orderOk = true;
    qint64 completed = 0;
    for (size_t r = 0; r < size_t(rounds); ++r) {
        // Only rounds everyone passed: in a broken round waiters leave without the last arrival.
        if (passed[r] < int(m_participants.size()))
            continue;
        ++completed;
        orderOk = orderOk && firstDeparture[r] >= lastArrival[r];
    }
    std::sort(holds.begin(), holds.end());
    bool exclusive = true;
    for (size_t i = 1; i < holds.size(); ++i)
        exclusive = exclusive && holds[i].first >= holds[i - 1].second;

    QJsonArray order;
    for (auto &round : lockOrder) {
        std::sort(round.begin(), round.end());
        QJsonArray ids;
        for (const auto &entry : round)
            ids.append(entry.second);
        order.append(ids);
    }
    QJsonArray free;
    for (const ProcessRecord &p : run().processes) {
        if (!isParticipant(p.id))
            free.append(p.id);
    }
    mutableRun().results = QJsonObject{
        {QStringLiteral("rounds"), rounds},
        {QStringLiteral("rounds_passed"), completed},
        {QStringLiteral("critical_sections"), m_criticalSections},
        {QStringLiteral("expected_critical_sections"), rounds * qint64(m_participants.size())},
        {QStringLiteral("lock_order"), order},
    };
    mutableRun().facts = QJsonObject{
        {QStringLiteral("participants"), int(m_participants.size())},
        {QStringLiteral("without_barrier"), free},
        {QStringLiteral("barrier_broken"), m_broken},
        {QStringLiteral("barrier_order_ok"), orderOk},
        {QStringLiteral("lock_exclusive_ok"), exclusive},
        {QStringLiteral("barrier_wait_ns"), waitNs},
        {QStringLiteral("lock_wait_ns"), lockWaitNs},
    };
}

// ---- Pool ---------------------------------------------------------------------------------------

PoolScenario::PoolScenario(const ScenarioParameters &parameters, QObject *parent)
    : Scenario(parameters, parent)
{
}

PoolScenario::~PoolScenario() = default;

void PoolScenario::begin()
{
    removeStaleIpcObjects();
    const int workers = parameters().intValue(Param::Workers);
    m_key = newRunKey();
    QString error;
    m_arena = PoolArena::create(m_key, parameters().value(Param::Tasks),
                                parameters().effectiveChunksize(), &error);
    if (!m_arena) {
        abort(tr("cannot create the task queue: %1").arg(error));
        return;
    }
    m_key = m_arena->key();
    const QStringList args{QStringLiteral("--key"), m_key, QStringLiteral("--workload"),
                           QString::number(parameters().value(Param::Workload))};
    // Python's pool workers on Linux (fork start method) are named ForkPoolWorker-N.
    for (int i = 0; i < workers; ++i)
        supervisor().launch(
            {QStringLiteral("ForkPoolWorker-%1").arg(i + 1), QStringLiteral("pool"), args});
    finishWhenAllEnded();
}

void PoolScenario::collectResults()
{
    if (!m_arena)
        return;
    const PoolQueue &queue = m_arena->queue();
    const qint64 n = queue.tasks();
    QJsonArray results;
    std::vector<qint64> perWorker(run().processes.size(), 0);
    qint64 missing = 0;
    qint64 repeated = 0;
    for (qint64 i = 0; i < n; ++i) {
        const int executions = queue.executions(i);
        if (executions == 0) {
            ++missing;
            results.append(QJsonValue());
            continue;
        }
        if (executions > 1)
            ++repeated;
        results.append(queue.result(i));
        const int worker = queue.worker(i);
        if (worker >= 0 && size_t(worker) < perWorker.size())
            ++perWorker[size_t(worker)];
    }
    const qint64 chunksize = queue.chunksize();
    m_arena.reset(); // every process has ended: nothing uses the segment any more

    for (const ProcessRecord &p : run().processes) {
        if (!endedCleanly(p.exit))
            addError(tr("pool worker %1 (%2) %3").arg(p.id).arg(p.name, describeExit(p.exit)));
    }
    if (missing > 0)
        addError(tr("%1 of %2 tasks were never run").arg(missing).arg(n));
    if (repeated > 0)
        addError(tr("%1 tasks ran more than once").arg(repeated));

    QJsonObject counts;
    QJsonArray countList;
    for (const ProcessRecord &p : run().processes) {
        counts.insert(p.name, perWorker[size_t(p.id)]);
        countList.append(perWorker[size_t(p.id)]);
    }
    mutableRun().results = results;
    mutableRun().facts = QJsonObject{
        {QStringLiteral("chunksize"), chunksize},
        {QStringLiteral("chunks"), chunksize > 0 ? (n + chunksize - 1) / chunksize : 0},
        {QStringLiteral("tasks_per_worker"), counts},
        {QStringLiteral("tasks_per_worker_list"), countList},
        {QStringLiteral("even_share"),
         run().processes.empty() ? 0.0 : double(n) / double(run().processes.size())},
        {QStringLiteral("every_task_once"), missing == 0 && repeated == 0},
    };
}

} // namespace proclab
