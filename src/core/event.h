// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace proclab {

// What a span on a process lane stands for.
enum class SpanKind : quint8 { Work, BarrierWait, LockWait, LockHold, Task };
inline constexpr int SpanKindCount = 5;

QByteArray spanKindName(SpanKind kind);
std::optional<SpanKind> spanKindFromName(QByteArrayView name);

enum class EventType : quint8 {
    Ready,  // the worker is up and about to start its role
    Begin,  // a span opens
    End,    // a span closes
    Output, // items produced (the tutorial's "output size")
    Spawn,  // a worker started a child process of its own
    Reaped, // a worker collected a child's exit status
    Note,   // a free-text fact the worker observed (e.g. "barrier broken")
    Exit    // the worker is about to exit with this code
};

// How a child's exit was seen by the worker that reaped it.
enum class ReapKind : quint8 { Normal, Signal };

// One line of the worker → engine protocol, decoded. Kept small and allocation-free for the hot
// event types; only Spawn and Note carry text.
struct Event
{
    qint64 timestampNs = 0; // CLOCK_MONOTONIC, absolute
    qint64 pid = 0;
    int processId = 0; // the stable id within the run
    EventType type = EventType::Ready;
    SpanKind span = SpanKind::Work; // Begin / End
    ReapKind reap = ReapKind::Normal;
    bool daemon = false;            // Spawn
    int round = -1;                 // Begin / End of barrier and lock spans
    int task = -1;                  // Begin / End of pool tasks
    int childId = -1;               // Spawn / Reaped
    qint64 value = 0;               // Output: items; Spawn: child pid; Reaped: code or signal; Exit: code
    QString text;                   // Spawn: child name; Note: the note
};

// Line format (one event per line, fields separated by single spaces, no trailing space):
//   <ts_ns> <pid> <id> ready
//   <ts_ns> <pid> <id> begin|end <span_kind> [round=<n>] [task=<n>]
//   <ts_ns> <pid> <id> output <items>
//   <ts_ns> <pid> <id> spawn <child_id> <child_pid> daemon|regular <name>
//   <ts_ns> <pid> <id> reaped <child_id> normal|signal <code_or_signal>
//   <ts_ns> <pid> <id> note <text>
//   <ts_ns> <pid> <id> exit <code>
QByteArray formatEvent(const Event &event);
// The same line appended to `out` without temporary allocations: the worker's hot path (a pool
// worker reports two events per task).
void appendEvent(QByteArray &out, const Event &event);

// Strict: anything that is not exactly one well-formed event is an error, described in *error.
// Never throws, never crashes on any input.
std::optional<Event> parseEventLine(QByteArrayView line, QString *error);

} // namespace proclab
