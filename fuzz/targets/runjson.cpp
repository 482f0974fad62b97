// SPDX-License-Identifier: MIT
#include "exporters.h"
#include "fuzztargets.h"

#include <QBuffer>
#include <QJsonDocument>

namespace proclab::fuzz {

int runJson(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject())
        return 0;
    QString error;
    const std::optional<Run> run = runFromJson(document.object(), &error);
    if (!run) {
        fuzzCheck(!error.isEmpty(), "a refused run file has a message");
        return 0;
    }
    // What was loaded is written back as the same run: by the document writer, and by the
    // streaming writer that saves files (which promises the same JSON).
    const QJsonObject json = runToJson(*run);
    const std::optional<Run> again = runFromJson(json, &error);
    fuzzCheck(again.has_value(), "a written run loads");
    fuzzCheck(runToJson(*again) == json, "a written run loads as itself");
    QBuffer streamed;
    streamed.open(QIODevice::WriteOnly);
    fuzzCheck(writeRunJson(&streamed, *run), "the streaming writer takes a loaded run");
    fuzzCheck(QJsonDocument::fromJson(streamed.data()).object() == json,
              "the streaming writer writes what runToJson says");
    // The other exporters take any run that loads.
    fuzzCheck(!runToCsv(*run).isEmpty(), "a CSV has at least its header");
    fuzzCheck(QJsonDocument::fromJson(runToTrace(*run)).isObject(), "a trace is a JSON object");
    return 0;
}

} // namespace proclab::fuzz
