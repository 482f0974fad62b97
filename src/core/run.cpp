// SPDX-License-Identifier: MIT
#include "run.h"

#include <algorithm>

#include "clock.h"

#include <QCoreApplication>
#include <limits>
#include <string.h> // sigabbrev_np

namespace proclab {

namespace {
// The messages' translation context, declared so that lupdate files them under it too.
class RecorderText
{
    Q_DECLARE_TR_FUNCTIONS(proclab::RunRecorder)
};
class ExitStampText
{
    Q_DECLARE_TR_FUNCTIONS(proclab::ExitStamp)
};
} // namespace

QString ExitStatus::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Running:
        return QStringLiteral("running");
    case Kind::Normal:
        return QStringLiteral("normal");
    case Kind::Signal:
        return QStringLiteral("signal");
    case Kind::FailedToStart:
        return QStringLiteral("failed_to_start");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString exitStampName(ExitStamp stamp)
{
    switch (stamp) {
    case ExitStamp::None:
        return QStringLiteral("none");
    case ExitStamp::Pidfd:
        return QStringLiteral("pidfd");
    case ExitStamp::Worker:
        return QStringLiteral("worker");
    case ExitStamp::Noticed:
        return QStringLiteral("noticed");
    }
    return {};
}

QString exitStampDescription(ExitStamp stamp)
{
    switch (stamp) {
    case ExitStamp::Pidfd:
        return ExitStampText::tr("measured by the kernel (pidfd)");
    case ExitStamp::Worker:
        return ExitStampText::tr("reported by the process itself");
    case ExitStamp::Noticed:
        return ExitStampText::tr("when the lab noticed");
    case ExitStamp::None:
        break;
    }
    return {};
}

ExitStamp exitStampFromName(const QString &name)
{
    for (const ExitStamp s : {ExitStamp::Pidfd, ExitStamp::Worker, ExitStamp::Noticed}) {
        if (name == exitStampName(s))
            return s;
    }
    return ExitStamp::None;
}

QString signalName(int signal)
{
    // sigabbrev_np (glibc 2.32) knows every signal of the platform, so no table to keep in sync.
    if (const char *abbrev = ::sigabbrev_np(signal))
        return QStringLiteral("SIG") + QLatin1String(abbrev);
    return QStringLiteral("SIG%1").arg(signal);
}

qint64 ProcessRecord::timeIn(SpanKind kind) const
{
    qint64 total = 0;
    for (const Span &s : spans) {
        if (s.kind == kind)
            total += s.endNs - s.beginNs;
    }
    return total;
}

ProcessRecord *Run::process(int id)
{
    if (id < 0 || size_t(id) >= processes.size())
        return nullptr;
    return &processes[size_t(id)];
}

const ProcessRecord *Run::process(int id) const
{
    return const_cast<Run *>(this)->process(id);
}

qint64 Run::spanCount() const
{
    qint64 n = 0;
    for (const auto &p : processes)
        n += qint64(p.spans.size());
    return n;
}

bool RunRecorder::speaksFor(int sourceId, int processId) const
{
    // Up the declared parent chain: a pipe speaks for its process and its descendants.
    for (int id = processId, hops = 0; id >= 0 && hops <= int(m_run.processes.size()); ++hops) {
        if (id == sourceId)
            return true;
        id = m_run.processes[size_t(id)].parent;
    }
    return false;
}

bool RunRecorder::spendSpans(qint64 count)
{
    if (m_spans + count > m_limits.spans) {
        m_budgetExceeded = true;
        return false;
    }
    m_spans += count;
    return true;
}

bool RunRecorder::apply(const Event &event, QString *error, int sourceId)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    ProcessRecord *process = m_run.process(event.processId);
    if (!process)
        return fail(RecorderText::tr("event for unknown process id %1").arg(event.processId));
    if (sourceId >= 0 && !speaksFor(sourceId, event.processId))
        return fail(RecorderText::tr("process %1 may not report for process %2")
                        .arg(sourceId)
                        .arg(event.processId));
    if (process->pid == 0 && sourceId >= 0)
        return fail(
            RecorderText::tr("process %1 reported before it was started").arg(event.processId));
    if (process->pid != 0 && process->pid != event.pid)
        return fail(RecorderText::tr("pid %1 does not match process %2 (pid %3)")
                        .arg(event.pid)
                        .arg(event.processId)
                        .arg(process->pid));
    const qint64 t = relative(event.timestampNs);
    // Every process of a run reads the same CLOCK_MONOTONIC: an event cannot predate its process's
    // launch (taken just before the fork) nor lie in the future.
    if (process->launchedNs >= 0 && t < process->launchedNs)
        return fail(RecorderText::tr("timestamp before the process was launched"));
    if (m_run.originNs > 0 && event.timestampNs > monotonicNowNs())
        return fail(RecorderText::tr("timestamp in the future"));
    if (event.round >= m_limits.rounds)
        return fail(RecorderText::tr("round %1 out of range 0-%2")
                        .arg(event.round)
                        .arg(m_limits.rounds - 1));
    if (event.type != EventType::Tasks && event.task >= m_limits.tasks)
        return fail(
            RecorderText::tr("task %1 out of range 0-%2").arg(event.task).arg(m_limits.tasks - 1));

