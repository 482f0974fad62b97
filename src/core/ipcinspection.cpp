// SPDX-License-Identifier: MIT
#include "ipcinspection.h"

#include <QJsonObject>
#include <QStringList>

namespace proclab {

QString ipcObjectLine(const IpcObjectState &object)
{
    QString line = object.kind + QLatin1Char(' ') + object.role;
    if (!object.name.isEmpty())
        line += QStringLiteral(" (%1)").arg(object.name);
    QStringList values;
    for (const auto &[key, value] : object.values)
        values << QStringLiteral("%1=%2").arg(key).arg(value);
    if (!values.isEmpty())
        line += QStringLiteral(": ") + values.join(QLatin1Char(' '));
    return line;
}

QJsonArray ipcObjectsToJson(const std::vector<IpcObjectState> &objects)
{
    QJsonArray array;
    for (const IpcObjectState &o : objects) {
        QJsonObject values;
        for (const auto &[key, value] : o.values)
            values.insert(key, value);
        array.append(QJsonObject{{QStringLiteral("kind"), o.kind},
                                 {QStringLiteral("role"), o.role},
                                 {QStringLiteral("name"), o.name},
                                 {QStringLiteral("exists"), o.exists},
                                 {QStringLiteral("values"), values}});
    }
    return array;
}

std::vector<IpcObjectState> ipcObjectsFromJson(const QJsonArray &array)
{
    std::vector<IpcObjectState> objects;
    for (const auto &item : array) {
        const QJsonObject o = item.toObject();
        IpcObjectState state;
        state.kind = o.value(QStringLiteral("kind")).toString();
        state.role = o.value(QStringLiteral("role")).toString();
        state.name = o.value(QStringLiteral("name")).toString();
        state.exists = o.value(QStringLiteral("exists")).toBool(true);
        const QJsonObject values = o.value(QStringLiteral("values")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            state.values.emplace_back(it.key(), it.value().toInteger());
        objects.push_back(std::move(state));
    }
    return objects;
}

} // namespace proclab
