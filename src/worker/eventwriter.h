// SPDX-License-Identifier: MIT
#pragma once

#include "event.h"

#include <QByteArray>

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

    int processId() const { return m_processId; }
    qint64 pid() const { return m_pid; }

    void ready();
    void begin(SpanKind kind, int round = -1, int task = -1);
    void end(SpanKind kind, int round = -1, int task = -1);
    void output(qint64 items);
    void spawn(int childId, qint64 childPid, bool daemon, const QString &name);
    void reaped(int childId, bool bySignal, int codeOrSignal);
    void note(const QString &text);
    void exit(int code);

    void hold() { m_held = true; }
    void release()
    {
        m_held = false;
        flush();
    }
    void flush();

private:
    void emitEvent(Event &event);

    int m_processId;
    int m_fd;
    qint64 m_pid;
    bool m_held = false;
    QByteArray m_buffer;
};

} // namespace proclab
