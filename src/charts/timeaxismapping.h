// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace proclab {

// Maps time (ns since the run's origin) to x pixels of the plot area and back, with zoom and pan.
// Plain data so the arithmetic is tested without widgets; the timeline keeps one and derives the
// axis range and the span item's drawing from it, so both always agree.
struct TimeAxisMapping
{
    // The narrowest view the zoom allows: below this, pixel positions stop being meaningful.
    static constexpr qint64 kMinimumViewNs = 1000;

    double plotLeft = 0;    // x of the plot area's left edge, in pixels
    double plotWidth = 1;   // width of the plot area, in pixels (> 0)
    qint64 fullBeginNs = 0; // everything there is to see
    qint64 fullEndNs = 1;
    qint64 viewBeginNs = 0; // what is visible now (a sub-range of the full range)
    qint64 viewEndNs = 1;

    qint64 viewDurationNs() const { return viewEndNs - viewBeginNs; }
    double nsPerPixel() const { return double(viewDurationNs()) / plotWidth; }
    bool isZoomed() const { return viewBeginNs > fullBeginNs || viewEndNs < fullEndNs; }

    double xForTime(qint64 ns) const;
    double xForTime(double ns) const;
    double timeForX(double x) const; // ns, not rounded: hit tests compare fractions of a pixel

    void setPlotArea(double left, double width);
    // Grows or shrinks the data range. An unzoomed view follows it (a live run's lanes fill in);
    // a zoomed one stays where the user put it, clamped into the new range.
    void setFullRange(qint64 beginNs, qint64 endNs);
    void reset();

    // factor > 1 zooms in, < 1 out; the time under pixel x stays under x.
    void zoomAt(double x, double factor);
    // Shows the time between two pixel positions (a rubber band), in either order.
    void zoomToPixels(double x1, double x2);
    void zoomToTime(qint64 beginNs, qint64 endNs);
    // Positive dx moves the content right (shows earlier times), as dragging does.
    void panByPixels(double dx);

private:
    void clampView();
};

} // namespace proclab
