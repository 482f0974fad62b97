// SPDX-License-Identifier: MIT
#include "statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace proclab {

double speedup(qint64 serialNs, qint64 parallelNs)
{
    return parallelNs > 0 ? double(serialNs) / double(parallelNs) : 0.0;
}

double efficiency(double s, int workers)
{
    return workers > 0 ? s / workers : 0.0;
}

double karpFlattSerialFraction(double s, int workers)
{
    if (workers <= 1 || s <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    const double p = workers;
    return (1.0 / s - 1.0 / p) / (1.0 - 1.0 / p);
}

double amdahlSpeedup(double f, int workers)
{
    if (workers <= 0)
        return 0;
    return 1.0 / (f + (1.0 - f) / workers);
}

AmdahlFit completeSweep(std::vector<SweepPoint> &points, int maxWorkers)
{
    AmdahlFit fit;
    fit.maxWorkers = maxWorkers;
    if (points.empty())
        return fit;
    std::sort(points.begin(), points.end(),
              [](const SweepPoint &a, const SweepPoint &b) { return a.workers < b.workers; });
    const SweepPoint &base = points.front();
    // A sweep from A > 1 workers has no serial run; assume the base point scaled perfectly so that
    // speedups stay comparable with the ideal line.
    const double serialNs = double(base.wallNs) * base.workers;
    double sum = 0;
    for (auto &point : points) {
        point.speedup = point.wallNs > 0 ? serialNs / double(point.wallNs) : 0.0;
        point.efficiency = efficiency(point.speedup, point.workers);
        const double e = karpFlattSerialFraction(point.speedup, point.workers);
        if (!std::isnan(e) && point.workers <= maxWorkers) {
            sum += e;
            ++fit.fittedPoints;
        }
    }
    if (fit.fittedPoints == 0)
        return fit;
    fit.serialFraction = sum / fit.fittedPoints;
    double squares = 0;
    int n = 0;
    for (const auto &point : points) {
        if (point.workers > maxWorkers || point.workers <= 1)
            continue;
        const double miss = point.speedup - amdahlSpeedup(fit.serialFraction, point.workers);
        squares += miss * miss;
        ++n;
    }
    fit.rmsResidual = std::sqrt(squares / n);
    return fit;
}

} // namespace proclab
