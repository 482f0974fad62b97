// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>
#include <limits>
#include <vector>

namespace proclab {

// Speedup over the one-worker run.
double speedup(qint64 serialNs, qint64 parallelNs);
double efficiency(double speedup, int workers);
// Karp–Flatt experimentally determined serial fraction e = (1/S − 1/p) / (1 − 1/p); undefined for
// p = 1 (returns NaN).
double karpFlattSerialFraction(double speedup, int workers);
// Amdahl's law: the speedup p workers allow when a fraction f of the work is serial.
double amdahlSpeedup(double serialFraction, int workers);

struct SweepPoint
{
    int workers = 0;
    qint64 wallNs = 0;
    double speedup = 0;
    double efficiency = 0;
};

// Amdahl's law fitted to a sweep: the mean Karp–Flatt serial fraction over the points with more
// than one and at most `maxWorkers` workers (the machine's cores: beyond them the runs measure
// oversubscription, not the program's serial part), and how far the fitted curve misses the
// points it was fitted on.
struct AmdahlFit
{
    double serialFraction = std::numeric_limits<double>::quiet_NaN(); // NaN: nothing to fit on
    double rmsResidual = std::numeric_limits<double>::quiet_NaN();    // of speedup, fitted points
    int fittedPoints = 0;
    int maxWorkers = 0;
};

// Fills speedup and efficiency relative to the point with the fewest workers (scaled to one
// worker when the sweep does not start at 1) and fits Amdahl's law on the points up to
// `maxWorkers`.
AmdahlFit completeSweep(std::vector<SweepPoint> &points, int maxWorkers);

} // namespace proclab
