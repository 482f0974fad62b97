// SPDX-License-Identifier: MIT
#pragma once

#include "event.h"
#include "run.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace proclab {

// The event side of one worker's pipe: frames the bytes into lines, parses each strictly and
// applies it to the run through the shared recorder. Nothing here knows about processes; the
// supervisor hands in the bytes and hears back about applied events and bad lines.
class EventStream
{
public:
    using EventHandler = std::function<void(const Event &)>;
    using ErrorHandler = std::function<void(const QString &quotedLine, const QString &error)>;

    // `sourceId`: the process whose pipe this is; it speaks only for itself and its declared
    // children (see RunRecorder::apply).
    EventStream(RunRecorder &recorder, int sourceId, EventHandler onEvent, ErrorHandler onError);

    // Applies every complete line in `bytes` (after what was left over from the last call) and
    // keeps the incomplete rest. Only the new bytes are searched for newlines, and a line longer
    // than any valid one (PIPE_BUF with its newline) is reported and skipped up to its newline
    // instead of growing without bound.
    void feed(QByteArrayView bytes);
    // The pipe is closed: a last line without its newline was cut off: an error, never applied.
    void finish();
    // The bytes of an unfinished line kept so far: less than kMaxLineBytes, whatever the worker
    // writes (memory per worker stays bounded).
    qsizetype bufferedBytes() const { return m_partial.size(); }

private:
    void applyLine(QByteArrayView line);

    RunRecorder &m_recorder;
    int m_sourceId;
    EventHandler m_onEvent;
    ErrorHandler m_onError;
    QByteArray m_partial; // bytes after the last newline, kept until the rest of the line arrives
    bool m_skipping = false; // inside an overlong line: dropping bytes up to its newline
};

} // namespace proclab
