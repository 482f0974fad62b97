// SPDX-License-Identifier: MIT
#pragma once

#include "event.h"
#include "ipcinspection.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <limits>
#include <utility>
#include <vector>

namespace proclab {

// One closed span on a process lane. Times are ns since the run's origin. Kept at 32 bytes:
// a run may record tens of thousands of them.
struct Span
{
    qint64 beginNs = 0;
    qint64 endNs = 0;
    qint32 round = -1;
    qint32 task = -1;
    SpanKind kind = SpanKind::Work;
    // The process died inside the span: it did not end it, its death did (at the exit time, or
    // earlier where the OS proves the span was over sooner, e.g. a lock taken over from it).
    bool cutShort = false;
    // What ended this wait: an index into its process's `causes`, -1 for none. In the padding
    // that was there anyway, so a span stays 32 bytes.
    qint32 cause = -1;
};
static_assert(sizeof(Span) == 32, "a run may hold millions of spans");

// What ended a wait, or a process: who did it (a process id of the run; -1: the lab itself) and
// when, by that process's own clock reading (ns since the run's origin). Recorded where it
// happened: the barrier's last arriver knows it completed the round (the barrier counted it) and
// says so with its arrival, the lock's releaser writes who it is into the shared block and the
// waiter reports it on acquiring; the engine knows the signals it sent and the joins it waited
// on. Never inferred from timestamps afterwards.
struct Cause
{
    qint32 process = -1;
    CauseEvent event = CauseEvent::None;
    qint32 signal = 0; // Signal: which one
    qint64 timeNs = -1;

    bool known() const { return event != CauseEvent::None && event != CauseEvent::Unknown; }
    bool recorded() const { return event != CauseEvent::None; }
};

// Things that happen to a process at an instant, drawn as markers on its lane.
struct Marker
{
    enum class Kind : quint8
    {
        SignalSent,
        Note
    };
    qint64 timeNs = 0;
    Kind kind = Kind::Note;
    int signal = 0;
    QString text;
    // SignalSent: the process of the run that sent it (a parent terminating its child); -1: the
    // lab.
    qint32 sender = -1;
};

struct ExitStatus
{
    enum class Kind : quint8
    {
        Running,
        Normal,
        Signal,
        FailedToStart,
        Timeout,
        Unknown // it has exited, but its status could not be collected (an unwatched orphan)
    };
    Kind kind = Kind::Running;
    int code = 0;   // Normal: the exit code
    int signal = 0; // Signal (and Timeout, when the lab killed it): the signal number

    bool finished() const { return kind != Kind::Running; }
    // What Python's Process.exitcode shows: the code, or minus the signal. None (running or never
    // started) is reported as std::nullopt by callers; here it is 0 for lack of a better int.
    int pythonExitCode() const
    {
        return kind == Kind::Signal || kind == Kind::Timeout ? -signal : code;
    }
    static QString kindName(Kind kind);
};

// Who measured a process's exit time, most exact first.
enum class ExitStamp : quint8
{
    None,    // not known (running, never started)
    Pidfd,   // the kernel: the process's pidfd became readable (watched on its own thread)
    Worker,  // the worker's own last event, when no pidfd could be had
    Noticed, // when the engine noticed: the least exact, used only when nothing better exists
};
QString exitStampName(ExitStamp stamp);
// Who measured it, for people: "measured by the kernel (pidfd)"; empty for None.
QString exitStampDescription(ExitStamp stamp);
ExitStamp exitStampFromName(const QString &name);

// "SIGTERM", "SIGKILL", … for a signal number (as ps and Python's signal.Signals name them).
QString signalName(int signal);

struct ProcessRecord
{
    int id = 0;
    QString name;
    qint64 pid = 0;
    int parent = -1; // id of the process that started it; -1: the lab itself
    bool daemon = false;
    qint64 launchedNs = -1;
    qint64 readyNs = -1;
    // When the process exited (see exitStamp for who said so), and when the lab or the parent
    // collected its status (Python's join()). Between the two the process is a zombie.
    qint64 exitedNs = -1;
    qint64 reapedNs = -1;
    ExitStamp exitStamp = ExitStamp::None;
    // When the lab noticed it stopped (SIGSTOP, a debugger), while it is; -1 when it is not.
    qint64 stoppedNs = -1;
    qint64 outputSize = -1;
    // Who ran it, in a run that combines runtimes ("cpp", "python"); empty: the run's runtime.
    QString runtime;
    // MPI runtime: the process's rank and the host it ran on (-1 and empty otherwise).
    int rank = -1;
    QString host;
    ExitStatus exit;
    std::vector<Span> spans;
    std::vector<Marker> markers;
    // The causes spans point at (Span::cause), in the order they were reported.
    std::vector<Cause> causes;
    // Why it ended (a signal the lab sent it), why its reap came when it did (the join that
    // waited for its exit), and why it was launched when it was (the exit its launch waited for).
    Cause exitCause;
    Cause reapCause;
    Cause launchCause;

    const Cause *causeOf(const Span &span) const
    {
        return span.cause >= 0 && size_t(span.cause) < causes.size() ? &causes[size_t(span.cause)]
                                                                     : nullptr;
    }

    // Spans that began and have not ended yet, by kind (at most one of each kind is open).
    struct OpenSpan
    {
        bool open = false;
        Span span;
    };
    OpenSpan open[SpanKindCount];

    qint64 timeIn(SpanKind kind) const;
};

// A whole run: what was asked, what every process did, what came out. Plain data; the engine
// fills it, views and exporters read it.
struct Run
{
    QString scenario;
    QJsonObject parameters;
    qint64 originNs = 0; // absolute CLOCK_MONOTONIC time that all *_ns fields count from
    qint64 wallNs = 0;
    std::vector<ProcessRecord> processes;
    QJsonValue results;
    QJsonObject facts; // scenario-specific measurements (is_alive checks, per-worker counts…)
    QStringList errors;
    // The run's kernel objects (Barrier & Lock, Pool): as last read while it ran, and after it.
    IpcInspection ipc;

