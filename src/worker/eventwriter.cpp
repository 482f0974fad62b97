// SPDX-License-Identifier: MIT
#include "eventwriter.h"

#include "clock.h"

#include <cerrno>
#include <climits>
#include <unistd.h>

namespace proclab {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// QString::simplified() for the ASCII whitespace a note can contain.
std::string simplified(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const char c : text) {
        if (isSpace(c)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace)
            out.push_back(' ');
        pendingSpace = false;
        out.push_back(c);
    }
    return out;
}

} // namespace

EventWriter::EventWriter(int processId, int fd)
    : m_processId(processId)
    , m_fd(fd)
    , m_pid(::getpid())
{
    m_buffer.reserve(PIPE_BUF);
}

long long EventWriter::now() const
{
    return monotonicNowNs() + m_clockShift;
}

EventWriter::~EventWriter()
{
    flush();
}

void EventWriter::emitEvent(EventFields &event, std::string_view text, long long timestampNs)
{
    // A line must fit one atomic write(): a longer text (a note, a child's name) is cut, at a
    // UTF-8 character boundary, leaving room for the fixed fields.
    constexpr size_t kMaxText = PIPE_BUF - 160;
    if (text.size() > kMaxText) {
        size_t cut = kMaxText;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut;
        text = text.substr(0, cut);
    }
    event.timestampNs = timestampNs > 0 ? timestampNs : now();
    m_lastStampNs = event.timestampNs;
    event.pid = m_pid;
    event.processId = m_processId;
    appendLine(event, text, {});
    if (!m_held)
        flush();
}

void EventWriter::appendLine(const EventFields &event, std::string_view text, TaskOffsets tasks)
{
    // Lines are appended in place; if this one pushed the buffer past PIPE_BUF, the lines before
    // it go out in one write and it starts the next batch, so no write() exceeds PIPE_BUF.
    const size_t before = m_buffer.size();
    appendEventLine(m_buffer, event, text, tasks);
    if (m_buffer.size() > PIPE_BUF && before > 0 && !m_inCriticalSection) {
        const std::string line = m_buffer.substr(before);
        m_buffer.resize(before);
        flush();
        m_buffer.append(line);
    }
}

void EventWriter::tasks(int firstTask, const long long *times, int count)
{
    static_assert(kMaxLineBytes <= PIPE_BUF, "a tasks line must fit one atomic pipe write");
    EventFields e;
    e.type = EventType::Tasks;
    e.pid = m_pid;
    e.processId = m_processId;
    while (count > 0) {
        const int n = tasksFittingOneLine(times, count);
        // The line's timestamp is its first task's begin; the rest are offsets from it, which
        // keeps the numbers short (the line long in tasks) and never negative.
        e.timestampNs = times[0];
        e.task = firstTask;
        m_offsets.resize(size_t(2 * n));
        for (int i = 0; i < 2 * n; ++i)
            m_offsets[size_t(i)] = times[i] - times[0];
        appendLine(e, {}, {m_offsets.data(), n});
        times += 2 * n;
        firstTask += n;
        count -= n;
    }
    if (!m_held)
        flush();
}

void EventWriter::leaveCriticalSection()
{
    m_inCriticalSection = false;
    if (m_buffer.size() > PIPE_BUF)
        flush();
}

void EventWriter::flush()
{
    std::string_view rest(m_buffer);
    while (!rest.empty()) {
        // Whole lines, at most PIPE_BUF bytes a write: only such a write is atomic on a pipe that
        // other processes write to as well. (The buffer is longer only after a critical section.)
        size_t size = rest.size();
        if (size > PIPE_BUF) {
            const size_t lastNewline = rest.rfind('\n', PIPE_BUF - 1);
            if (lastNewline != std::string_view::npos)
                size = lastNewline + 1;
        }
        std::string_view chunk = rest.substr(0, size);
        rest.remove_prefix(size);
        while (!chunk.empty()) {
            const ssize_t n = ::write(m_fd, chunk.data(), chunk.size());
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) { // the engine is gone; nothing sensible left to do with the events
                m_buffer.clear();
                return;
            }
            chunk.remove_prefix(size_t(n));
        }
    }
    m_buffer.clear(); // keeps the capacity: no allocation per batch
}

void EventWriter::ready()
{
    EventFields e;
    e.type = EventType::Ready;
    emitEvent(e);
}

void EventWriter::begin(SpanKind kind, int round, int task)
{
    EventFields e;
    e.type = EventType::Begin;
    e.span = kind;
    e.round = round;
    e.task = task;
    emitEvent(e);
}

void EventWriter::beginAt(long long timestampNs, SpanKind kind, int round, bool lastArrival)
{
    EventFields e;
    e.type = EventType::Begin;
    e.span = kind;
    e.round = round;
    e.lastArrival = lastArrival;
    emitEvent(e, {}, timestampNs);
}

void EventWriter::cause(SpanKind kind, CauseEvent event, int process, long long timestampNs)
{
    EventFields e;
    e.type = EventType::Cause;
    e.span = kind;
    e.cause = event;
    e.childId = process;
    e.value = timestampNs;
    emitEvent(e, {}, m_lastStampNs);
}

void EventWriter::end(SpanKind kind, int round, int task)
{
    EventFields e;
    e.type = EventType::End;
    e.span = kind;
    e.round = round;
    e.task = task;
    emitEvent(e);
}

void EventWriter::endCaused(long long timestampNs, SpanKind kind, int round, CauseEvent event,
                            int process, long long causeNs)
{
    EventFields e;
    e.type = EventType::End;
    e.span = kind;
    e.round = round;
    // The line says how long before the end the cause was, which cannot be negative: a cause
    // stamped later (no clock gives that) goes out as a line of its own, checked by the engine.
    const bool inLine = event == CauseEvent::Unknown ||
                        (event != CauseEvent::None && causeNs > 0 && causeNs <= timestampNs);
    if (inLine) {
        e.cause = event;
        e.childId = process;
        e.value = causeNs;
    }
    emitEvent(e, {}, timestampNs);
    if (!inLine && event != CauseEvent::None)
        cause(kind, event, process, causeNs);
}

void EventWriter::output(long long items)
{
    EventFields e;
    e.type = EventType::Output;
    e.value = items;
    emitEvent(e);
}

void EventWriter::spawn(int childId, long long childPid, bool daemon, std::string_view name)
{
    EventFields e;
    e.type = EventType::Spawn;
    e.childId = childId;
    e.value = childPid;
    e.daemon = daemon;
    emitEvent(e, name);
}

void EventWriter::reaped(int childId, bool bySignal, int codeOrSignal)
{
    EventFields e;
    e.type = EventType::Reaped;
    e.childId = childId;
    e.reap = bySignal ? ReapKind::Signal : ReapKind::Normal;
    e.value = codeOrSignal;
    emitEvent(e);
}

void EventWriter::note(std::string_view text)
{
    EventFields e;
    e.type = EventType::Note;
    emitEvent(e, simplified(text));
}

void EventWriter::lockOwnerDied()
{
    EventFields e;
    e.type = EventType::LockOwnerDied;
    emitEvent(e);
}

void EventWriter::signalSent(int childId, int signal)
{
    EventFields e;
    e.type = EventType::SignalSent;
    e.childId = childId;
    e.value = signal;
    emitEvent(e);
}

void EventWriter::exit(int code)
{
    EventFields e;
    e.type = EventType::Exit;
    e.value = code;
    emitEvent(e);
    flush();
}

} // namespace proclab
