// SPDX-License-Identifier: MIT
#include "event.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <utility>

namespace proclab {
namespace {

// The messages' translation context, declared so that lupdate files them under it too.
class EventParserText
{
    Q_DECLARE_TR_FUNCTIONS(proclab::EventParser)
};

// Splits on single spaces; an empty field (two spaces in a row, a leading or trailing space) is
// kept as an empty view so that the caller rejects it.
class FieldReader
{
public:
    explicit FieldReader(QByteArrayView line)
        : m_rest(line)
    {
    }
    bool atEnd() const { return m_done; }
    QByteArrayView next()
    {
        if (m_done)
            return {};
        const qsizetype space = m_rest.indexOf(' ');
        if (space < 0) {
            m_done = true;
            return std::exchange(m_rest, QByteArrayView());
        }
        const QByteArrayView field = m_rest.first(space);
        m_rest = m_rest.sliced(space + 1);
        return field;
    }
    // Everything not yet read, spaces included (for free text at the end of a line).
    QByteArrayView rest()
    {
        m_done = true;
        return std::exchange(m_rest, QByteArrayView());
    }

private:
    QByteArrayView m_rest;
    bool m_done = false;
};

// Plain decimal, no sign, no leading '+', no spaces, no overflow.
std::optional<qint64> parseCount(QByteArrayView field)
{
    if (field.isEmpty() || field.size() > 19)
        return std::nullopt;
    // Up to 18 digits cannot overflow; only a 19th is checked (the engine reads a 19-digit
    // timestamp per line, so no division per digit).
    qint64 value = 0;
    const qsizetype safe = std::min<qsizetype>(field.size(), 18);
    for (qsizetype i = 0; i < safe; ++i) {
        const unsigned digit = unsigned(static_cast<unsigned char>(field[i])) - '0';
        if (digit > 9)
            return std::nullopt;
        value = value * 10 + qint64(digit);
    }
    if (field.size() == 19) {
        const unsigned digit = unsigned(static_cast<unsigned char>(field[18])) - '0';
        if (digit > 9 || __builtin_mul_overflow(value, 10, &value) ||
            __builtin_add_overflow(value, qint64(digit), &value))
            return std::nullopt;
    }
    return value;
}

std::optional<int> parseSmall(QByteArrayView field)
{
    const auto v = parseCount(field);
    if (!v || *v > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(*v);
}

// '\r', '\n', '\0' or '\t' anywhere in the line. All are below 0x20: a line without any such byte
// (every line a worker writes) is cleared eight bytes at a time, without a branch per byte.
bool hasControlCharacter(QByteArrayView line)
{
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    constexpr quint64 kHighs = 0x8080808080808080ULL;
    quint64 below = 0; // non-zero iff some byte seen is below 0x20
    qsizetype i = 0;
    for (; i + 8 <= line.size(); i += 8) {
        quint64 word;
        std::memcpy(&word, line.data() + i, sizeof word);
        below |= (word - 0x20 * kOnes) & ~word & kHighs;
    }
    for (; i < line.size(); ++i)
        below |= static_cast<unsigned char>(line[i]) < 0x20;
    if (below == 0)
        return false;
    for (const char c : line) {
        if (c == '\r' || c == '\n' || c == '\0' || c == '\t')
            return true;
    }
    return false;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The value of an end's `cause=`: `unknown`, or `<cause_event>:<process>:<ns before the end>`,
// which becomes the same fields as a `cause` line (event.value absolute). Once per end.
bool parseEndCause(QByteArrayView value, Event &event)
{
    if (event.type != EventType::End || event.cause != CauseEvent::None)
        return false;
    const qsizetype firstColon = value.indexOf(':');
    const auto cause = causeEventFromName(firstColon < 0 ? value : value.first(firstColon));
    if (!cause)
        return false;
    event.cause = *cause;
    if (*cause == CauseEvent::Unknown)
        return firstColon < 0;
    if (firstColon < 0)
        return false;
    const QByteArrayView rest = value.sliced(firstColon + 1);
    const qsizetype secondColon = rest.indexOf(':');
    if (secondColon < 0)
        return false;
    const auto who = parseSmall(rest.first(secondColon));
    const auto ago = parseCount(rest.sliced(secondColon + 1));
    if (!who || !ago || *ago >= event.timestampNs)
        return false;
    event.childId = *who;
    event.value = event.timestampNs - *ago;
    return true;
}

bool parseSpanFields(FieldReader &fields, Event &event, QString *error)
{
    const auto kind = spanKindFromName(fields.next());
    if (!kind)
        return fail(error, EventParserText::tr("unknown span kind"));
    event.span = *kind;
    while (!fields.atEnd()) {
        const QByteArrayView field = fields.next();
        if (field == "last") {
            // The arrival that completed a barrier round: last, after the round, on a begin.
            if (event.type != EventType::Begin || event.span != SpanKind::BarrierWait ||
                event.round < 0 || !fields.atEnd())
                return fail(error, EventParserText::tr("only a barrier_wait begin with its round "
                                                       "can end with last"));
            event.lastArrival = true;
            break;
        }
        const qsizetype eq = field.indexOf('=');
        if (eq <= 0)
            return fail(error, EventParserText::tr("expected key=value after the span kind"));
        const QByteArrayView key = field.first(eq);
        if (key == "cause") {
            if (!parseEndCause(field.sliced(eq + 1), event))
                return fail(error, EventParserText::tr("cause= belongs once on an end, as "
                                                       "event:process:ns-before or unknown"));
            continue;
        }
        const auto value = parseSmall(field.sliced(eq + 1));
        if (!value)
            return fail(error, EventParserText::tr("span attribute is not a non-negative integer"));
        if (key == "round" && event.round < 0)
            event.round = *value;
        else if (key == "task" && event.task < 0)
            event.task = *value;
        else
            return fail(error, EventParserText::tr("unknown or repeated span attribute"));
    }
    return true;
}

// How a task line gives its times: `tasks` a begin and an end offset per task; `taskrun` tasks
// back to back, each a duration (it begins where the one before it ended, the first at ts_ns).
enum class TaskTimes
{
    Pairs,
    Durations
};

// The offsets of a task line, parsed in one pass over the bytes rather than field by field:
// this is the engine's hottest loop at the pool's default chunk size.

bool parseTaskOffsets(QByteArrayView rest, Event &event, TaskTimes times, QString *error)
{
    if (rest.isEmpty())
        return fail(error, times == TaskTimes::Pairs
                               ? EventParserText::tr("tasks needs begin and end offsets")
                               : EventParserText::tr("taskrun needs task durations"));
    auto &offsets = event.taskOffsets;
    offsets.reserve(size_t(std::min<qsizetype>(rest.size() + 2, 2 * kMaxTasksPerLine)));
    const qint64 latest = std::numeric_limits<qint64>::max() - event.timestampNs;
    qint64 end = 0; // Durations: the end of the tasks so far
    const char *p = rest.data();
    const char *const stop = p + rest.size();
    for (;;) {
        qint64 value = 0;
        const char *const digits = p;
        while (p != stop && *p >= '0' && *p <= '9') {
            const int digit = *p - '0';
            if (value > (std::numeric_limits<qint64>::max() - digit) / 10)
                return fail(error, EventParserText::tr("task offset out of range"));
            value = value * 10 + digit;
            ++p;
        }
        if (p == digits || (p != stop && *p != ' '))
            return fail(error, EventParserText::tr("task offset is not a non-negative integer"));
        if (offsets.size() == size_t(2 * kMaxTasksPerLine))
            return fail(
                error, EventParserText::tr("more than %1 tasks in one line").arg(kMaxTasksPerLine));
        if (times == TaskTimes::Durations) {
            if (value > latest - end)
                return fail(error, EventParserText::tr("task offset out of range"));
            offsets.push_back(end);
            end += value;
            offsets.push_back(end);
        } else {
            if (value > latest)
                return fail(error, EventParserText::tr("task offset out of range"));
            if (offsets.size() % 2 == 1 && value < offsets.back())
                return fail(error, EventParserText::tr("task ends before it begins"));
            offsets.push_back(value);
        }
        if (p == stop)
            break;
        ++p; // the space; a trailing one leaves an empty field, rejected above
    }
    if (offsets.size() % 2 != 0)
        return fail(error, EventParserText::tr("task without an end offset"));
    if (event.task > std::numeric_limits<int>::max() - (event.taskCount() - 1))
        return fail(error, EventParserText::tr("task index out of range"));
    return true;
}

bool parseBody(QByteArrayView type, FieldReader &fields, Event &event, QString *error)
{
    auto requireEnd = [&] {
        return fields.atEnd() || fail(error, EventParserText::tr("unexpected trailing fields"));
    };
    if (type == "ready") {
        event.type = EventType::Ready;
        return requireEnd();
    }
    if (type == "begin" || type == "end") {
        event.type = type == "begin" ? EventType::Begin : EventType::End;
        return parseSpanFields(fields, event, error);
    }
    if (type == "output" || type == "exit") {
        event.type = type == "output" ? EventType::Output : EventType::Exit;
        const auto value = parseCount(fields.next());
        if (!value)
            return fail(error, EventParserText::tr("expected a non-negative integer"));
        if (event.type == EventType::Exit && *value > 255)
            return fail(error, EventParserText::tr("exit code out of range 0-255"));
        event.value = *value;
        return requireEnd();
    }
    if (type == "spawn") {
        event.type = EventType::Spawn;
        const auto child = parseSmall(fields.next());
        const auto pid = parseCount(fields.next());
        const QByteArrayView mode = fields.next();
        if (!child || !pid || *pid == 0)
            return fail(error, EventParserText::tr("spawn needs a child id and a child pid"));
        if (mode != "daemon" && mode != "regular")
            return fail(error, EventParserText::tr("spawn mode must be daemon or regular"));
        const QByteArrayView name = fields.rest();
        if (name.isEmpty())
            return fail(error, EventParserText::tr("spawn needs a child name"));
        event.childId = *child;
        event.value = *pid;
        event.daemon = mode == "daemon";
        event.text = QString::fromUtf8(name);
        return true;
    }
    if (type == "reaped") {
        event.type = EventType::Reaped;
        const auto child = parseSmall(fields.next());
        const QByteArrayView how = fields.next();
        const auto code = parseCount(fields.next());
        if (!child || !code || (how != "normal" && how != "signal"))
            return fail(error,
                        EventParserText::tr("reaped needs a child id, normal|signal and a code"));
        event.childId = *child;
        event.reap = how == "normal" ? ReapKind::Normal : ReapKind::Signal;
        event.value = *code;
        return requireEnd();
    }
    if (type == "note") {
        event.type = EventType::Note;
        const QByteArrayView text = fields.rest();
        if (text.isEmpty())
            return fail(error, EventParserText::tr("empty note"));
        event.text = QString::fromUtf8(text);
        return true;
    }
    if (type == "lock_owner_died") {
        event.type = EventType::LockOwnerDied;
        return requireEnd();
    }
    if (type == "cause") {
        event.type = EventType::Cause;
        const auto kind = spanKindFromName(fields.next());
        const auto cause = causeEventFromName(fields.next());
        if (!kind || !cause)
            return fail(error, EventParserText::tr("cause needs a span kind and a cause event"));
        event.span = *kind;
        event.cause = *cause;
        if (*cause == CauseEvent::Unknown)
            return requireEnd();
        const auto who = parseSmall(fields.next());
        const auto when = parseCount(fields.next());
        if (!who || !when || *when == 0)
            return fail(error, EventParserText::tr("cause needs a process id and a timestamp"));
        event.childId = *who;
        event.value = *when;
        return requireEnd();
    }
    if (type == "signal_sent") {
        event.type = EventType::SignalSent;
        const auto child = parseSmall(fields.next());
        const auto signal = parseSmall(fields.next());
        if (!child || !signal || *signal < 1 || *signal > 64)
            return fail(error, EventParserText::tr("signal_sent needs a child id and a signal"));
        event.childId = *child;
        event.value = *signal;
        return requireEnd();
    }
    if (type == "tasks" || type == "taskrun") {
        event.type = EventType::Tasks;
        const auto first = parseSmall(fields.next());
        if (!first)
            return fail(error, EventParserText::tr("tasks needs a first task index"));
        event.task = *first;
        return parseTaskOffsets(fields.rest(), event,
                                type == "tasks" ? TaskTimes::Pairs : TaskTimes::Durations, error);
    }
    return fail(error, EventParserText::tr("unknown event type"));
}

} // namespace

QByteArray spanKindName(SpanKind kind)
{
    return QByteArray(kSpanKindNames[size_t(kind)]);
}

std::optional<SpanKind> spanKindFromName(QByteArrayView name)
{
    for (size_t i = 0; i < kSpanKindNames.size(); ++i) {
        if (name == kSpanKindNames[i])
            return SpanKind(i);
    }
    return std::nullopt;
}

QLatin1StringView causeEventName(CauseEvent event)
{
    if (size_t(event) >= kCauseEventNames.size())
        return {};
    return QLatin1StringView(kCauseEventNames[size_t(event)]);
}

std::optional<CauseEvent> causeEventFromName(QByteArrayView name)
{
    for (size_t i = 0; i < kCauseEventNames.size(); ++i) {
        if (name == kCauseEventNames[i])
            return CauseEvent(i);
    }
    return std::nullopt;
}

void appendEvent(QByteArray &out, const Event &e)
{
    // Only Spawn and Note carry text: the hot span events convert nothing.
    if (e.type == EventType::Spawn || e.type == EventType::Note) {
        const QByteArray utf8 = e.text.toUtf8();
        appendEventLine(out, e, std::string_view(utf8.constData(), size_t(utf8.size())));
    } else if (e.type == EventType::Tasks) {
        appendEventLine(out, e, {}, TaskOffsets{e.taskOffsets.data(), e.taskCount()});
    } else {
        appendEventLine(out, e, {});
    }
}

QByteArray formatEvent(const Event &e)
{
    QByteArray line;
    line.reserve(64);
    appendEvent(line, e);
    return line;
}

std::optional<Event> parseEventLine(QByteArrayView line, QString *error)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.isEmpty()) {
        fail(error, EventParserText::tr("empty line"));
        return std::nullopt;
    }
    if (hasControlCharacter(line)) {
        fail(error, EventParserText::tr("control character in line"));
        return std::nullopt;
    }
    FieldReader fields(line);
    Event event;
    const auto ts = parseCount(fields.next());
    if (!ts || *ts == 0) {
        fail(error, EventParserText::tr("bad timestamp"));
        return std::nullopt;
    }
    const auto pid = parseCount(fields.next());
    if (!pid || *pid == 0 || *pid > std::numeric_limits<int>::max()) {
        fail(error, EventParserText::tr("bad pid"));
        return std::nullopt;
    }
    const auto id = parseSmall(fields.next());
    if (!id) {
        fail(error, EventParserText::tr("bad process id"));
        return std::nullopt;
    }
    if (fields.atEnd()) {
        fail(error, EventParserText::tr("missing event type"));
        return std::nullopt;
    }
    event.timestampNs = *ts;
    event.pid = *pid;
    event.processId = *id;
    if (!parseBody(fields.next(), fields, event, error))
        return std::nullopt;
    return event;
}

} // namespace proclab
