// SPDX-License-Identifier: MIT
#include "eventwriter.h"

#include "clock.h"

#include <cerrno>
#include <climits>
#include <unistd.h>

namespace proclab {

EventWriter::EventWriter(int processId, int fd) : m_processId(processId), m_fd(fd), m_pid(::getpid())
{
    m_buffer.reserve(PIPE_BUF);
}

EventWriter::~EventWriter()
{
    flush();
}

void EventWriter::emitEvent(Event &event)
{
    event.timestampNs = monotonicNowNs();
    event.pid = m_pid;
    event.processId = m_processId;
    // Lines are appended in place; if this one pushed the buffer past PIPE_BUF, the lines before
    // it go out in one write and it starts the next batch, so no write() exceeds PIPE_BUF.
    const qsizetype before = m_buffer.size();
    appendEvent(m_buffer, event);
    if (m_buffer.size() > PIPE_BUF && before > 0) {
        const QByteArray line = m_buffer.sliced(before);
        m_buffer.truncate(before);
        flush();
        m_buffer.append(line);
    }
    if (!m_held)
        flush();
}

void EventWriter::flush()
{
    const char *data = m_buffer.constData();
    qsizetype left = m_buffer.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; // the engine is gone; nothing sensible left to do with the events
        data += n;
        left -= n;
    }
    m_buffer.resize(0); // keeps the capacity: no allocation per batch
}

void EventWriter::ready()
{
    Event e;
    e.type = EventType::Ready;
    emitEvent(e);
}

void EventWriter::begin(SpanKind kind, int round, int task)
{
    Event e;
    e.type = EventType::Begin;
    e.span = kind;
    e.round = round;
    e.task = task;
    emitEvent(e);
}

void EventWriter::end(SpanKind kind, int round, int task)
{
    Event e;
    e.type = EventType::End;
    e.span = kind;
    e.round = round;
    e.task = task;
    emitEvent(e);
}

void EventWriter::output(qint64 items)
{
    Event e;
    e.type = EventType::Output;
    e.value = items;
    emitEvent(e);
}

void EventWriter::spawn(int childId, qint64 childPid, bool daemon, const QString &name)
{
    Event e;
    e.type = EventType::Spawn;
    e.childId = childId;
    e.value = childPid;
    e.daemon = daemon;
    e.text = name;
    emitEvent(e);
}

void EventWriter::reaped(int childId, bool bySignal, int codeOrSignal)
{
    Event e;
    e.type = EventType::Reaped;
    e.childId = childId;
    e.reap = bySignal ? ReapKind::Signal : ReapKind::Normal;
    e.value = codeOrSignal;
    emitEvent(e);
}

void EventWriter::note(const QString &text)
{
    Event e;
    e.type = EventType::Note;
    e.text = text.simplified();
    emitEvent(e);
}

void EventWriter::exit(int code)
{
    Event e;
    e.type = EventType::Exit;
    e.value = code;
    emitEvent(e);
    flush();
}

} // namespace proclab
