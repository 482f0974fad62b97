// SPDX-License-Identifier: MIT
#include "eventstream.h"

#include <QCoreApplication>

namespace proclab {

namespace {
class StreamText
{
    Q_DECLARE_TR_FUNCTIONS(proclab::EventStream)
};

constexpr qsizetype kMaxQuotedLine = 160;

// A line as it may be shown in a message: cut short, and with control bytes (an ESC sequence from
// a hostile worker) replaced, so that nothing it wrote can act on a terminal.
QString quoted(QByteArrayView line)
{
    QString text = QString::fromUtf8(line.first(std::min(line.size(), kMaxQuotedLine)));
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QChar(0xfffd);
    }
    if (line.size() > kMaxQuotedLine)
        text += QChar(0x2026);
    return text;
}
} // namespace

EventStream::EventStream(RunRecorder &recorder, int sourceId, EventHandler onEvent,
                         ErrorHandler onError)
    : m_recorder(recorder)
    , m_sourceId(sourceId)
    , m_onEvent(std::move(onEvent))
    , m_onError(std::move(onError))
{
}

void EventStream::feed(QByteArrayView bytes)
{
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype nl = bytes.indexOf('\n', start);
        const QByteArrayView piece = nl < 0 ? bytes.sliced(start) : bytes.sliced(start, nl - start);
        if (m_skipping) {
            if (nl >= 0)
                m_skipping = false;
        } else if (m_partial.size() + piece.size() + 1 > kMaxLineBytes) { // + its newline
            // Quoted as far as a message shows it, whichever reads brought the line.
            QByteArray head = m_partial;
            head.append(piece.first(std::min(piece.size(), kMaxQuotedLine + 1)));
            m_partial.clear();
            m_onError(quoted(head), StreamText::tr("line longer than %1 bytes").arg(kMaxLineBytes));
            m_skipping = nl < 0;
        } else if (nl < 0) {
            m_partial.append(piece);
        } else if (m_partial.isEmpty()) {
            applyLine(piece);
        } else {
            m_partial.append(piece);
            applyLine(m_partial);
            m_partial.clear();
        }
        if (nl < 0)
            break;
        start = nl + 1;
    }
}

void EventStream::finish()
{
    // A line without its newline was cut off (the worker died inside a write, or never ends its
    // lines): even when what arrived parses ("output 12" of "output 1234"), it is not the event.
    if (!m_partial.isEmpty()) {
        m_onError(quoted(m_partial), StreamText::tr("line cut off before its end"));
        m_partial.clear();
    }
    m_skipping = false;
}

void EventStream::applyLine(QByteArrayView line)
{
    QString error;
    const auto event = parseEventLine(line, &error);
    if (event && m_recorder.apply(*event, &error, m_sourceId)) {
        m_onEvent(*event);
        return;
    }
    m_onError(quoted(line), error);
}

} // namespace proclab
