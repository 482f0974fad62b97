// SPDX-License-Identifier: MIT
#include "jsonstream.h"

#include <QCborValue>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <charconv>
#include <cmath>

namespace proclab {

namespace {

char hexDigit(unsigned v)
{
    return "0123456789abcdef"[v & 0xf];
}

// The escape QJsonDocument writes for a character below 0x80 that cannot stand for itself, or 0.
char shortEscape(char16_t c)
{
    switch (c) {
    case u'"':
        return '"';
    case u'\\':
        return '\\';
    case u'\b':
        return 'b';
    case u'\f':
        return 'f';
    case u'\n':
        return 'n';
    case u'\r':
        return 'r';
    case u'\t':
        return 't';
    default:
        return 0;
    }
}

bool needsEscape(char16_t c)
{
    return c < 0x20 || c == u'"' || c == u'\\';
}

} // namespace

// ---- StreamBuffer -------------------------------------------------------------------------------

StreamBuffer::StreamBuffer(QIODevice *device)
    : m_device(device)
{
    m_buffer.reserve(kFlushAt + 4096);
}

StreamBuffer::~StreamBuffer() = default;

void StreamBuffer::flushSome()
{
    if (m_ok && !m_buffer.isEmpty()) {
        const qint64 written = m_device ? m_device->write(m_buffer) : -1;
        m_ok = written == m_buffer.size();
    }
    m_buffer.resize(0); // keeps the capacity
}

bool StreamBuffer::flush()
{
    flushSome();
    return m_ok;
}

void StreamBuffer::appendInteger(qint64 value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    append(digits, result.ptr - digits);
}

void StreamBuffer::appendMicros(qint64 ns)
{
    char text[32];
    char *p = text;
    // In unsigned arithmetic so that the most negative value has a magnitude too.
    quint64 magnitude = quint64(ns);
    if (ns < 0) {
        *p++ = '-';
        magnitude = 0 - magnitude;
    }
    p = std::to_chars(p, text + sizeof text, magnitude / 1000).ptr;
    unsigned fraction = unsigned(magnitude % 1000);
    if (fraction != 0) {
        *p++ = '.';
        *p++ = char('0' + fraction / 100);
        fraction %= 100;
        if (fraction != 0) {
            *p++ = char('0' + fraction / 10);
            fraction %= 10;
            if (fraction != 0)
                *p++ = char('0' + fraction);
        }
    }
    append(text, p - text);
}

void StreamBuffer::appendJsonString(QStringView text)
{
    append('"');
    const char16_t *s = text.utf16();
    const char16_t *const end = s + text.size();
    while (s != end) {
        // A run of characters that stand for themselves goes in one piece.
        const char16_t *plain = s;
        while (s != end && *s < 0x80 && !needsEscape(*s))
            ++s;
        if (s != plain) {
            const qsizetype n = s - plain;
            const qsizetype at = m_buffer.size();
            m_buffer.resize(at + n);
            char *out = m_buffer.data() + at;
            for (qsizetype i = 0; i < n; ++i)
                out[i] = char(plain[i]);
        }
        if (s == end)
            break;
        const char16_t c = *s++;
        char utf8[8];
        qsizetype n = 0;
        if (c < 0x80) {
            utf8[n++] = '\\';
            if (const char e = shortEscape(c)) {
                utf8[n++] = e;
            } else {
                utf8[n++] = 'u';
                utf8[n++] = '0';
                utf8[n++] = '0';
                utf8[n++] = hexDigit(c >> 4);
                utf8[n++] = hexDigit(c);
            }
        } else if (c < 0x800) {
            utf8[n++] = char(0xc0 | (c >> 6));
            utf8[n++] = char(0x80 | (c & 0x3f));
        } else if (!QChar::isSurrogate(c)) {
            utf8[n++] = char(0xe0 | (c >> 12));
            utf8[n++] = char(0x80 | ((c >> 6) & 0x3f));
            utf8[n++] = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && s != end && QChar::isLowSurrogate(*s)) {
            const char32_t u = QChar::surrogateToUcs4(c, *s++);
            utf8[n++] = char(0xf0 | (u >> 18));
            utf8[n++] = char(0x80 | ((u >> 12) & 0x3f));
            utf8[n++] = char(0x80 | ((u >> 6) & 0x3f));
            utf8[n++] = char(0x80 | (u & 0x3f));
        } else {
            // An unpaired surrogate has no UTF-8 form: written as its escape, as Qt does.
            utf8[n++] = '\\';
            utf8[n++] = 'u';
            utf8[n++] = hexDigit(c >> 12);
            utf8[n++] = hexDigit(c >> 8);
            utf8[n++] = hexDigit(c >> 4);
            utf8[n++] = hexDigit(c);
        }
        m_buffer.append(utf8, n);
        if (m_buffer.size() >= kFlushAt)
            flushSome();
    }
    append('"');
}

void StreamBuffer::appendJsonString(QLatin1StringView text)
{
    bool plain = true;
    for (const char c : text) {
        if (uchar(c) >= 0x80 || needsEscape(uchar(c))) {
            plain = false;
            break;
        }
    }
    if (!plain) {
        appendJsonString(QStringView(QString(text)));
        return;
    }
    append('"');
    append(text.data(), text.size());
    append('"');
}

// ---- JsonStreamWriter ---------------------------------------------------------------------------

JsonStreamWriter::JsonStreamWriter(QIODevice *device)
    : m_out(device)
{
}

void JsonStreamWriter::indent(size_t depth)
{
    static const char spaces[] = "                                                                ";
    m_out.append('\n');
    size_t n = depth * 4;
    while (n > 0) {
        const size_t piece = std::min(n, sizeof spaces - 1);
        m_out.append(spaces, qsizetype(piece));
        n -= piece;
    }
}

void JsonStreamWriter::separate()
{
    if (m_stack.empty())
        return;
    Frame &frame = m_stack.back();
    if (!frame.empty)
        m_out.append(',');
    frame.empty = false;
    if (!frame.inlined)
        indent(m_stack.size());
}

void JsonStreamWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_stack.empty() && m_stack.back().object)
        m_broken = true; // a member without a key
    if (m_stack.empty() && m_done)
        m_broken = true; // a second document
    separate();
}

