// SPDX-License-Identifier: MIT
#include "timeaxismapping.h"

#include <algorithm>
#include <cmath>

namespace proclab {

double TimeAxisMapping::xForTime(qint64 ns) const
{
    return xForTime(double(ns));
}

double TimeAxisMapping::xForTime(double ns) const
{
    return plotLeft + (ns - double(viewBeginNs)) * plotWidth / double(viewDurationNs());
}

double TimeAxisMapping::timeForX(double x) const
{
    return double(viewBeginNs) + (x - plotLeft) * double(viewDurationNs()) / plotWidth;
}

void TimeAxisMapping::setPlotArea(double left, double width)
{
    plotLeft = left;
    plotWidth = std::max(width, 1.0);
}

void TimeAxisMapping::setFullRange(qint64 beginNs, qint64 endNs)
{
    const bool followsData = !isZoomed();
    fullBeginNs = beginNs;
    fullEndNs = std::max(endNs, beginNs + kMinimumViewNs);
    if (followsData)
        reset();
    else
        clampView();
}

void TimeAxisMapping::reset()
{
    viewBeginNs = fullBeginNs;
    viewEndNs = fullEndNs;
}

void TimeAxisMapping::zoomAt(double x, double factor)
{
    if (!(factor > 0) || !std::isfinite(factor))
        return;
    const double anchor = timeForX(x);
    const double duration = std::max(double(viewDurationNs()) / factor, double(kMinimumViewNs));
    const double fraction = std::clamp((x - plotLeft) / plotWidth, 0.0, 1.0);
    const double begin = anchor - fraction * duration;
    viewBeginNs = qint64(std::llround(begin));
    viewEndNs = qint64(std::llround(begin + duration));
    clampView();
}

void TimeAxisMapping::zoomToPixels(double x1, double x2)
{
    const double a = timeForX(std::min(x1, x2));
    const double b = timeForX(std::max(x1, x2));
    zoomToTime(qint64(std::llround(a)), qint64(std::llround(b)));
}

void TimeAxisMapping::zoomToTime(qint64 beginNs, qint64 endNs)
{
    if (endNs < beginNs)
        std::swap(beginNs, endNs);
    if (endNs - beginNs < kMinimumViewNs) {
        const qint64 middle = beginNs + (endNs - beginNs) / 2;
        beginNs = middle - kMinimumViewNs / 2;
        endNs = beginNs + kMinimumViewNs;
    }
    viewBeginNs = beginNs;
    viewEndNs = endNs;
    clampView();
}

void TimeAxisMapping::panByPixels(double dx)
{
    const qint64 shift = qint64(std::llround(-dx * nsPerPixel()));
    viewBeginNs += shift;
    viewEndNs += shift;
    clampView();
}

// Keeps the view inside the data (no panning into nothing) and no narrower than the minimum,
// shifting rather than shrinking it when it sticks out on one side.
void TimeAxisMapping::clampView()
{
    const qint64 fullDuration = fullEndNs - fullBeginNs;
    qint64 duration =
        std::clamp(viewEndNs - viewBeginNs, std::min(kMinimumViewNs, fullDuration), fullDuration);
    qint64 begin = std::clamp(viewBeginNs, fullBeginNs, fullEndNs - duration);
    viewBeginNs = begin;
    viewEndNs = begin + duration;
}

} // namespace proclab
