// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <vector>

class QIODevice;
class QJsonValue;

namespace proclab {

// Bytes on their way to a device, a few tens of KiB at a time: exports of a run with millions of
// spans are written piece by piece, never held whole. After a refused write everything else is
// dropped and ok() is false (the device's errorString() says why).
class StreamBuffer
{
public:
    explicit StreamBuffer(QIODevice *device);
    ~StreamBuffer(); // does not flush: call flush() and check it, a destructor cannot report

    void append(char c)
    {
        m_buffer.append(c);
        if (m_buffer.size() >= kFlushAt)
            flushSome();
    }
    void append(const char *data, qsizetype size)
    {
        m_buffer.append(data, size);
        if (m_buffer.size() >= kFlushAt)
            flushSome();
    }
    void append(QByteArrayView bytes) { append(bytes.data(), bytes.size()); }
    void appendInteger(qint64 value);
    // ns / 1000 as an exact decimal (microseconds, trailing zeros dropped): "1234.5", "-0.001",
    // "7". It reads back as exactly the double ns / 1000.0 gives.
    void appendMicros(qint64 ns);
    // UTF-8 of `text`, as a JSON string literal with its quotes; escapes as QJsonDocument does
    // (\" \\ \b \f \n \r \t, other control characters as \u00XX, unpaired surrogates as \uXXXX).
    void appendJsonString(QStringView text);
    void appendJsonString(QLatin1StringView text);

    // Writes out what is buffered; false if the device refused any write so far.
    bool flush();
    bool ok() const { return m_ok; }

private:
    static constexpr qsizetype kFlushAt = 64 * 1024;
    void flushSome();

    QIODevice *m_device;
    QByteArray m_buffer;
    bool m_ok = true;
};

// A JSON writer that streams to a device: values go out in the order they are written, nothing is
// kept but the current nesting. Keys are written in the order given (the exporters give them in
// the sorted order QJsonObject would). A container is either laid out like
// QJsonDocument::Indented (four spaces a level, one member a line; empty ones as [] and {}) or
// inline (compact, on one line), and everything inside an inline container is inline too.
class JsonStreamWriter
{
public:
    enum class Layout
    {
        Indented,
        Inline
    };

    explicit JsonStreamWriter(QIODevice *device);

    void beginObject(Layout layout = Layout::Indented);
    void endObject();
    void beginArray(Layout layout = Layout::Indented);
    void endArray();

    // The next member's key (an object's members must each start with one).
    void key(QLatin1StringView name);
    void key(QStringView name);

    void null();
    void boolean(bool value);
    void integer(qint64 value);
    // Finite doubles as QJsonDocument writes them (shortest round-trip form); others as null.
    void number(double value);
    // ns / 1000 written as an exact decimal: see StreamBuffer::appendMicros.
    void micros(qint64 ns);
    void string(QStringView text);
    void string(QLatin1StringView text);
    // Any Qt JSON value, walked as it is (objects in their stored, sorted key order).
    void value(const QJsonValue &value);

    // Ends the document with a newline and writes out the buffer; false if the device refused a
    // write or the document is not whole (a container left open, a member without its key, …).
    bool finish();
    bool ok() const { return m_out.ok(); }

private:
    struct Frame
    {
        bool object = false;
        bool inlined = false;
        bool empty = true;
    };
    void separate(); // what goes before a key, or before a value that has no key
    void beforeValue();
    void open(char bracket, bool object, Layout layout);
    void close(char bracket, bool object);
    void indent(size_t depth);

    StreamBuffer m_out;
    std::vector<Frame> m_stack;
    bool m_afterKey = false;
    bool m_done = false;   // the outermost container is closed
    bool m_broken = false; // a container closed that was not open, a value without its key, …
};

} // namespace proclab