void JsonStreamWriter::key(QLatin1StringView name)
{
    if (m_stack.empty() || !m_stack.back().object || m_afterKey)
        m_broken = true;
    separate();
    m_out.appendJsonString(name);
    if (!m_stack.empty() && m_stack.back().inlined)
        m_out.append(':');
    else
        m_out.append(": ", 2);
    m_afterKey = true;
}

void JsonStreamWriter::key(QStringView name)
{
    if (m_stack.empty() || !m_stack.back().object || m_afterKey)
        m_broken = true;
    separate();
    m_out.appendJsonString(name);
    if (!m_stack.empty() && m_stack.back().inlined)
        m_out.append(':');
    else
        m_out.append(": ", 2);
    m_afterKey = true;
}

void JsonStreamWriter::open(char bracket, bool object, Layout layout)
{
    beforeValue();
    const bool inlined = layout == Layout::Inline || (!m_stack.empty() && m_stack.back().inlined);
    m_stack.push_back({object, inlined, true});
    m_out.append(bracket);
}

void JsonStreamWriter::close(char bracket, bool object)
{
    if (m_stack.empty() || m_stack.back().object != object || m_afterKey) {
        m_broken = true;
        return;
    }
    const Frame frame = m_stack.back();
    m_stack.pop_back();
    if (!frame.empty && !frame.inlined)
        indent(m_stack.size());
    m_out.append(bracket);
    if (m_stack.empty())
        m_done = true;
}

void JsonStreamWriter::beginObject(Layout layout)
{
    open('{', true, layout);
}

void JsonStreamWriter::endObject()
{
    close('}', true);
}

void JsonStreamWriter::beginArray(Layout layout)
{
    open('[', false, layout);
}

void JsonStreamWriter::endArray()
{
    close(']', false);
}

void JsonStreamWriter::null()
{
    beforeValue();
    m_out.append("null", 4);
}

void JsonStreamWriter::boolean(bool value)
{
    beforeValue();
    if (value)
        m_out.append("true", 4);
    else
        m_out.append("false", 5);
}

void JsonStreamWriter::integer(qint64 value)
{
    beforeValue();
    m_out.appendInteger(value);
}

void JsonStreamWriter::number(double value)
{
    beforeValue();
    if (std::isfinite(value))
        m_out.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
    else
        m_out.append("null", 4); // JSON has no infinities or NaN (RFC 8259, 6)
}

void JsonStreamWriter::micros(qint64 ns)
{
    beforeValue();
    m_out.appendMicros(ns);
}

void JsonStreamWriter::string(QStringView text)
{
    beforeValue();
    m_out.appendJsonString(text);
}

void JsonStreamWriter::string(QLatin1StringView text)
{
    beforeValue();
    m_out.appendJsonString(text);
}

void JsonStreamWriter::value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        boolean(value.toBool());
        break;
    case QJsonValue::Double: {
        // Integers stay integers (exact beyond 2^53), as QJsonDocument writes them.
        const QCborValue cbor = QCborValue::fromJsonValue(value);
        if (cbor.isInteger())
            integer(cbor.toInteger());
        else
            number(cbor.toDouble());
        break;
    }
    case QJsonValue::String:
        string(value.toString());
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        beginArray();
        for (qsizetype i = 0, n = array.size(); i < n; ++i)
            this->value(array.at(i));
        endArray();
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        beginObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            key(it.key());
            this->value(it.value());
        }
        endObject();
        break;
    }
    }
}

bool JsonStreamWriter::finish()
{
    if (!m_stack.empty() || m_afterKey || !m_done)
        m_broken = true;
    else
        m_out.append('\n');
    return m_out.flush() && !m_broken;
}

} // namespace proclab