    switch (event.type) {
    case EventType::Ready:
        if (process->readyNs >= 0)
            return fail(RecorderText::tr("process %1 reported ready twice").arg(event.processId));
        process->readyNs = t;
        return true;
    case EventType::Begin: {
        auto &slot = process->open[size_t(event.span)];
        if (slot.open)
            return fail(RecorderText::tr("span %1 began twice without ending")
                            .arg(QString::fromLatin1(spanKindName(event.span))));
        // round >= 0: the parser requires it.
        if (BarrierRound *round = event.lastArrival ? barrierRound(event.round) : nullptr) {
            if (round->lastArriver >= 0)
                return fail(
                    RecorderText::tr("a second last arrival in barrier round %1").arg(event.round));
            round->lastArriver = process->id;
            round->arrivedNs = t;
            // The waits of the round that the engine read first get their cause now.
            int next = std::exchange(round->pending, -1);
            while (next >= 0) {
                const PendingWait wait = m_pendingWaits[size_t(next)];
                m_pendingWaits[size_t(next)].next = std::exchange(m_freePendingWait, next);
                next = wait.next;
                if (ProcessRecord *waiter = m_run.process(wait.processId))
                    attributeBarrierWait(*waiter, wait.spanIndex, true);
            }
        }
        slot.open = true;
        slot.span = Span{t, t, event.round, event.task, event.span};
        return true;
    }
    case EventType::End: {
        auto &slot = process->open[size_t(event.span)];
        if (!slot.open)
            return fail(RecorderText::tr("span %1 ended without beginning")
                            .arg(QString::fromLatin1(spanKindName(event.span))));
        if (slot.span.round != event.round || slot.span.task != event.task)
            return fail(RecorderText::tr("span %1 ended with another round or task than it began")
                            .arg(QString::fromLatin1(spanKindName(event.span))));
        if (t < slot.span.beginNs)
            return fail(RecorderText::tr("span ends before it begins"));
        if (!spendSpans(1))
            return fail(
                RecorderText::tr("the run's budget of %1 spans is spent").arg(m_limits.spans));
        slot.open = false;
        slot.span.endNs = t;
        process->spans.push_back(slot.span);
        if (event.cause != CauseEvent::None) { // `end … cause=`: what a `cause` line would say
            if (applyCause(event, *process, t, error))
                return true;
            // All or nothing: a rejected line leaves the span open, as it was.
            process->spans.pop_back();
            slot.open = true;
            --m_spans;
            return false;
        }
        if (event.span == SpanKind::BarrierWait && event.round >= 0)
            attributeBarrierWait(*process, int(process->spans.size()) - 1, false);
        return true;
    }
    case EventType::Output:
        if (event.value > m_limits.output)
            return fail(RecorderText::tr("output of %1 items is more than the run allows (%2)")
                            .arg(event.value)
                            .arg(m_limits.output));
        process->outputSize = event.value;
        return true;
    case EventType::Spawn: {
        ProcessRecord *child = m_run.process(event.childId);
        if (!child || child->parent != event.processId || child->pid != 0)
            return fail(RecorderText::tr("spawn of child %1 that was not reserved for process %2")
                            .arg(event.childId)
                            .arg(event.processId));
        child->pid = event.value;
        child->daemon = event.daemon;
        child->name = event.text;
        child->launchedNs = t;
        return true;
    }
    case EventType::Reaped: {
        ProcessRecord *child = m_run.process(event.childId);
        if (!child || child->parent != event.processId || child->pid == 0)
            return fail(RecorderText::tr("reaped child %1 that process %2 never spawned")
                            .arg(event.childId)
                            .arg(event.processId));
        if (child->reapedNs >= 0 || child->exit.finished())
            return fail(RecorderText::tr("child %1 reaped twice").arg(event.childId));
        if (event.reap == ReapKind::Signal && (event.value < 1 || event.value > 64))
            return fail(
                RecorderText::tr("reaped with signal %1, which does not exist").arg(event.value));
        if (event.reap == ReapKind::Normal && event.value > 255)
            return fail(RecorderText::tr("exit code out of range 0-255"));
        child->reapedNs = t;
        return true;
    }
    case EventType::LockOwnerDied:
        process->markers.push_back(
            {t, Marker::Kind::Note, 0,
             RecorderText::tr("took over the lock from a holder that died holding it")});
        m_ownerDiedTakes.emplace_back(event.processId, t);
        clampCutShortHolds(event.processId, t);
        return true;
    case EventType::Note:
        process->markers.push_back({t, Marker::Kind::Note, 0, event.text});
        return true;
    case EventType::Cause:
        return applyCause(event, *process, t, error);
    case EventType::SignalSent: {
        // A child reserved for the sender may not have announced itself yet (its spawn line
        // comes from the child itself, through the same pipe but perhaps later).
        ProcessRecord *child = m_run.process(event.childId);
        if (!child || child->parent != event.processId)
            return fail(RecorderText::tr("signal sent to child %1 that process %2 never spawned")
                            .arg(event.childId)
                            .arg(event.processId));
        child->markers.push_back(
            {t, Marker::Kind::SignalSent, int(event.value), {}, qint32(event.processId)});
        return true;
    }
    case EventType::Tasks: {
        // All or nothing: every span is checked before any is recorded, so a rejected line
        // leaves the run as it was.
        const int count = event.taskCount();
        if (count == 0 || event.taskOffsets.size() != size_t(2 * count))
            return fail(RecorderText::tr("tasks line without task times"));
        if (event.task < 0 || event.task > std::numeric_limits<qint32>::max() - (count - 1) ||
            event.task + (count - 1) >= m_limits.tasks)
            return fail(RecorderText::tr("task index out of range"));
        if (process->open[size_t(SpanKind::Task)].open)
            return fail(RecorderText::tr("tasks reported while a task span is open"));
        const qint64 *offsets = event.taskOffsets.data();
        const qint64 latest = m_run.originNs > 0 ? monotonicNowNs() - event.timestampNs
                                                 : std::numeric_limits<qint64>::max();
        for (int k = 0; k < count; ++k) {
            if (offsets[2 * k] < 0 || offsets[2 * k + 1] < offsets[2 * k] ||
                offsets[2 * k + 1] > std::numeric_limits<qint64>::max() - event.timestampNs)
                return fail(RecorderText::tr("task %1 has a negative or backwards span")
                                .arg(event.task + k));
            if (offsets[2 * k + 1] > latest)
                return fail(RecorderText::tr("timestamp in the future"));
        }
        if (!spendSpans(count))
            return fail(
                RecorderText::tr("the run's budget of %1 spans is spent").arg(m_limits.spans));
        for (int k = 0; k < count; ++k) {
            process->spans.push_back(Span{t + offsets[2 * k], t + offsets[2 * k + 1], -1,
                                          event.task + k, SpanKind::Task});
        }
        return true;
    }
    case EventType::Exit:
        // The code the worker meant to exit with; the real status comes from the OS at finish.
        // Its time is the exit time of last resort, when the OS's cannot be had.
        m_exitEvents.push_back({event.processId, t, int(event.value)});
        return true;
    }
    return fail(RecorderText::tr("unhandled event"));
}

