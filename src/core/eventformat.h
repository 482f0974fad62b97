// SPDX-License-Identifier: MIT
#pragma once

// The worker → engine line protocol without Qt: the event fields and the one line formatter.
// proclab-worker must not load QtCore (its launch cost is mostly the dynamic loading of QtCore and
// ICU), so the formatter lives here and core's appendEvent()/formatEvent() call it as well: the
// line format exists once.

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace proclab {

// What a span on a process lane stands for.
enum class SpanKind : std::uint8_t
{
    Work,
    BarrierWait,
    LockWait,
    LockHold,
    Task
};
inline constexpr int SpanKindCount = 5;
inline constexpr std::array<const char *, SpanKindCount> kSpanKindNames = {
    "work", "barrier_wait", "lock_wait", "lock_hold", "task"};

// What ended a wait, as the process that waited learned it from the primitive (or, for exits and
// signals, as the engine knows it). The names are the run JSON's `cause.event` values.
enum class CauseEvent : std::uint8_t
{
    BarrierLastArrival, // the named process arrived last at the barrier: its arrival released us
    LockRelease,        // the named process released the lock we were queued for
    OwnerDied,          // the named process died holding the lock; the kernel handed it to us
    Signal,             // a signal ended the process (the engine or a parent sent it)
    Exit,               // the named process exited (a join returned, the next launch followed)
    Unknown,            // the runtime cannot tell what ended the wait
    None                // no cause recorded (not a protocol value)
};
inline constexpr int CauseEventCount = 6;
inline constexpr std::array<const char *, CauseEventCount> kCauseEventNames = {
    "barrier_last_arrival", "lock_release", "owner_died", "signal", "exit", "unknown"};

enum class EventType : std::uint8_t
{
    Ready,  // the worker is up and about to start its role
    Begin,  // a span opens
    End,    // a span closes
    Output, // items produced (the tutorial's "output size")
    Spawn,  // a worker started a child process of its own
    Reaped, // a worker collected a child's exit status
    Note,   // a free-text fact the worker observed (e.g. "barrier broken")
    Exit,   // the worker is about to exit with this code
    Tasks,  // closed task spans of consecutive tasks, one line for many (pool chunks)
    // The worker has just acquired the shared lock, and the kernel told it (EOWNERDEAD) that the
    // previous holder died holding it. Stamped at the acquisition, so the dead holder's hold can
    // be ended no later than this.
    LockOwnerDied,
    // What ended the process's last wait span of a kind, as it learned it on waking: the process
    // that released it and when (its own clock reading, at the source), or "unknown".
    Cause,
    // The worker is about to send a signal to one of its declared children (a daemon parent
    // terminating its daemon): if the child dies of it, the worker is what ended it.
    SignalSent
};

// A `tasks` line carries at most this many tasks. Each needs at least four bytes ("0 0 "), so a
// line that fits in PIPE_BUF (4096) never needs more; the parser rejects longer lists outright.
inline constexpr int kMaxTasksPerLine = 1024;
// Lines are written with one write() of at most PIPE_BUF bytes so that they never interleave with
// another process's lines on a shared pipe; the batch formatter stays below this.
inline constexpr int kMaxLineBytes = 4096;

// How a child's exit was seen by the worker that reaped it.
enum class ReapKind : std::uint8_t
{
    Normal,
    Signal
};

// Every field of an event except its free text (which the lab keeps as a QString and the worker as
// UTF-8 bytes). `long long` is qint64 on every Qt platform, so Qt code sees no type change.
struct EventFields
{
    long long timestampNs = 0; // CLOCK_MONOTONIC, absolute
    long long pid = 0;
    int processId = 0; // the stable id within the run
    EventType type = EventType::Ready;
    SpanKind span = SpanKind::Work; // Begin / End
    ReapKind reap = ReapKind::Normal;
    bool daemon = false; // Spawn
    // Begin of a barrier_wait: this arrival completed the round (every other party's wait in the
    // round ends because of it).
    bool lastArrival = false;
    int round = -1;      // Begin / End of barrier and lock spans
    int task = -1;       // Begin / End of pool tasks; Tasks: the first task of the batch
    int childId = -1;    // Spawn / Reaped
    long long value = 0; // Output: items; Spawn: child pid; Reaped: code or signal; Exit: code;
                         // Cause, End with a cause: the cause's CLOCK_MONOTONIC time (absolute)
    // Cause, and End when the end line says what ended the wait: what (childId: who, value: when).
    CauseEvent cause = CauseEvent::None;
};

namespace detail {
// Appends to any byte container with append(const char *, size) (QByteArray, std::string) using
// std::to_chars for numbers: no locale, no allocation beyond the container's own growth. The
// pieces gather in a small buffer on the stack and reach the container in one append per line
// (per 256 bytes of a long one): a line is a dozen pieces, and each append of a container checks
// its capacity and size out of line, which cost more than formatting the line itself (a worker
// writes several lines per barrier round of about a microsecond).
template<class Sink> class LineBuilder
{
public:
    explicit LineBuilder(Sink &out)
        : m_out(out)
    {
    }
    ~LineBuilder() { flush(); }
    LineBuilder(const LineBuilder &) = delete;
    LineBuilder &operator=(const LineBuilder &) = delete;

    LineBuilder &number(long long value)
    {
        makeRoom(kNumberBytes);
        m_end = std::to_chars(m_end, std::end(m_buffer), value).ptr;
        return *this;
    }
    LineBuilder &text(const char *literal) { return text(std::string_view(literal)); }
    LineBuilder &text(std::string_view bytes)
    {
        if (bytes.size() > sizeof m_buffer / 2) { // a long name or note: straight through
            flush();
            m_out.append(bytes.data(), bytes.size());
            return *this;
        }
        makeRoom(bytes.size());
        std::memcpy(m_end, bytes.data(), bytes.size());
        m_end += bytes.size();
        return *this;
    }
    LineBuilder &ch(char c)
    {
        makeRoom(1);
        *m_end++ = c;
        return *this;
    }

private:
    static constexpr size_t kNumberBytes = 20; // a long long's digits and sign
    void makeRoom(size_t bytes)
    {
        if (size_t(std::end(m_buffer) - m_end) < bytes)
            flush();
    }
    void flush()
    {
        if (m_end != m_buffer)
            m_out.append(m_buffer, m_end - m_buffer);
        m_end = m_buffer;
    }

    Sink &m_out;
    char m_buffer[256];
    char *m_end = m_buffer;
};
} // namespace detail

// The task times of a Tasks line: `count` pairs (begin, end) of ns offsets from the line's
// timestamp, for tasks e.task, e.task + 1, ...
struct TaskOffsets
{
    const long long *pairs = nullptr;
    int count = 0;
};

// Appends one protocol line (see event.h for the format); `text` is the UTF-8 child name of a
// Spawn or the note of a Note, `tasks` the times of a Tasks line, each ignored otherwise.
template<class Sink>
void appendEventLine(Sink &out, const EventFields &e, std::string_view text, TaskOffsets tasks = {})
{
    detail::LineBuilder<Sink> line(out);
    line.number(e.timestampNs).ch(' ').number(e.pid).ch(' ').number(e.processId).ch(' ');
    switch (e.type) {
    case EventType::Ready:
        line.text("ready");
        break;
    case EventType::Begin:
    case EventType::End:
        line.text(e.type == EventType::Begin ? "begin " : "end ")
            .text(kSpanKindNames[size_t(e.span)]);
        if (e.round >= 0)
            line.text(" round=").number(e.round);
        if (e.task >= 0)
            line.text(" task=").number(e.task);
        if (e.type == EventType::End && e.cause != CauseEvent::None) {
            line.text(" cause=").text(kCauseEventNames[size_t(e.cause)]);
            if (e.cause != CauseEvent::Unknown) // who, and how long before this end
                line.ch(':').number(e.childId).ch(':').number(e.timestampNs - e.value);
        }
        if (e.lastArrival)
            line.text(" last");
        break;
    case EventType::Output:
        line.text("output ").number(e.value);
        break;
    case EventType::Spawn:
        line.text("spawn ").number(e.childId).ch(' ').number(e.value);
        line.text(e.daemon ? " daemon " : " regular ").text(text);
        break;
    case EventType::Reaped:
        line.text("reaped ").number(e.childId);
        line.text(e.reap == ReapKind::Normal ? " normal " : " signal ").number(e.value);
        break;
    case EventType::Note:
        line.text("note ").text(text);
        break;
    case EventType::Exit:
        line.text("exit ").number(e.value);
        break;
    case EventType::LockOwnerDied:
        line.text("lock_owner_died");
        break;
    case EventType::Cause:
        line.text("cause ")
            .text(kSpanKindNames[size_t(e.span)])
            .ch(' ')
            .text(kCauseEventNames[size_t(e.cause)]);
        if (e.cause != CauseEvent::Unknown)
            line.ch(' ').number(e.childId).ch(' ').number(e.value);
        break;
    case EventType::SignalSent:
        line.text("signal_sent ").number(e.childId).ch(' ').number(e.value);
        break;
    case EventType::Tasks:
        line.text("tasks ").number(e.task);
        for (int i = 0; i < 2 * tasks.count; ++i)
            line.ch(' ').number(tasks.pairs[i]);
        break;
    }
    line.ch('\n');
}

// Decimal digits of a non-negative number: lets a writer size a Tasks line before formatting it.
inline int decimalDigits(long long value)
{
    int digits = 1;
    while (value >= 10) {
        value /= 10;
        ++digits;
    }
    return digits;
}

// How many of the `count` tasks (absolute begin/end pairs from `times`) fit in one Tasks line of
// at most kMaxLineBytes, timestamped with the first task's begin. At least one (a single task's
// line is far below the limit). The bound on the header is generous: ts, pid and process id of
// up to 19 digits each and a first task of up to 10.
inline int tasksFittingOneLine(const long long *times, int count)
{
    constexpr int kHeaderBound = 19 + 1 + 19 + 1 + 19 + 1 + 5 + 1 + 10 + 1; // + the newline
    int bytes = kHeaderBound;
    const long long base = times[0];
    int n = 0;
    while (n < count && n < kMaxTasksPerLine) {
        const int pair =
            2 + decimalDigits(times[2 * n] - base) + decimalDigits(times[2 * n + 1] - base);
        if (bytes + pair > kMaxLineBytes)
            break;
        bytes += pair;
        ++n;
    }
    return n > 0 ? n : 1;
}

} // namespace proclab
