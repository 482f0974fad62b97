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
};

} // namespace proclab
