// SPDX-License-Identifier: MIT
#include "eventstream.h"
#include "exporters.h"
#include "fuzztargets.h"

#include <QJsonDocument>
#include <algorithm>
#include <limits>

namespace proclab::fuzz {

namespace {

// A run as the supervisor has it when a worker's pipe speaks, shaped after the stream so that
// real streams (the seeds) get past the checks: the pipe's process is the first line's (its id
// and pid), every other id the stream names up to kMaxIds is a child it may declare (reserved,
// not started), and one more process is a sibling it may not speak for. The origin is 0 so that
// no check depends on the clock.
struct RunShape
{
    int source = 0;
    long long sourcePid = 4242;
    int processes = 2;
};

RunShape shapeOf(QByteArrayView data)
{
    constexpr int kMaxIds = 64;
    RunShape shape;
    bool first = true;
    int highest = 0;
    for (qsizetype at = 0; at < data.size();) {
        const qsizetype nl = data.indexOf('\n', at);
        if (nl < 0)
            break;
        QString error;
        const auto event = parseEventLine(data.sliced(at, nl - at), &error);
        at = nl + 1;
        if (!event || event->processId >= kMaxIds)
            continue;
        if (first) {
            shape.source = event->processId;
            shape.sourcePid = event->pid;
            first = false;
        }
        highest = std::max({highest, event->processId, event->childId});
    }
    shape.processes = std::min(highest, kMaxIds - 1) + 2;
    return shape;
}

Run standInRun(const RunShape &shape)
{
    Run run;
    for (int id = 0; id < shape.processes; ++id) {
        ProcessRecord p;
        p.id = id;
        p.name = QStringLiteral("p%1").arg(id);
        if (id == shape.source) {
            p.pid = shape.sourcePid;
            p.launchedNs = 0;
        } else if (id == shape.processes - 1) {
            p.pid = 4343; // the sibling
            p.launchedNs = 0;
        } else {
            p.parent = shape.source; // reserved for a child the source may declare
        }
        run.processes.push_back(p);
    }
    return run;
}

// What one stream made of the bytes: every event applied and every error, in order, and the run.
struct Outcome
{
    QList<QByteArray> events;
    QStringList errors;
    QByteArray run;
};

// Feeds `data` in reads of the sizes `nextRead` gives (a pipe hands the bytes over in pieces of
// any size), then closes the stream.
template<class NextRead>
Outcome feedInReads(QByteArrayView data, const RunShape &shape, NextRead nextRead)
{
    Run run = standInRun(shape);
    RunRecorder recorder(run);
    Outcome out;
    qsizetype appliedBeforeFinish = -1;
    EventStream stream(
        recorder, shape.source, [&](const Event &e) { out.events.append(formatEvent(e)); },
        [&](const QString &quoted, const QString &error) {
            // A message quotes at most 160 characters of the line, and an ellipsis.
            fuzzCheck(quoted.size() <= 161, "a quoted line is cut short");
            fuzzCheck(!error.isEmpty(), "an error says what is wrong");
            out.errors.append(quoted + QLatin1Char('\t') + error);
        });
    qsizetype at = 0;
    while (at < data.size()) {
        const qsizetype n = std::min(nextRead(), data.size() - at);
        stream.feed(data.sliced(at, n));
        at += n;
        // Memory per worker is bounded: never more than one line's worth is kept unframed.
        fuzzCheck(stream.bufferedBytes() < kMaxLineBytes, "the unframed rest fits one line");
    }
    appliedBeforeFinish = out.events.size();
    stream.finish();
    // A line without its newline was cut off: it is reported, never applied.
    fuzzCheck(out.events.size() == appliedBeforeFinish, "no event applied from an unended line");
    fuzzCheck(stream.bufferedBytes() == 0, "nothing is kept after the end");
    out.run = QJsonDocument(runToJson(run)).toJson(QJsonDocument::Compact);
    return out;
}

} // namespace

int eventStream(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const RunShape shape = shapeOf(bytes);
    const Outcome whole =
        feedInReads(bytes, shape, [] { return std::numeric_limits<qsizetype>::max(); });
    // Reads of varying sizes, from 1 byte to more than a line, derived from the input so that a
    // finding replays exactly.
    std::uint32_t state = 2166136261u ^ std::uint32_t(size);
    for (std::size_t i = 0; i < std::min<std::size_t>(size, 64); ++i)
        state = (state ^ data[i]) * 16777619u;
    const Outcome pieces = feedInReads(bytes, shape, [&state] {
        state = state * 1664525u + 1013904223u;
        const std::uint32_t pick = state >> 24;
        return qsizetype(pick < 128 ? 1 + pick % 8 : 1 + (state >> 8) % (kMaxLineBytes + 200));
    });
    fuzzCheck(whole.events == pieces.events, "the same events however the bytes are read");
    fuzzCheck(whole.errors == pieces.errors, "the same errors however the bytes are read");
    fuzzCheck(whole.run == pieces.run, "the same run however the bytes are read");
    // The pipe closed anywhere (the worker died mid-line): what was applied is the start of what
    // the whole stream gives, and nothing of the cut line.
    if (size > 0) {
        const qsizetype cut = qsizetype(state % std::uint32_t(size));
        const Outcome cutShort = feedInReads(bytes.first(cut), shape,
                                             [] { return std::numeric_limits<qsizetype>::max(); });
        fuzzCheck(
            cutShort.events.size() <= whole.events.size() &&
                std::equal(cutShort.events.cbegin(), cutShort.events.cend(), whole.events.cbegin()),
            "a stream cut short applies the start of the whole stream's events");
    }
    // Byte by byte too, for inputs short enough (it is the slowest way through).
    if (size <= 2048) {
        const Outcome single = feedInReads(bytes, shape, [] { return qsizetype(1); });
        fuzzCheck(whole.events == single.events && whole.errors == single.errors &&
                      whole.run == single.run,
                  "the same outcome read byte by byte");
    }
    return 0;
}

} // namespace proclab::fuzz
