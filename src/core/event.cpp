// SPDX-License-Identifier: MIT
#include "event.h"

#include <QCoreApplication>
#include <array>
#include <charconv>
#include <iterator>
#include <limits>
#include <utility>

namespace proclab {
namespace {

constexpr std::array<const char *, SpanKindCount> kSpanNames = {"work", "barrier_wait", "lock_wait",
                                                                "lock_hold", "task"};

QString tr(const char *text)
{
    return QCoreApplication::translate("proclab::EventParser", text);
}

// Splits on single spaces; an empty field (two spaces in a row, a leading or trailing space) is
// kept as an empty view so that the caller rejects it.
class FieldReader
{
public:
    explicit FieldReader(QByteArrayView line) : m_rest(line) {}
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
    qint64 value = 0;
    for (const char c : field) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const int digit = c - '0';
        if (value > (std::numeric_limits<qint64>::max() - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
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

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool parseSpanFields(FieldReader &fields, Event &event, QString *error)
{
    const auto kind = spanKindFromName(fields.next());
    if (!kind)
        return fail(error, tr("unknown span kind"));
    event.span = *kind;
    while (!fields.atEnd()) {
        const QByteArrayView field = fields.next();
        const qsizetype eq = field.indexOf('=');
        if (eq <= 0)
            return fail(error, tr("expected key=value after the span kind"));
        const QByteArrayView key = field.first(eq);
        const auto value = parseSmall(field.sliced(eq + 1));
        if (!value)
            return fail(error, tr("span attribute is not a non-negative integer"));
        if (key == "round" && event.round < 0)
            event.round = *value;
        else if (key == "task" && event.task < 0)
            event.task = *value;
        else
            return fail(error, tr("unknown or repeated span attribute"));
    }
    return true;
}

bool parseBody(QByteArrayView type, FieldReader &fields, Event &event, QString *error)
{
    auto requireEnd = [&] { return fields.atEnd() || fail(error, tr("unexpected trailing fields")); };
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
            return fail(error, tr("expected a non-negative integer"));
        if (event.type == EventType::Exit && *value > 255)
            return fail(error, tr("exit code out of range 0-255"));
        event.value = *value;
        return requireEnd();
    }
    if (type == "spawn") {
        event.type = EventType::Spawn;
        const auto child = parseSmall(fields.next());
        const auto pid = parseCount(fields.next());
        const QByteArrayView mode = fields.next();
        if (!child || !pid || *pid == 0)
            return fail(error, tr("spawn needs a child id and a child pid"));
        if (mode != "daemon" && mode != "regular")
            return fail(error, tr("spawn mode must be daemon or regular"));
        const QByteArrayView name = fields.rest();
        if (name.isEmpty())
            return fail(error, tr("spawn needs a child name"));
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
            return fail(error, tr("reaped needs a child id, normal|signal and a code"));
        event.childId = *child;
        event.reap = how == "normal" ? ReapKind::Normal : ReapKind::Signal;
        event.value = *code;
        return requireEnd();
    }
    if (type == "note") {
        event.type = EventType::Note;
        const QByteArrayView text = fields.rest();
        if (text.isEmpty())
            return fail(error, tr("empty note"));
        event.text = QString::fromUtf8(text);
        return true;
    }
    return fail(error, tr("unknown event type"));
}

} // namespace

QByteArray spanKindName(SpanKind kind)
{
    return QByteArray(kSpanNames[size_t(kind)]);
}

std::optional<SpanKind> spanKindFromName(QByteArrayView name)
{
    for (size_t i = 0; i < kSpanNames.size(); ++i) {
        if (name == kSpanNames[i])
            return SpanKind(i);
    }
    return std::nullopt;
}

namespace {
// Appends decimal digits with std::to_chars: no locale, no allocation.
class LineBuilder
{
public:
    explicit LineBuilder(QByteArray &out) : m_out(out) {}
    LineBuilder &number(qint64 value)
    {
        char digits[24];
        const auto result = std::to_chars(std::begin(digits), std::end(digits), value);
        m_out.append(digits, result.ptr - digits);
        return *this;
    }
    LineBuilder &text(const char *literal)
    {
        m_out.append(literal);
        return *this;
    }
    LineBuilder &text(const QByteArray &bytes)
    {
        m_out.append(bytes);
        return *this;
    }
    LineBuilder &ch(char c)
    {
        m_out.append(c);
        return *this;
    }

private:
    QByteArray &m_out;
};
} // namespace

void appendEvent(QByteArray &out, const Event &e)
{
    LineBuilder line(out);
    line.number(e.timestampNs).ch(' ').number(e.pid).ch(' ').number(e.processId).ch(' ');
    switch (e.type) {
    case EventType::Ready:
        line.text("ready");
        break;
    case EventType::Begin:
    case EventType::End:
        line.text(e.type == EventType::Begin ? "begin " : "end ").text(kSpanNames[size_t(e.span)]);
        if (e.round >= 0)
            line.text(" round=").number(e.round);
        if (e.task >= 0)
            line.text(" task=").number(e.task);
        break;
    case EventType::Output:
        line.text("output ").number(e.value);
        break;
    case EventType::Spawn:
        line.text("spawn ").number(e.childId).ch(' ').number(e.value);
        line.text(e.daemon ? " daemon " : " regular ").text(e.text.toUtf8());
        break;
    case EventType::Reaped:
        line.text("reaped ").number(e.childId);
        line.text(e.reap == ReapKind::Normal ? " normal " : " signal ").number(e.value);
        break;
    case EventType::Note:
        line.text("note ").text(e.text.toUtf8());
        break;
    case EventType::Exit:
        line.text("exit ").number(e.value);
        break;
    }
    line.ch('\n');
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
        fail(error, tr("empty line"));
        return std::nullopt;
    }
    for (const char c : line) {
        if (c == '\r' || c == '\n' || c == '\0' || c == '\t') {
            fail(error, tr("control character in line"));
            return std::nullopt;
        }
    }
    FieldReader fields(line);
    Event event;
    const auto ts = parseCount(fields.next());
    if (!ts || *ts == 0) {
        fail(error, tr("bad timestamp"));
        return std::nullopt;
    }
    const auto pid = parseCount(fields.next());
    if (!pid || *pid == 0 || *pid > std::numeric_limits<int>::max()) {
        fail(error, tr("bad pid"));
        return std::nullopt;
    }
    const auto id = parseSmall(fields.next());
    if (!id) {
        fail(error, tr("bad process id"));
        return std::nullopt;
    }
    if (fields.atEnd()) {
        fail(error, tr("missing event type"));
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
