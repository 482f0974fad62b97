// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace proclab::test {

// Checks the flow events of a Chrome Trace Event array against the format's rules, as the
// viewers apply them: flow events are "s" (start), "t" (step) and "f" (finish) sharing one "id"
// and "cat" (and "name"); every id has exactly one "s" and one "f", in that order in time or not;
// each carries "pid", "tid" and "ts"; each binds to a slice: a complete ("X") event of the same
// pid, tid and category with the same ts (chrome://tracing and DevTools bind on exactly those),
// which also encloses it (Perfetto binds "s" to the enclosing slice, and "f" with "bp": "e" too;
// without it, to the next slice, which the lab never means). Returns what is wrong, or an empty
// string; *pairs: the number of complete flows.
inline QString flowProblems(const QJsonArray &events, int *pairs = nullptr)
{
    struct Flow
    {
        int starts = 0;
        int finishes = 0;
        QString cat, name;
    };
    QMap<qint64, Flow> flows;
    auto boundSlice = [&](const QJsonObject &flow) {
        for (const auto &v : events) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("ph")).toString() == QLatin1String("X") &&
                e.value(QStringLiteral("pid")) == flow.value(QStringLiteral("pid")) &&
                e.value(QStringLiteral("tid")) == flow.value(QStringLiteral("tid")) &&
                e.value(QStringLiteral("cat")) == flow.value(QStringLiteral("cat")) &&
                e.value(QStringLiteral("ts")).toDouble() ==
                    flow.value(QStringLiteral("ts")).toDouble())
                return true;
        }
        return false;
    };
    for (const auto &v : events) {
        const QJsonObject e = v.toObject();
        const QString ph = e.value(QStringLiteral("ph")).toString();
        if (ph != QLatin1String("s") && ph != QLatin1String("t") && ph != QLatin1String("f"))
            continue;
        for (const char *key : {"id", "cat", "name", "pid", "tid", "ts"}) {
            if (!e.contains(QLatin1String(key)))
                return QStringLiteral("a flow event without \"%1\"").arg(QLatin1String(key));
        }
        const qint64 id = e.value(QStringLiteral("id")).toInteger(-1);
        Flow &flow = flows[id];
        const QString cat = e.value(QStringLiteral("cat")).toString();
        const QString name = e.value(QStringLiteral("name")).toString();
        if (flow.starts + flow.finishes > 0 && (flow.cat != cat || flow.name != name))
            return QStringLiteral("flow %1: its events differ in cat or name").arg(id);
        flow.cat = cat;
        flow.name = name;
        if (ph == QLatin1String("s"))
            ++flow.starts;
        if (ph == QLatin1String("f")) {
            ++flow.finishes;
            if (e.value(QStringLiteral("bp")).toString() != QLatin1String("e"))
                return QStringLiteral("flow %1: its finish does not bind to the enclosing slice")
                    .arg(id);
        }
        if (!boundSlice(e))
            return QStringLiteral("flow %1: its %2 event binds to no slice").arg(id).arg(ph);
    }
    for (auto it = flows.cbegin(); it != flows.cend(); ++it) {
        if (it->starts != 1 || it->finishes != 1)
            return QStringLiteral("flow %1 has %2 starts and %3 finishes")
                .arg(it.key())
                .arg(it->starts)
                .arg(it->finishes);
    }
    if (pairs)
        *pairs = int(flows.size());
    return {};
}

} // namespace proclab::test