bool RunRecorder::applyCause(const Event &event, ProcessRecord &process, qint64 t, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // The wait it ends is the process's last closed span of that kind, and it has no cause yet.
    auto span = std::find_if(process.spans.rbegin(), process.spans.rend(),
                             [&](const Span &s) { return s.kind == event.span; });
    if (span == process.spans.rend() || span->cause >= 0)
        return fail(RecorderText::tr("cause for a %1 span that did not end or already has one")
                        .arg(QString::fromLatin1(spanKindName(event.span))));
    Cause cause;
    cause.event = event.cause;
    if (event.cause != CauseEvent::Unknown) {
        if (event.cause != CauseEvent::BarrierLastArrival &&
            event.cause != CauseEvent::LockRelease && event.cause != CauseEvent::OwnerDied)
            return fail(RecorderText::tr("a process cannot report a %1 cause")
                            .arg(causeEventName(event.cause)));
        const ProcessRecord *who = m_run.process(event.childId);
        if (!who || who->id == process.id)
            return fail(RecorderText::tr("cause names process %1, which is not another process "
                                         "of the run")
                            .arg(event.childId));
        const qint64 when = relative(event.value);
        if (when < 0 || when > t)
            return fail(RecorderText::tr("cause time outside the run"));
        cause.process = event.childId;
        cause.timeNs = when;
    }
    // An `end … cause=` line's span is the one just recorded: nobody can have been sent it yet.
    setCause(process, int(process.spans.rend() - span) - 1, cause, event.type != EventType::End);
    return true;
}

