// SPDX-License-Identifier: MIT
#pragma once

#include "eventformat.h"

#include <string>
#include <string_view>
#include <vector>

namespace proclab {

// Writes protocol lines to the worker's stdout (the engine's pipe). Every flush is one write() of
// whole lines no longer than PIPE_BUF, so lines from several processes sharing one pipe (a daemon
// parent and its children) never interleave. By default each event is flushed at once so that a
// process killed a moment later has already reported everything up to then; hold() batches
// events until release() for hot loops (pool tasks).
class EventWriter
{
public:
    EventWriter(int processId, int fd = 1);
    ~EventWriter();
    EventWriter(const EventWriter &) = delete;
    EventWriter &operator=(const EventWriter &) = delete;

    int processId() const { return m_processId; }
    // The clock every event is stamped with: CLOCK_MONOTONIC plus `ns`. An MPI rank on another
    // host converts its clock to rank 0's this way (the offset it measured by ping-pong).
    void setClockShift(long long ns) { m_clockShift = ns; }
    long long now() const;
    long long pid() const { return m_pid; }

    void ready();
    void begin(SpanKind kind, int round = -1, int task = -1);
    // A span that began at `timestampNs` (a stamp the caller took where the span really began).
    void beginAt(long long timestampNs, SpanKind kind, int round = -1, bool lastArrival = false);
    void end(SpanKind kind, int round = -1, int task = -1);
    // The end of a span at `timestampNs` (a stamp the caller took with now()) and what ended it,
    // in one line (`end … cause=`): `process` did `event` at `causeNs`; CauseEvent::None is a
    // plain end. Where end() and cause() would be two lines, at every contended lock hand-off.
    void endCaused(long long timestampNs, SpanKind kind, int round, CauseEvent event, int process,
                   long long causeNs);
    void output(long long items);
    void spawn(int childId, long long childPid, bool daemon, std::string_view name);
    void reaped(int childId, bool bySignal, int codeOrSignal);
    // The text goes out simplified (runs of whitespace become one space, none at either end), so
    // a note is always exactly one protocol line.
    void note(std::string_view text);
    void exit(int code);
    // Just acquired the shared lock from a holder that died holding it (stamped now: call it
    // right after the acquisition).
    void lockOwnerDied();
    // About to send `signal` to declared child `childId` (call right before kill()).
    void signalSent(int childId, int signal);
    // What ended this process's last `kind` span: `process` did `event` at `timestampNs` (its
    // own stamp, absolute); CauseEvent::Unknown takes neither. Call it right after that span's
    // end(): the line carries the end's stamp (the moment the cause took effect; no clock read of
    // its own, which on a 0.3 µs barrier round would be a tenth of what recording causes costs).
    void cause(SpanKind kind, CauseEvent event, int process = -1, long long timestampNs = 0);
    // The timestamp of the last event written (so a caller can hand the same instant on).
    long long lastStampNs() const { return m_lastStampNs; }
    // Closed task spans of tasks firstTask .. firstTask + count - 1: `times` holds `count` pairs of
    // absolute CLOCK_MONOTONIC begin/end ns, taken when each task really began and ended. Goes out
    // as few `tasks` lines as fit PIPE_BUF, instead of a begin and an end line per task: the
    // engine's cost is per line, and two lines per task bounded the pool's throughput.
    void tasks(int firstTask, const long long *times, int count);

    void hold() { m_held = true; }
    void release()
    {
        m_held = false;
        flush();
    }
    // Between taking a lock another process may be waiting for and releasing it: a held buffer
    // that fills up waits for leaveCriticalSection() instead of going out with a write() inside
    // the section. That write lengthened the hold by microseconds, so a System V waiter was
    // asleep in semop() when it ended and took the lock with a full wake-up (~30 µs): the lock
    // changed hands several times as often as the program itself made it.
    void enterCriticalSection() { m_inCriticalSection = true; }
    void leaveCriticalSection();
    // Everything written so far, in writes of whole lines of at most PIPE_BUF bytes each.
    void flush();

private:
    void emitEvent(EventFields &event, std::string_view text = {}, long long timestampNs = 0);
    void appendLine(const EventFields &event, std::string_view text, TaskOffsets tasks);

    int m_processId;
    int m_fd;
    long long m_pid;
    long long m_lastStampNs = 0;
    bool m_held = false;
    bool m_inCriticalSection = false;
    long long m_clockShift = 0;
    std::string m_buffer;
    std::vector<long long> m_offsets; // tasks(): reused, no allocation per chunk
};

} // namespace proclab
