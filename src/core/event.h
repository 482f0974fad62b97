// SPDX-License-Identifier: MIT
#pragma once

#include "eventformat.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>
#include <vector>

namespace proclab {

QByteArray spanKindName(SpanKind kind);
std::optional<SpanKind> spanKindFromName(QByteArrayView name);
QLatin1StringView causeEventName(CauseEvent event);
std::optional<CauseEvent> causeEventFromName(QByteArrayView name);

// One line of the worker → engine protocol, decoded. Kept small and allocation-free for the hot
// event types; only Spawn and Note carry text. The fields and the formatter are Qt-free
// (eventformat.h) because proclab-worker writes the same lines without QtCore.
struct Event : EventFields
{
    QString text; // Spawn: child name; Note: the note
    // Tasks: begin, end offset pairs (ns from timestampNs) of tasks task, task + 1, ...
    std::vector<qint64> taskOffsets;
    int taskCount() const { return int(taskOffsets.size() / 2); }
};

// Line format (one event per line, fields separated by single spaces, no trailing space):
//   <ts_ns> <pid> <id> ready
//   <ts_ns> <pid> <id> begin|end <span_kind> [round=<n>] [task=<n>]
//   <ts_ns> <pid> <id> end <span_kind> [round=<n>] cause=<cause_event>:<cause_id>:<ago_ns>
//   <ts_ns> <pid> <id> end <span_kind> [round=<n>] cause=unknown
//   <ts_ns> <pid> <id> begin barrier_wait round=<n> last
//   <ts_ns> <pid> <id> output <items>
//   <ts_ns> <pid> <id> spawn <child_id> <child_pid> daemon|regular <name>
//   <ts_ns> <pid> <id> reaped <child_id> normal|signal <code_or_signal>
//   <ts_ns> <pid> <id> note <text>
//   <ts_ns> <pid> <id> exit <code>
//   <ts_ns> <pid> <id> tasks <first_task> <b0> <e0> [<b1> <e1> ...]
//   <ts_ns> <pid> <id> taskrun <first_task> <d0> [<d1> ...]
//   <ts_ns> <pid> <id> lock_owner_died
//   <ts_ns> <pid> <id> cause <span_kind> <cause_event> <cause_id> <cause_ts_ns>
//   <ts_ns> <pid> <id> cause <span_kind> unknown
//   <ts_ns> <pid> <id> signal_sent <child_id> <signal>
// `tasks` reports closed task spans of consecutive tasks first_task, first_task + 1, ... in one
// line (the pool sends a chunk this way: the engine's cost is per line, not per number). bK and
// eK are the ns offsets of task first_task + K's begin and end from ts_ns, 0 <= bK <= eK; at most
// kMaxTasksPerLine tasks, and writers keep the line within PIPE_BUF (several lines per chunk).
// `taskrun` is the same for tasks run back to back, each beginning when the one before it ended
// (the first at ts_ns): dK is task first_task + K's duration. Half the numbers, and no
// subtraction per task for a writer that reads the clock once per task boundary (the Python
// tracer); it is parsed into the same begin/end pairs and formatted back as `tasks`.
// `cause` says what ended the process's last closed span of that kind (a barrier or lock wait):
// the process that did it and its own timestamp of the deed (cause_ts_ns, absolute), or unknown.
// `cause=` on an end line says the same of the span it ends, in the same line: the deed was
// ago_ns before ts_ns. A contended lock acquisition is one line instead of two (the separate
// line was most of what recording causes cost a lock hand-off).
// `last` on a barrier_wait begin says that this arrival (at ts_ns) completed round n, as the
// barrier counted it: the cause of every other party's wait in that round, which the waiters then
// need not report (no line per waiter and round; the engine joins them by round).
QByteArray formatEvent(const Event &event);
// The same line appended to `out` without temporary allocations (appendEventLine() underneath,
// the formatter proclab-worker uses too).
void appendEvent(QByteArray &out, const Event &event);

// Strict: anything that is not exactly one well-formed event is an error, described in *error.
// Never throws, never crashes on any input.
std::optional<Event> parseEventLine(QByteArrayView line, QString *error);

} // namespace proclab
