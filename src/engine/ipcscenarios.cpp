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
#include <limits>

namespace proclab {

namespace {

constexpr int kExitBroken = 3; // what a barrier participant returns on a broken barrier
constexpr int kWatchdogMs = 250;
constexpr int kStragglerGraceMs =
    3000; // after a break, how long participants get to notice and end
constexpr int kMaxLockOrderRounds = 100; // rounds listed in the results; the rest only counted
// The inspector's refresh: often enough to watch a round go by, cheap (a few semctl calls).
constexpr int kInspectMs = 100;
// How often the qt family's exit gate is looked at: it holds finished participants back by at
// most this long (they are done; only their exit is delayed, and the lanes show it).
constexpr int kGateMs = 2;
// Break it (kill the holder): how long the lab waits for the others to queue for the lock.
constexpr int kKillParkedWithinMs = 200;

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

bool contains(const std::vector<int> &ids, int id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// The worker's own last word (e.g. why it could not attach, where it parked) says more than its
// exit code: " (it reported: …)", or empty.
QString lastNoteOf(const ProcessRecord &p)
{
    for (auto it = p.markers.rbegin(); it != p.markers.rend(); ++it) {
        if (it->kind == Marker::Kind::Note)
            return QCoreApplication::translate("proclab::BarrierScenario", " (it reported: %1)")
                .arg(it->text);
    }
    return {};
}

const Span *spanOf(const ProcessRecord &p, SpanKind kind, int round)
{
    for (const Span &s : p.spans) {
        if (s.kind == kind && s.round == round)
            return &s;
    }
    return nullptr;
}

// A note on a process's lane, now.
void noteOn(Run &run, int id, const QString &text)
{
    if (ProcessRecord *p = run.process(id))
        p->markers.push_back({monotonicNowNs() - run.originNs, Marker::Kind::Note, 0, text});
}

// Inclusive ranges of task indices, built in increasing order.
using TaskRanges = std::vector<std::pair<qint64, qint64>>;

void addToRanges(TaskRanges &ranges, qint64 task)
{
    if (!ranges.empty() && ranges.back().second == task - 1)
        ranges.back().second = task;
    else
        ranges.emplace_back(task, task);
}

qint64 countOf(const TaskRanges &ranges)
{
    qint64 count = 0;
    for (const auto &[first, last] : ranges)
        count += last - first + 1;
    return count;
}

QString rangesText(const TaskRanges &ranges)
{
    constexpr size_t kMaxShown = 8;
    QStringList parts;
    for (size_t i = 0; i < ranges.size() && i < kMaxShown; ++i) {
        const auto &[first, last] = ranges[i];
        parts << (first == last ? QString::number(first)
                                : QStringLiteral("%1–%2").arg(first).arg(last));
    }
    if (ranges.size() > kMaxShown)
        parts << QStringLiteral("…");
    return parts.join(QLatin1String(", "));
}

// At most kMaxRangesListed ranges (the counts beside them are exact): a run that was stopped by
// its span budget could otherwise list every other task.
constexpr size_t kMaxRangesListed = 10'000;
// Chunk takers listed in the facts (a pool of a million chunks would make the file grow by tens
// of MB for a list nobody reads that far).
constexpr qint64 kMaxChunksListed = 1000;

QJsonArray rangesJson(const TaskRanges &ranges)
{
    QJsonArray array;
    for (size_t i = 0; i < ranges.size() && i < kMaxRangesListed; ++i)
        array.append(QJsonArray{ranges[i].first, ranges[i].second});
    return array;
}

} // namespace

BarrierRunProperties barrierRunProperties(const Run &run, const std::vector<int> &participants,
                                          qint64 rounds, bool exitAfterLastBarrier,
                                          qint64 clockToleranceNs)
{
    // Properties the lab shows: nobody left round r before the last participant arrived, and
    // no two lock holds overlapped. Checked on the recorded spans, whoever ran the processes.
    std::vector<qint64> lastArrival(size_t(rounds), -1);
    std::vector<qint64> firstDeparture(size_t(rounds), -1);
    std::vector<int> passed(size_t(rounds), 0); // participants that went on to the lock
    std::vector<std::pair<qint64, qint64>> holds;
    std::vector<std::vector<std::pair<qint64, int>>> lockOrder(
        size_t(std::min<qint64>(rounds, kMaxLockOrderRounds)));
    BarrierRunProperties props;
    for (int id : participants) {
        const ProcessRecord &p = *run.process(id);
        for (const Span &s : p.spans) {
            if (s.round < 0 || s.round >= rounds)
                continue;
            const size_t r = size_t(s.round);
            if (s.kind == SpanKind::BarrierWait) {
                props.barrierWaitNs += s.endNs - s.beginNs;
                lastArrival[r] = std::max(lastArrival[r], s.beginNs);
                if (firstDeparture[r] < 0 || s.endNs < firstDeparture[r])
                    firstDeparture[r] = s.endNs;
            } else if (s.kind == SpanKind::LockHold) {
                holds.emplace_back(s.beginNs, s.endNs);
                if (r < lockOrder.size())
                    lockOrder[r].emplace_back(s.beginNs, id);
            } else if (s.kind == SpanKind::LockWait) {
                props.lockWaitNs += s.endNs - s.beginNs;
                ++passed[r];
            }
        }
        // Exit after the last barrier: the last round has no lock wait; a participant that ended
        // 0 after its last barrier wait passed it.
        if (exitAfterLastBarrier && rounds > 0 && endedCleanly(p.exit) &&
            spanOf(p, SpanKind::BarrierWait, int(rounds - 1)))
            ++passed[size_t(rounds - 1)];
    }
    for (size_t r = 0; r < size_t(rounds); ++r) {
        // Only rounds everyone passed: in a broken round waiters leave without the last arrival.
        if (passed[r] < int(participants.size()))
            continue;
        ++props.roundsPassed;
        props.orderOk = props.orderOk && firstDeparture[r] + clockToleranceNs >= lastArrival[r];
    }
    std::sort(holds.begin(), holds.end());
    for (size_t i = 1; i < holds.size(); ++i)
        props.exclusive =
            props.exclusive && holds[i].first + clockToleranceNs >= holds[i - 1].second;
    props.holds = qint64(holds.size());
    for (auto &round : lockOrder) {
        std::sort(round.begin(), round.end());
        QJsonArray ids;
        for (const auto &entry : round)
            ids.append(entry.second);
        props.lockOrder.append(ids);
    }
    return props;
}

// ---- Barrier & Lock ---------------------------------------------------------------------------

BarrierScenario::BarrierScenario(const ScenarioParameters &parameters, QObject *parent)
    : Scenario(parameters, parent)
{
    m_watchdog.setInterval(kWatchdogMs);
    connect(&m_watchdog, &QTimer::timeout, this, &BarrierScenario::checkProgress);
    m_gateTimer.setInterval(kGateMs);
    m_gateTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_gateTimer, &QTimer::timeout, this, &BarrierScenario::serviceExitGate);
    m_inspectTimer.setInterval(kInspectMs);
    connect(&m_inspectTimer, &QTimer::timeout, this, &BarrierScenario::sampleIpc);
}

// Destroyed mid-run (the window closed): the workers die first, then the objects go. The other
// way round, a worker inside a QSystemSemaphore call when its semaphore vanished would have Qt
// quietly create a new one (and its key file), which nobody would remove.
BarrierScenario::~BarrierScenario()
{
    supervisor().killAndCollectAll();
}

void BarrierScenario::begin()
{
    removeStaleIpcObjects();
    const int parties = parameters().intValue(Param::Workers);
    const qint64 rounds = parameters().value(Param::Rounds);
    const auto family = ipc::PrimitiveFamily(parameters().value(Param::Primitives));
    m_key = newRunKey();
    QString error;
    m_arena = CoordinationArena::create(m_key, parties, family, &error);
    if (!m_arena) {
        abort(tr("cannot create the barrier and lock (%1 primitives): %2")
                  .arg(QLatin1String(ipc::familyName(family)), error));
        return;
    }
    m_key = m_arena->key();
    connect(&supervisor(), &ProcessSupervisor::processFinished, this,
            &BarrierScenario::onProcessFinished);

    const auto breakIt = BreakItChoice(parameters().value(Param::BreakIt));
    // Break it: the first participant stays in its critical section in the middle round, and the
    // lab kills it there (SIGKILL, as a crash would).
    if (breakIt == BreakItChoice::KillHolder && m_parkIndex < 0) {
        m_parkIndex = 0;
        m_parkRound = int((rounds - 1) / 2);
        m_killParked = true;
        connect(&supervisor(), &ProcessSupervisor::runChanged, this,
                &BarrierScenario::killParkedHolder);
    }
    QStringList args{
        QStringLiteral("--key"),      m_key,
        QStringLiteral("--rounds"),   QString::number(rounds),
        QStringLiteral("--workload"), QString::number(parameters().value(Param::Workload)),
        QStringLiteral("--seed"),     QString::number(parameters().value(Param::Seed))};
    if (breakIt == BreakItChoice::ExitAfterLastBarrier)
        args << QStringLiteral("--exit-after-last-barrier") << QStringLiteral("1");
    // The qt family's participants run in proclab-qtworker (QSystemSemaphore needs QtCore).
    const QString executable = m_arena->workerExecutableName();
    const QString participantExecutable =
        executable == QLatin1String("proclab-worker") ? QString() : executable;
    int number = 1;
    for (int i = 0; i < parties; ++i, ++number) {
        QStringList participantArgs = args;
        if (i == m_parkIndex)
            participantArgs << QStringLiteral("--park-holding-lock")
                            << QString::number(m_parkRound);
        if (i == m_parkWorkIndex)
            participantArgs << QStringLiteral("--park-in-work") << QString::number(m_parkWorkRound);
        WorkerSpec spec{QStringLiteral("p%1 - test_with_barrier").arg(number),
                        QStringLiteral("barrier"), participantArgs};
        spec.executable = participantExecutable;
        m_participants.push_back(supervisor().launch(spec));
    }
    for (int i = 0; i < m_freeProcesses; ++i, ++number) {
        supervisor().launch({QStringLiteral("p%1 - test_without_barrier").arg(number),
                             QStringLiteral("work"),
                             {QStringLiteral("--count"), QStringLiteral("0")}});
    }
    m_lastProgressNs = monotonicNowNs();
    m_watchdog.start();
    if (m_arena->exitGateWaiters() >= 0)
        m_gateTimer.start();
    sampleIpc();
    m_inspectTimer.start();
    finishWhenAllEnded();
}

void BarrierScenario::sampleIpc()
{
    if (m_arena)
        showIpcObjects(m_arena->inspect());
}

void BarrierScenario::killParkedHolder()
{
    if (!m_killParked || m_holderKilled || !isRunning() || m_parkIndex < 0 ||
        size_t(m_parkIndex) >= m_participants.size())
        return;
    const int id = m_participants[size_t(m_parkIndex)];
    const ProcessRecord &p = *run().process(id);
    // Only the parked hold: an ordinary critical section of an earlier round may be open too, but
    // it ends within microseconds, before a signal could be sure to find it still there.
    const ProcessRecord::OpenSpan &hold = p.open[int(SpanKind::LockHold)];
    if (p.exit.finished() || !hold.open || hold.span.round != m_parkRound)
        return;
    // Killed once the others queue for the lock (or at the latest after a moment), so that the
    // death has someone waiting for what the holder held.
    if (m_parkSeenNs == 0) {
        m_parkSeenNs = monotonicNowNs();
        QTimer::singleShot(kKillParkedWithinMs, this, &BarrierScenario::killParkedHolder);
    }
    bool othersQueue = true;
    for (int other : m_participants) {
        const ProcessRecord &o = *run().process(other);
        const ProcessRecord::OpenSpan &wait = o.open[int(SpanKind::LockWait)];
        const bool placed = (wait.open && wait.span.round == m_parkRound) ||
                            spanOf(o, SpanKind::LockHold, m_parkRound) != nullptr;
        if (other != id && !o.exit.finished() && !placed)
            othersQueue = false; // still on its way to the lock in this round
    }
    if (!othersQueue && monotonicNowNs() - m_parkSeenNs < qint64(kKillParkedWithinMs) * 1'000'000)
        return;
    m_holderKilled = true;
    sampleIpc(); // the lock as it was, held
    // The signal shows on its lane; its own note says where it was parked.
    supervisor().sendSignal(id, SIGKILL);
}

void BarrierScenario::serviceExitGate()
{
    if (!m_arena || !isRunning())
        return;
    const int waiting = m_arena->exitGateWaiters();
    if (waiting <= 0)
        return;
    int running = 0;
    for (int id : m_participants)
        running += run().process(id)->exit.finished() ? 0 : 1;
    // Every participant still running has passed its last barrier: no turnstile token is still
    // needed, so their exits (and the kernel's SEM_UNDO adjustments) can no longer hurt anyone.
    if (waiting >= running) {
        m_arena->openExitGate(waiting);
        m_gateOpenedFor += waiting;
        m_gateTimer.stop();
    }
}

bool BarrierScenario::isParticipant(int id) const
{
    return contains(m_participants, id);
}

bool BarrierScenario::isStalled(int id) const
{
    return contains(m_stalled, id);
}

// A stopped participant never arrives (or, stopped inside the barrier, never comes back for the
// next round), and a stopped process never ends: as for a death, it is killed (SIGKILL ends a
// stopped process too) and the barrier broken, at once rather than after the stall limit.
void BarrierScenario::processStopped(int id)
{
    const ProcessRecord *p = run().process(id);
    if (!isRunning() || !p || p->exit.finished() || isStalled(id))
        return;
    m_stalled.push_back(id);
    if (isParticipant(id)) {
        addError(
            tr("participant %1 (%2) was stopped (SIGSTOP or a debugger): the run cannot go on; "
               "it was killed and the barrier broken so that the others could end")
                .arg(id)
                .arg(p->name));
    } else {
        addError(tr("process %1 (%2) was stopped (SIGSTOP or a debugger): the run could not end "
                    "while it was; it was killed")
                     .arg(id)
                     .arg(p->name));
    }
    supervisor().sendSignal(id, SIGKILL);
    if (isParticipant(id))
        breakBarrier();
}

void BarrierScenario::onProcessFinished(int id)
{
    if (!isParticipant(id) || !isRunning() || isAborted())
        return;
    const ProcessRecord &p = *run().process(id);
    if (endedCleanly(p.exit))
        return;
    if (m_arena && m_deadHolder < 0 && diedHoldingTheLock(p))
        holderDied(id);
    if (contains(m_stuckWaiters, id))
        return; // killed by the lab: waiting for a lock nobody could give back
    if (m_broken && p.exit.kind == ExitStatus::Kind::Normal && p.exit.code == kExitBroken)
        return; // woken by the broken barrier: a consequence, not a cause
    if (!isStalled(id)) {
        addError(tr("participant %1 (%2) %3%4; the barrier was broken so that the others could end")
                     .arg(id)
                     .arg(p.name, describeExit(p.exit), lastNoteOf(p)));
    }
    breakBarrier();
}

// Whether `p` died inside a critical section: its last hold was cut short by its death (or by a
// taker that found the lock's owner dead), or the lock's bookkeeping still names it.
bool BarrierScenario::diedHoldingTheLock(const ProcessRecord &p) const
{
    for (auto it = p.spans.rbegin(); it != p.spans.rend(); ++it) {
        if (it->kind == SpanKind::LockHold)
            return it->cutShort || (p.pid > 0 && m_arena->recordedHolder() == p.pid);
    }
    return p.open[int(SpanKind::LockHold)].open ||
           (p.pid > 0 && m_arena->recordedHolder() == p.pid);
}

// The holder's recorded pid is still in the lock's bookkeeping: it died between taking the lock and
// giving it back. What happens to the lock now is the family's nature, and it is read here, not
// assumed: the qt family's kernel undo (SEM_UNDO) has given it back before the process was
// reaped, the futex family's robust mutex passes it to the next waiter, and a POSIX semaphore
// stays taken. A lock that stayed taken is a deadlock for everyone waiting for it; the lab ends
// them, since nothing else ever would.
void BarrierScenario::holderDied(int id)
{
    m_deadHolder = id;
    sampleIpc();
    if (!m_arena->lockTaken() || m_arena->recordedHolder() != run().process(id)->pid)
        return; // given back (qt, futex), or already taken by a waiter who recorded itself
    if (m_arena->family() != ipc::PrimitiveFamily::Posix)
        return; // the kernel gives a robust mutex on (the next waiter sees EOWNERDEAD)
    m_lockStuck = true;
    const ProcessRecord &holder = *run().process(id);
    for (int other : m_participants) {
        const ProcessRecord &p = *run().process(other);
        if (other == id || p.exit.finished() || !p.open[int(SpanKind::LockWait)].open)
            continue;
        m_stuckWaiters.push_back(other);
        if (supervisor().sendSignal(other, SIGKILL))
            noteOn(mutableRun(), other,
                   tr("waited for a lock that no one can give back; killed by the lab"));
    }
    const int stuck = int(m_stuckWaiters.size());
    const QString what =
        tr("participant %1 (%2) died holding the lock. A POSIX semaphore has no owner, so "
           "nothing gave the lock back: it stayed taken, which is the deadlock Python's "
           "documentation warns about for Process.terminate().")
            .arg(id)
            .arg(holder.name);
    addError(stuck > 0 ? what + QLatin1Char(' ') +
                             tr("%n participant(s) waiting for it would have waited for ever; "
                                "the lab killed them to end the run.",
                                nullptr, stuck)
                       : what);
}

void BarrierScenario::breakBarrier()
{
    if (m_broken || !m_arena)
        return;
    m_broken = true;
    m_watchdog.stop();
    m_gateTimer.stop();
    // Non-blocking in every family: sets the broken state and wakes every sleeper.
    m_arena->breakBarrier();
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
    const quint64 generation = m_arena->generation();
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
        noteOn(mutableRun(), id,
               tr("made no progress for %1 ms while the others waited: hung").arg(m_stallLimitMs));
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
        if (p.exit.finished() || isStalled(id))
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
    m_gateTimer.stop();
    m_inspectTimer.stop();
    const qint64 rounds = parameters().value(Param::Rounds);
    bool lockTakenAtEnd = false;
    const bool exitAfterLastBarrier =
        BreakItChoice(parameters().value(Param::BreakIt)) == BreakItChoice::ExitAfterLastBarrier;
    if (m_arena) {
        m_criticalSections = m_arena->counter().load(std::memory_order_acquire);
        lockTakenAtEnd = m_arena->lockTaken();
        // Every process has ended: nothing uses the objects any more. Remove them and check.
        recordIpcRemoval(m_arena->removeAndCheck());
        m_arena.reset();
    }

    // Properties the lab shows: nobody left round r before the last participant arrived, and
    // no two lock holds overlapped.
    const BarrierRunProperties props =
        barrierRunProperties(run(), m_participants, rounds, exitAfterLastBarrier);
    QJsonArray free;
    for (const ProcessRecord &p : run().processes) {
        if (!isParticipant(p.id))
            free.append(p.id);
    }
    mutableRun().results = QJsonObject{
        {QStringLiteral("rounds"), rounds},
        {QStringLiteral("rounds_passed"), props.roundsPassed},
        {QStringLiteral("critical_sections"), m_criticalSections},
        {QStringLiteral("expected_critical_sections"), rounds * qint64(m_participants.size())},
        {QStringLiteral("lock_order"), props.lockOrder},
    };
    // A holder that died: who took the lock next, measured on the lanes (a hold by another
    // participant that began after the death), and whether the lock was still taken at the end.
    QJsonObject holderDeath;
    if (m_deadHolder >= 0) {
        const ProcessRecord &dead = *run().process(m_deadHolder);
        // The dead holder's last hold began when it took the lock; the next hold by anyone else
        // is who got the lock after it (a robust mutex or SEM_UNDO hands it over during the
        // holder's exit, before the kernel reports the process gone).
        qint64 deadHoldBegin = 0;
        for (const Span &s : dead.spans) {
            if (s.kind == SpanKind::LockHold)
                deadHoldBegin = s.beginNs;
        }
        int nextHolder = -1;
        qint64 nextBegin = std::numeric_limits<qint64>::max();
        for (int id : m_participants) {
            if (id == m_deadHolder)
                continue;
            for (const Span &s : run().process(id)->spans) {
                if (s.kind == SpanKind::LockHold && s.beginNs >= deadHoldBegin &&
                    s.beginNs < nextBegin) {
                    nextBegin = s.beginNs;
                    nextHolder = id;
                }
            }
        }
        holderDeath = QJsonObject{{QStringLiteral("holder"), m_deadHolder},
                                  {QStringLiteral("died_ns"), dead.exitedNs},
                                  {QStringLiteral("next_holder"),
                                   nextHolder >= 0 ? QJsonValue(nextHolder) : QJsonValue()},
                                  {QStringLiteral("next_hold_ns"),
                                   nextHolder >= 0 ? QJsonValue(nextBegin) : QJsonValue()},
                                  {QStringLiteral("lock_stayed_taken"), m_lockStuck},
                                  {QStringLiteral("lock_taken_at_end"), lockTakenAtEnd},
                                  {QStringLiteral("waiters_killed"), int(m_stuckWaiters.size())}};
    }
    mutableRun().facts = QJsonObject{
        {QStringLiteral("primitives"), QLatin1String(ipc::familyName(ipc::PrimitiveFamily(
                                           parameters().value(Param::Primitives))))},
        {QStringLiteral("exit_gate_opened_for"), m_gateOpenedFor},
        {QStringLiteral("holder_death"), holderDeath.isEmpty() ? QJsonValue() : holderDeath},
        {QStringLiteral("participants"), int(m_participants.size())},
        {QStringLiteral("without_barrier"), free},
        {QStringLiteral("barrier_broken"), m_broken},
        {QStringLiteral("barrier_order_ok"), props.orderOk},
        {QStringLiteral("lock_exclusive_ok"), props.exclusive},
        {QStringLiteral("barrier_wait_ns"), props.barrierWaitNs},
        {QStringLiteral("lock_wait_ns"), props.lockWaitNs},
    };
}

// ---- Pool ---------------------------------------------------------------------------------------

PoolScenario::PoolScenario(const ScenarioParameters &parameters, QObject *parent)
    : Scenario(parameters, parent)
{
    m_watchdog.setInterval(kWatchdogMs);
    connect(&m_watchdog, &QTimer::timeout, this, &PoolScenario::checkProgress);
    m_inspectTimer.setInterval(kInspectMs);
    connect(&m_inspectTimer, &QTimer::timeout, this, &PoolScenario::sampleIpc);
}

void PoolScenario::sampleIpc()
{
    if (m_arena)
        showIpcObjects(m_arena->inspect());
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
    connect(&supervisor(), &ProcessSupervisor::processFinished, this,
            &PoolScenario::onProcessFinished);
    const QStringList args{QStringLiteral("--key"), m_key, QStringLiteral("--workload"),
                           QString::number(parameters().value(Param::Workload))};
    // Python's pool workers on Linux (fork start method) are named ForkPoolWorker-N.
    for (int i = 0; i < workers; ++i) {
        QStringList workerArgs = args;
        if (i == m_parkIndex)
            workerArgs << QStringLiteral("--park-after-tasks") << QString::number(m_parkTasks);
        if (i == m_parkBetweenIndex)
            workerArgs << QStringLiteral("--park-between-chunks") << QString::number(m_parkChunks);
        m_workers.push_back(supervisor().launch(
            {QStringLiteral("ForkPoolWorker-%1").arg(i + 1), QStringLiteral("pool"), workerArgs}));
    }
    m_lastProgressNs = monotonicNowNs();
    m_watchdog.start();
    sampleIpc();
    m_inspectTimer.start();
    finishWhenAllEnded();
}

bool PoolScenario::isWorker(int id) const
{
    return contains(m_workers, id);
}

bool PoolScenario::isCulprit(int id) const
{
    return contains(m_culprits, id);
}

// Tasks completed since the last look, from shared memory: each chunk handed out is followed from
// its first task while its tasks show as done (a worker runs its chunk in order), so every task is
// looked at about once in the whole run, and m_open holds the chunks not done yet (about one per
// worker). No waiting: plain loads.
qint64 PoolScenario::scanProgress()
{
    if (!m_arena)
        return 0;
    const PoolQueue &queue = m_arena->queue();
    const qint64 n = queue.tasks();
    const qint64 chunksize = queue.chunksize();
    const qint64 handedChunks = (queue.handedOut() + chunksize - 1) / chunksize;
    qint64 progress = 0;
    const auto follow = [&](OpenChunk &c) {
        const qint64 end = std::min(n, (c.chunk + 1) * chunksize);
        while (c.next < end && queue.executions(c.next) > 0) {
            ++c.next;
            ++progress;
        }
        return c.next >= end;
    };
    size_t kept = 0;
    for (size_t i = 0; i < m_open.size(); ++i) {
        if (!follow(m_open[i]))
            m_open[kept++] = m_open[i];
    }
    m_open.resize(kept);
    for (; m_scannedChunks < handedChunks; ++m_scannedChunks) {
        OpenChunk c{m_scannedChunks, m_scannedChunks * chunksize};
        if (!follow(c))
            m_open.push_back(c);
    }
    if (progress > 0)
        m_lastProgressNs = monotonicNowNs();
    return progress;
}

QString PoolScenario::heldText(int id) const
{
    const QString held = heldRanges(id);
    return held.isEmpty() ? QString() : tr(" while holding tasks %1").arg(held);
}

QString PoolScenario::heldRanges(int id) const
{
    if (!m_arena)
        return {};
    const PoolQueue &queue = m_arena->queue();
    TaskRanges held;
    for (const OpenChunk &c : m_open) {
        if (queue.holder(c.chunk) != id)
            continue;
        const qint64 first = c.chunk * queue.chunksize();
        held.emplace_back(first, std::min(queue.tasks(), first + queue.chunksize()) - 1);
    }
    std::sort(held.begin(), held.end());
    return rangesText(held);
}

// A worker that ends abnormally while tasks remain breaks the pool, as in concurrent.futures
// (multiprocessing.Pool would wait forever for the chunk it held). Re-running its chunk on another
// worker would hide the fault the lab is there to show, and tasks that did run would run twice.
void PoolScenario::onProcessFinished(int id)
{
    if (!isRunning() || isAborted() || !isWorker(id))
        return;
    const ProcessRecord &p = *run().process(id);
    if (endedCleanly(p.exit) || isCulprit(id) || contains(m_stragglers, id))
        return;
    if (m_broken && p.exit.kind == ExitStatus::Kind::Normal && p.exit.code == kExitBroken)
        return; // stopped by the cancelled queue: a consequence, not a cause
    if (m_broken)
        return; // the pool is already broken; collectResults() says how it ended
    m_culprits.push_back(id);
    scanProgress();
    const bool tasksRemain =
        !m_arena || !m_open.empty() || m_arena->queue().handedOut() < m_arena->queue().tasks();
    if (!tasksRemain) {
        addError(tr("pool worker %1 (%2) %3%4")
                     .arg(id)
                     .arg(p.name, describeExit(p.exit), lastNoteOf(p)));
        return;
    }
    addError(tr("pool worker %1 (%2) %3%4%5: the pool is broken (as concurrent.futures reports "
                "BrokenProcessPool); the other workers were told to stop, the results so far are "
                "kept")
                 .arg(id)
                 .arg(p.name, describeExit(p.exit), heldText(id), lastNoteOf(p)));
    breakPool();
}

// A stopped worker holds its chunk for as long as it is stopped, and never ends: as for a death,
// it is killed (SIGKILL ends a stopped process too) and the pool broken.
void PoolScenario::processStopped(int id)
{
    const ProcessRecord *p = run().process(id);
    if (!isRunning() || !isWorker(id) || !p || p->exit.finished() || isCulprit(id) ||
        contains(m_stragglers, id))
        return;
    m_culprits.push_back(id);
    scanProgress(); // it is stopped: what it holds cannot change any more
    addError(tr("pool worker %1 (%2) was stopped (SIGSTOP or a debugger)%3: the run cannot go on; "
                "it was killed and the pool broken (the other workers were told to stop, the "
                "results so far are kept)")
                 .arg(id)
                 .arg(p->name, heldText(id)));
    supervisor().sendSignal(id, SIGKILL);
    breakPool();
}

// The pool's stall supervision, as the barrier's: when no task was completed by anyone for the
// stall limit while tasks remain, the workers holding unfinished chunks are hung; they are killed
// and the pool broken.
void PoolScenario::checkProgress()
{
    if (!m_arena || m_broken || !isRunning())
        return;
    scanProgress();
    const PoolQueue &queue = m_arena->queue();
    const qint64 now = monotonicNowNs();
    if (m_open.empty() && queue.handedOut() >= queue.tasks()) {
        m_lastProgressNs = now; // nothing left to do: the workers are ending
        return;
    }
    if (now - m_lastProgressNs < qint64(m_stallLimitMs) * 1'000'000)
        return;
    bool culprit = false;
    for (const OpenChunk &c : m_open) {
        const int holder = queue.holder(c.chunk);
        const ProcessRecord *p = run().process(holder);
        if (!isWorker(holder) || !p || p->exit.finished() || isCulprit(holder))
            continue;
        culprit = true;
        m_culprits.push_back(holder);
        noteOn(mutableRun(), holder,
               tr("completed no task for %1 ms while tasks remained: hung").arg(m_stallLimitMs));
        addError(tr("pool worker %1 (%2) is hung: no task was completed for %3 ms while tasks "
                    "remained, and it holds tasks %4; it was killed and the pool broken (the other "
                    "workers were told to stop, the results so far are kept)")
                     .arg(holder)
                     .arg(p->name)
                     .arg(m_stallLimitMs)
                     .arg(heldRanges(holder)));
        supervisor().sendSignal(holder, SIGKILL);
    }
    if (!culprit)
        addError(tr("the pool completed no task for %1 ms while tasks remained; it was broken")
                     .arg(m_stallLimitMs));
    breakPool();
}

// Non-blocking: the workers see the cancelled queue before their next task, report what they did
// and end; the ones that do not within the grace period are killed.
void PoolScenario::breakPool()
{
    if (m_broken || !m_arena)
        return;
    m_broken = true;
    m_watchdog.stop();
    m_arena->queue().cancel();
    QTimer::singleShot(kStragglerGraceMs, this, &PoolScenario::endStragglers);
}

void PoolScenario::endStragglers()
{
    if (!isRunning())
        return;
    for (int id : m_workers) {
        const ProcessRecord &p = *run().process(id);
        if (p.exit.finished() || isCulprit(id) || contains(m_stragglers, id))
            continue;
        m_stragglers.push_back(id);
        addError(tr("pool worker %1 (%2) did not end after the pool was broken and was killed")
                     .arg(id)
                     .arg(p.name));
        supervisor().sendSignal(id, SIGKILL);
    }
}

void PoolScenario::collectResults()
{
    m_watchdog.stop();
    m_inspectTimer.stop();
    if (!m_arena)
        return;
    const PoolQueue &queue = m_arena->queue();
    const qint64 n = queue.tasks();
    const qint64 chunksize = queue.chunksize();
    const qint64 handed = queue.handedOut();
    const size_t processes = run().processes.size();

    // The task spans that reached the lab; the first task of each listed chunk: its worker
    // stamped it right after taking the chunk, so its begin is when the chunk was taken.
    std::vector<bool> spanned(size_t(n), false);
    const qint64 chunks = chunksize > 0 ? (n + chunksize - 1) / chunksize : 0;
    std::vector<std::pair<int, qint64>> chunkStart(
        size_t(std::min<qint64>(chunks, kMaxChunksListed)), {-1, -1});
    qint64 spans = 0;
    for (const ProcessRecord &p : run().processes) {
        for (const Span &s : p.spans) {
            if (s.kind != SpanKind::Task || s.task < 0 || s.task >= n)
                continue;
            ++spans;
            spanned[size_t(s.task)] = true;
            if (s.task % chunksize == 0 && size_t(s.task / chunksize) < chunkStart.size())
                chunkStart[size_t(s.task / chunksize)] = {p.id, s.beginNs};
        }
    }
    // Who took which chunk when: the taker as the queue recorded it (the worker wrote itself in
    // as the chunk's holder when it took it), the time from that worker's own stamp.
    QJsonArray chunkTakers;
    for (size_t c = 0; c < chunkStart.size(); ++c) {
        const int holder = qint64(c) * chunksize < handed ? queue.holder(qint64(c)) : -1;
        const auto &[spanOwner, takenNs] = chunkStart[c];
        chunkTakers.append(QJsonObject{
            {QStringLiteral("chunk"), qint64(c)},
            {QStringLiteral("worker"), holder >= 0 ? QJsonValue(holder) : QJsonValue()},
            {QStringLiteral("taken_ns"),
             spanOwner >= 0 && spanOwner == holder ? QJsonValue(takenNs) : QJsonValue()}});
    }

    // Every task from shared memory: done (with or without a span), lost with the worker whose
    // failure broke the pool, or not run.
    QJsonArray results;
    std::vector<qint64> perWorker(processes, 0);
    std::vector<TaskRanges> lostWith(processes);
    std::vector<TaskRanges> noSpanOf(processes);
    TaskRanges lost;
    TaskRanges noSpan;
    qint64 missing = 0;
    qint64 notRun = 0;
    qint64 repeated = 0;
    qint64 wrong = 0;
    for (qint64 i = 0; i < n; ++i) {
        const int executions = queue.executions(i);
        if (executions == 0) {
            ++missing;
            results.append(QJsonValue());
            const int holder = i < handed ? queue.holder(i / chunksize) : -1;
            if (holder >= 0 && size_t(holder) < processes && isCulprit(holder)) {
                addToRanges(lostWith[size_t(holder)], i);
                addToRanges(lost, i);
            } else {
                ++notRun;
            }
            continue;
        }
        if (executions > 1)
            ++repeated;
        const qint64 result = queue.result(i);
        wrong += result != i * i;
        results.append(result);
        const int worker = queue.worker(i);
        if (worker >= 0 && size_t(worker) < perWorker.size()) {
            ++perWorker[size_t(worker)];
            if (!spanned[size_t(i)])
                addToRanges(noSpanOf[size_t(worker)], i);
        }
        if (!spanned[size_t(i)])
            addToRanges(noSpan, i);
    }
    // Every process has ended: nothing uses the segment any more. Remove it and check.
    recordIpcRemoval(m_arena->removeAndCheck());
    m_arena.reset();

    for (const ProcessRecord &p : run().processes) {
        if (isAborted())
            break; // the lab killed them (Stop, time limit): the run's error already says so
        if (endedCleanly(p.exit) || isCulprit(p.id) || contains(m_stragglers, p.id))
            continue; // fine, or reported when it happened
        if (m_broken && p.exit.kind == ExitStatus::Kind::Normal && p.exit.code == kExitBroken)
            continue; // ended because the pool broke
        addError(tr("pool worker %1 (%2) %3").arg(p.id).arg(p.name, describeExit(p.exit)));
    }
    for (const ProcessRecord &p : run().processes) {
        const TaskRanges &ranges = lostWith[size_t(p.id)];
        if (!ranges.empty())
            addError(tr("%1 tasks were lost (%2): pool worker %3 (%4) held them and ended without "
                        "running them")
                         .arg(countOf(ranges))
                         .arg(rangesText(ranges))
                         .arg(p.id)
                         .arg(p.name));
    }
    for (const ProcessRecord &p : run().processes) {
        const TaskRanges &ranges = noSpanOf[size_t(p.id)];
        if (!ranges.empty())
            addError(
                tr("%1 tasks done according to shared memory have no span (%2): pool worker %3 "
                   "(%4) ended before reporting them; they count as done")
                    .arg(countOf(ranges))
                    .arg(rangesText(ranges))
                    .arg(p.id)
                    .arg(p.name));
    }
    if (notRun > 0) {
        if (m_broken)
            addError(tr("%1 of %2 tasks were not run: the pool broke first").arg(notRun).arg(n));
        else if (isAborted())
            addError(tr("%1 of %2 tasks were not run: the run was ended first").arg(notRun).arg(n));
        else
            addError(tr("%1 of %2 tasks were never run").arg(notRun).arg(n));
    }
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
        // Checked here, on the engine thread, once: the window's tutorial panel reads it instead
        // of walking a million results on the GUI thread.
        {QStringLiteral("results_are_squares"), missing == 0 && wrong == 0},
        // The accounting, from shared memory: tasks_done + tasks_lost + tasks_not_run == tasks.
        // Ranges are inclusive [first, last], at most kMaxRangesListed of them.
        {QStringLiteral("tasks_done"), n - missing},
        {QStringLiteral("task_spans"), spans},
        {QStringLiteral("tasks_done_without_span"), countOf(noSpan)},
        {QStringLiteral("done_without_span"), rangesJson(noSpan)},
        {QStringLiteral("tasks_lost"), countOf(lost)},
        {QStringLiteral("lost"), rangesJson(lost)},
        {QStringLiteral("tasks_not_run"), notRun},
        {QStringLiteral("pool_broken"), m_broken},
        // The first kMaxChunksListed chunks (chunks says how many there are).
        {QStringLiteral("chunk_takers"), chunkTakers},
    };
}

} // namespace proclab
