// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <cmath>

namespace proclab::test {

// A "proclab-sweep/1" pool sweep of 1-4 workers with speedups 1.0, 1.8, 2.4 and 2.7 (wall time
// 1 s / speedup); NaN: a sweep without a serial fraction estimate.
inline QJsonObject syntheticSweep(double serialFraction)
{
    QJsonArray points;
    const double speedups[] = {1.0, 1.8, 2.4, 2.7};
    for (int w = 1; w <= 4; ++w) {
        points.append(
            QJsonObject{{QStringLiteral("workers"), w},
                        {QStringLiteral("wall_ns"), qint64(1'000'000'000 / speedups[w - 1])},
                        {QStringLiteral("speedup"), speedups[w - 1]},
                        {QStringLiteral("efficiency"), speedups[w - 1] / w}});
    }
    QJsonObject json{{QStringLiteral("format"), QStringLiteral("proclab-sweep/1")},
                     {QStringLiteral("scenario"), QStringLiteral("pool")},
                     {QStringLiteral("points"), points}};
    json.insert(QStringLiteral("serial_fraction"),
                std::isnan(serialFraction) ? QJsonValue() : QJsonValue(serialFraction));
    return json;
}

} // namespace proclab::test
