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

enum class EventType : std::uint8_t
{
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
    int round = -1;      // Begin / End of barrier and lock spans
    int task = -1;       // Begin / End of pool tasks
    int childId = -1;    // Spawn / Reaped
    long long value = 0; // Output: items; Spawn: child pid; Reaped: code or signal; Exit: code
};

namespace detail {
// Appends to any byte container with append(const char *, size) (QByteArray, std::string) using
// std::to_chars for numbers: no locale, no allocation beyond the container's own growth.
template<class Sink> class LineBuilder
{
public:
    explicit LineBuilder(Sink &out)
        : m_out(out)
    {
    }
    LineBuilder &number(long long value)
    {
        char digits[24];
        const auto result = std::to_chars(std::begin(digits), std::end(digits), value);
        m_out.append(digits, result.ptr - digits);
        return *this;
    }
    LineBuilder &text(const char *literal)
    {
        m_out.append(literal, std::strlen(literal));
        return *this;
    }
    LineBuilder &text(std::string_view bytes)
    {
        m_out.append(bytes.data(), bytes.size());
        return *this;
    }
    LineBuilder &ch(char c)
    {
        m_out.append(&c, 1);
        return *this;
    }

private:
    Sink &m_out;
};
} // namespace detail

// Appends one protocol line (see event.h for the format); `text` is the UTF-8 child name of a
// Spawn or the note of a Note, ignored otherwise.
template<class Sink> void appendEventLine(Sink &out, const EventFields &e, std::string_view text)
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
    }
    line.ch('\n');
}

} // namespace proclab