void RunRecorder::setCause(ProcessRecord &process, int spanIndex, const Cause &cause, bool revised)
{
    process.spans[size_t(spanIndex)].cause = qint32(process.causes.size());
    process.causes.push_back(cause);
    // Perhaps already sent to the views without it: a snapshot taker sends it again.
    if (revised)
        m_revised.emplace_back(process.id, spanIndex);
}

// A barrier wait ended: its cause is its round's last arrival, which the last arriver reported on
// its own `begin barrier_wait round=N last` line (the barrier counted it last). That line may come
// after this wait's end (another process's pipe): the wait then waits for it here. The last
// arriver's own span, and a wait that already has a cause (`cause … unknown` from a runtime
// whose barrier cannot tell), get none.
void RunRecorder::attributeBarrierWait(ProcessRecord &process, int spanIndex, bool revised)
{
    const Span &span = process.spans[size_t(spanIndex)];
    if (span.cause >= 0)
        return;
    BarrierRound *round = barrierRound(span.round); // >= 0: only waits with a round come here
    if (!round)
        return;
    if (round->lastArriver < 0) {
        const PendingWait wait{process.id, spanIndex, round->pending};
        if (m_freePendingWait >= 0) {
            round->pending =
                std::exchange(m_freePendingWait, m_pendingWaits[size_t(m_freePendingWait)].next);
            m_pendingWaits[size_t(round->pending)] = wait;
        } else {
            round->pending = int(m_pendingWaits.size());
            m_pendingWaits.push_back(wait);
        }
        return;
    }
    const int lastArriver = round->lastArriver;
    const qint64 arrivedNs = round->arrivedNs;
    if (lastArriver == process.id)
        return;
    Cause cause;
    cause.event = CauseEvent::BarrierLastArrival;
    cause.process = lastArriver;
    cause.timeNs = arrivedNs;
    setCause(process, spanIndex, cause, revised);
}

RunRecorder::BarrierRound *RunRecorder::barrierRound(qint32 round)
{
    if (size_t(round) >= m_barrierRounds.size()) {
        if (qint64(round) > 2 * m_spans + 4096)
            return nullptr;
        m_barrierRounds.resize(size_t(round) + 1);
    }
    return &m_barrierRounds[size_t(round)];
}

void RunRecorder::closeOpenSpans(ProcessRecord &process)
{
    for (auto &slot : process.open) {
        if (!slot.open)
            continue;
        slot.open = false;
        Span span = slot.span;
        span.cutShort = true;
        span.endNs = std::max(span.beginNs, process.exitedNs);
        if (span.kind == SpanKind::LockHold) {
            for (const auto &[taker, acquiredNs] : m_ownerDiedTakes) {
                if (taker != process.id && acquiredNs >= span.beginNs && acquiredNs < span.endNs)
                    span.endNs = acquiredNs;
            }
        }
        process.spans.push_back(span);
    }
}

void RunRecorder::clampCutShortHolds(int takerId, qint64 acquiredNs)
{
    for (ProcessRecord &p : m_run.processes) {
        if (p.id == takerId)
            continue;
        for (size_t i = p.spans.size(); i-- > 0;) {
            Span &s = p.spans[i];
            if (s.kind != SpanKind::LockHold)
                continue;
            // Only the last hold can have been cut short by the holder's death.
            if (s.cutShort && acquiredNs >= s.beginNs && acquiredNs < s.endNs) {
                s.endNs = acquiredNs;
                m_revised.emplace_back(p.id, int(i));
            }
            break;
        }
    }
}