    ProcessRecord *process(int id);
    const ProcessRecord *process(int id) const;
    qint64 spanCount() const;
};

// One run for the window's "both" runtime: the C++ run's processes, then the Python run's (ids and
// parents shifted after them), each named after its runtime ("C++ · p1", "Python · p1") and
// tagged with it; both on one time axis from their own first launch (they ran one after the
// other). Results and facts are kept per runtime ({"cpp": …, "python": …}), errors prefixed.
// With `sameClock` (the two ran at the same time) both keep their place on the one monotonic clock:
// the axis starts at the earlier first launch and the later run is shifted by the difference.
Run combineRuns(const Run &cpp, const Run &python, bool sameClock = false);

// What a run's events may say, from the scenario's parameters: a worker cannot make the lab
// record a round, task or output the run cannot have, nor more spans than the budget.
struct RecorderLimits
{
    qint32 rounds = std::numeric_limits<qint32>::max(); // rounds are 0 .. rounds - 1
    qint32 tasks = std::numeric_limits<qint32>::max();  // task indices are 0 .. tasks - 1
    // Items one process may report: at ~10^8 items a second, the longest run allowed (an hour)
    // stays far below this.
    qint64 output = 10'000'000'000'000;
    qint64 spans = 50'000'000; // recorded spans in the whole run
};

// Applies decoded events to a Run, checking that they make sense together (a span ends only after
// it began, the pid matches, ids exist) and that they come from who may say them. Returns false
// with *error on a violation; the run is left unchanged by a rejected event.
class RunRecorder
{
public:
    explicit RunRecorder(Run &run)
        : m_run(run)
    {
    }

    void setLimits(const RecorderLimits &limits) { m_limits = limits; }
    const RecorderLimits &limits() const { return m_limits; }
    // True once a span was refused because the run's span budget was spent.
    bool budgetExceeded() const { return m_budgetExceeded; }

    // Validates and records one event. Reaped only records when the parent collected the
    // child (reapedNs); the child's exit status and time are settled by the engine, which knows
    // when the child really exited.
    //
    // `sourceId` is the process whose pipe the line came from (-1: not known, no check): a pipe
    // speaks for its own process and the children that process declared (and theirs), never for
    // a sibling. Timestamps must lie between the process's launch and now.
    bool apply(const Event &event, QString *error, int sourceId = -1);
    // Closes spans left open (the process died inside them) at its exit time, marked cut short.
    // A lock hold ends no later than another process's acquisition of the lock from its dead
    // holder (lock_owner_died): the kernel hands the lock over while the holder is dying, a few
    // microseconds before its exit is observable.
    void closeOpenSpans(ProcessRecord &process);

    // The timestamp of the process's own `exit` event (relative), or -1; *code: the code it
    // announced.
    qint64 exitEventNs(int processId, int *code = nullptr) const;

    // Spans changed after they were recorded (process id, index), since the last call: a
    // snapshot taker re-sends them. Everything else in a run only ever grows.
    std::vector<std::pair<int, int>> takeRevisedSpans() { return std::exchange(m_revised, {}); }

    qint64 relative(qint64 absoluteNs) const { return absoluteNs - m_run.originNs; }

private:
    void clampCutShortHolds(int takerId, qint64 acquiredNs);
    bool applyCause(const Event &event, ProcessRecord &process, qint64 t, QString *error);
    // `revised`: the span was recorded before this call (a snapshot may have sent it without).
    void setCause(ProcessRecord &process, int spanIndex, const Cause &cause, bool revised);
    void attributeBarrierWait(ProcessRecord &process, int spanIndex, bool revised);
    bool speaksFor(int sourceId, int processId) const;
    bool spendSpans(qint64 count);

    Run &m_run;
    RecorderLimits m_limits;
    qint64 m_spans = 0;
    bool m_budgetExceeded = false;
    struct ExitEvent
    {
        int processId;
        qint64 ns; // relative
        int code;
    };
    std::vector<ExitEvent> m_exitEvents;
    std::vector<std::pair<int, qint64>> m_ownerDiedTakes; // taker id, relative ns
    std::vector<std::pair<int, int>> m_revised;
    // Barrier rounds, indexed by round: the arrival that completed each (a `last` begin line) and
    // the waits that ended before the engine had read it (through another pipe), a list through
    // m_pendingWaits. Flat and indexed, never hashed or searched: the engine runs on the workers'
    // CPUs, so what it spends per round with causes is what recording them costs the barrier
    // (bench/RESULTS.md), and a search of all pending waits would grow with the other pipe's
    // backlog (hundreds of rounds). Each entry stands for a span of the run, so the span budget
    // bounds them.
    struct BarrierRound
    {
        int lastArriver = -1; // -1: not read yet
        int pending = -1;     // first of its waits in m_pendingWaits, -1: none
        qint64 arrivedNs = 0; // the last arrival, relative
    };
    std::vector<BarrierRound> m_barrierRounds;
    struct PendingWait
    {
        int processId;
        int spanIndex;
        int next; // the round's next pending wait, or the next free entry; -1: none
    };
    std::vector<PendingWait> m_pendingWaits;
    int m_freePendingWait = -1;
    // Round `round`'s record, or null for a round so far beyond the spans recorded (no run gets
    // there: every round costs its parties a wait span) that a line naming it would make the
    // engine allocate for nothing: such a round's waits get no cause.
    BarrierRound *barrierRound(qint32 round);
};

} // namespace proclab
