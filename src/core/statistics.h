// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>
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

// Fills speedup and efficiency relative to the point with the fewest workers (scaled to one
// worker when the sweep does not start at 1), and returns the mean Karp–Flatt fraction over the
// points with more than one worker (NaN when there are none).
double completeSweep(std::vector<SweepPoint> &points);

} // namespace proclab
