// SPDX-License-Identifier: MIT
#include "eventstream.h"
#include "exporters.h"
#include "fuzztargets.h"

#include <QJsonDocument>

namespace proclab::fuzz {

namespace {

// A run as the supervisor has it when a worker's pipe speaks: the worker (id 0, the pipe's
// process), a child it may declare (id 1, reserved, not started) and a sibling it may not speak
// for (id 2). The origin is 0 so that no check depends on the clock.
Run standInRun()
{
    Run run;
    ProcessRecord worker;
    worker.id = 0;
    worker.name = QStringLiteral("p0");
    worker.pid = 4242;
    worker.launchedNs = 0;
    ProcessRecord child;
    child.id = 1;
    child.name = QStringLiteral("p0.child");
    child.parent = 0;
    ProcessRecord sibling;
    sibling.id = 2;
    sibling.name = QStringLiteral("p1");
    sibling.pid = 4343;
    sibling.launchedNs = 0;
    run.processes = {worker, child, sibling};
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
template<class NextRead> Outcome feedInReads(QByteArrayView data, NextRead nextRead)
{
    Run run = standInRun();
    RunRecorder recorder(run);
    Outcome out;
    qsizetype appliedBeforeFinish = -1;
    EventStream stream(
        recorder, 0, [&](const Event &e) { out.events.append(formatEvent(e)); },
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
    const Outcome whole = feedInReads(bytes, [] { return std::numeric_limits<qsizetype>::max(); });
    // Reads of varying sizes, from 1 byte to more than a line, derived from the input so that a
    // finding replays exactly.
    std::uint32_t state = 2166136261u ^ std::uint32_t(size);
    for (std::size_t i = 0; i < std::min<std::size_t>(size, 64); ++i)
        state = (state ^ data[i]) * 16777619u;
    const Outcome pieces = feedInReads(bytes, [&state] {
        state = state * 1664525u + 1013904223u;
        const std::uint32_t pick = state >> 24;
        return qsizetype(pick < 128 ? 1 + pick % 8 : 1 + (state >> 8) % (kMaxLineBytes + 200));
    });
    const Outcome single = feedInReads(bytes, [] { return qsizetype(1); });
    fuzzCheck(whole.events == pieces.events && whole.events == single.events,
              "the same events however the bytes are read");
    fuzzCheck(whole.errors == pieces.errors && whole.errors == single.errors,
              "the same errors however the bytes are read");
    fuzzCheck(whole.run == pieces.run && whole.run == single.run,
              "the same run however the bytes are read");
    return 0;
}

} // namespace proclab::fuzz