qint64 RunRecorder::exitEventNs(int processId, int *code) const
{
    for (const ExitEvent &e : m_exitEvents) {
        if (e.processId == processId) {
            if (code)
                *code = e.code;
            return e.ns;
        }
    }
    return -1;
}

namespace {

// Moves every time of a process later by `ns` (its run's origin is that much after the axis').
void shiftTimes(ProcessRecord &p, qint64 ns)
{
    if (ns == 0)
        return;
    for (qint64 *t : {&p.launchedNs, &p.readyNs, &p.exitedNs, &p.reapedNs, &p.stoppedNs}) {
        if (*t >= 0)
            *t += ns;
    }
    for (Span &s : p.spans) {
        s.beginNs += ns;
        s.endNs += ns;
    }
    for (ProcessRecord::OpenSpan &open : p.open) {
        if (open.open) {
            open.span.beginNs += ns;
            open.span.endNs += ns;
        }
    }
    for (Marker &m : p.markers)
        m.timeNs += ns;
    for (Cause *c : {&p.exitCause, &p.reapCause, &p.launchCause})
        if (c->timeNs >= 0)
            c->timeNs += ns;
    for (Cause &c : p.causes)
        if (c.timeNs >= 0)
            c.timeNs += ns;
}

// Process ids a cause names move with the processes of their run.
void shiftCauseIds(ProcessRecord &p, int shift)
{
    if (shift == 0)
        return;
    for (Cause *c : {&p.exitCause, &p.reapCause, &p.launchCause})
        if (c->process >= 0)
            c->process += shift;
    for (Cause &c : p.causes)
        if (c.process >= 0)
            c.process += shift;
}

} // namespace

Run combineRuns(const Run &cpp, const Run &python, bool sameClock)
{
    Run combined;
    combined.scenario = cpp.scenario;
    combined.parameters = cpp.parameters;
    combined.parameters.insert(QStringLiteral("runtime"), sameClock
                                                              ? QStringLiteral("both-together")
                                                              : QStringLiteral("both"));
    // Each run's times count from its own first launch; on one clock the later one moves right.
    const bool both = cpp.originNs > 0 && python.originNs > 0;
    combined.originNs =
        both ? std::min(cpp.originNs, python.originNs) : std::max(cpp.originNs, python.originNs);
    const qint64 cppShift = sameClock && both ? cpp.originNs - combined.originNs : 0;
    const qint64 pythonShift = sameClock && both ? python.originNs - combined.originNs : 0;
    combined.wallNs = std::max(cpp.wallNs + cppShift, python.wallNs + pythonShift);
    const int offset = int(cpp.processes.size());
    const auto add = [&](const ProcessRecord &p, const QString &runtime, const QString &label,
                         int shift, qint64 timeShift) {
        ProcessRecord copy = p;
        copy.id += shift;
        if (copy.parent >= 0)
            copy.parent += shift;
        copy.runtime = runtime;
        copy.name = QStringLiteral("%1 · %2").arg(label, p.name);
        shiftTimes(copy, timeShift);
        shiftCauseIds(copy, shift);
        for (Marker &m : copy.markers) {
            if (m.sender >= 0)
                m.sender += shift;
        }
        combined.processes.push_back(std::move(copy));
    };
    for (const ProcessRecord &p : cpp.processes)
        add(p, QStringLiteral("cpp"), QStringLiteral("C++"), 0, cppShift);
    for (const ProcessRecord &p : python.processes)
        add(p, QStringLiteral("python"), QStringLiteral("Python"), offset, pythonShift);
    combined.results = QJsonObject{{QStringLiteral("cpp"), cpp.results},
                                   {QStringLiteral("python"), python.results}};
    combined.facts =
        QJsonObject{{QStringLiteral("cpp"), cpp.facts}, {QStringLiteral("python"), python.facts}};
    for (const QString &e : cpp.errors)
        combined.errors.append(QStringLiteral("C++: %1").arg(e));
    for (const QString &e : python.errors)
        combined.errors.append(QStringLiteral("Python: %1").arg(e));
    combined.ipc = cpp.ipc;
    return combined;
}

} // namespace proclab
