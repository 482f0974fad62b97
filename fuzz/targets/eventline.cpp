// SPDX-License-Identifier: MIT
#include "event.h"
#include "fuzztargets.h"

namespace proclab::fuzz {

int eventLine(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView line(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto event = parseEventLine(line, &error);
    if (!event) {
        fuzzCheck(!error.isEmpty(), "a refused line has a message");
        return 0;
    }
    // The formatter writes what the parser reads: one line, within PIPE_BUF, that parses back to
    // the same event (the text of a note may differ in bytes once: invalid UTF-8 is replaced).
    const QByteArray formatted = formatEvent(*event);
    fuzzCheck(formatted.endsWith('\n') && formatted.count('\n') == 1, "one line formatted");
    const auto again = parseEventLine(formatted, &error);
    fuzzCheck(again.has_value(), "a formatted event parses");
    fuzzCheck(formatEvent(*again) == formatted, "a formatted event parses to itself");
    return 0;
}

} // namespace proclab::fuzz
