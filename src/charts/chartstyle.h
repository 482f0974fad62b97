// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>

class QChart;
class QAbstractAxis;
class QChartView;

namespace proclab {

// Fonts of the charts, in pixels rather than points: a chart then looks the same on screen, in a
// PNG at any resolution, in SVG and in PDF (point sizes would be re-resolved against each
// device's DPI and come out at a different size than the layout was computed for).
struct ChartStyle
{
    static QFont titleFont();
    static QFont axisTitleFont();
    static QFont labelFont();
    static QFont legendFont();
    static QFont pixelFont(int pixelSize, bool bold = false);

    static void applyTo(QChart *chart);
    static void applyTo(QAbstractAxis *axis);
    static void applyTo(QChartView *view);
    // The legend below the plot when its entries fit on one row there, else in a column to the
    // right: a row that does not fit elides every name ("Arb…", "Wa…" in German at 1024 px).
    // Call when the entries or the chart's size change.
    static void placeLegend(QChart *chart);
    // Whether the legend's visible entries fit on one row of `width` pixels.
    static bool legendFitsInARow(const QChart *chart, qreal width);
};

} // namespace proclab
