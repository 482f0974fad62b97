// SPDX-License-Identifier: MIT
#include "chartstyle.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>

namespace proclab {

QFont ChartStyle::pixelFont(int pixelSize, bool bold)
{
    QFont font = QApplication::font();
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

QFont ChartStyle::titleFont()
{
    return pixelFont(16, true);
}

QFont ChartStyle::axisTitleFont()
{
    return pixelFont(13);
}

QFont ChartStyle::labelFont()
{
    return pixelFont(12);
}

QFont ChartStyle::legendFont()
{
    return pixelFont(12);
}

void ChartStyle::applyTo(QChart *chart)
{
    chart->setTitleFont(titleFont());
    chart->setBackgroundRoundness(0);
    // A plain colour, not the theme's white-to-white gradient: Qt's raster engine splits a gradient
    // fill taller than ~96 lines into segments for QThreadPool::globalInstance() and waits for
    // them, so every repaint of a chart made the GUI thread wait for threads that, with the
    // workers on every core, wait for a CPU (tst_chartpaintalone).
    chart->setBackgroundBrush(Qt::white);
    // Without this the chart's layout leaves a band of the view's grey around the white chart.
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setMargins(QMargins(6, 6, 10, 4));
    chart->legend()->setFont(legendFont());
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart->setAnimationOptions(QChart::NoAnimation);
}

bool ChartStyle::legendFitsInARow(const QChart *chart, qreal width)
{
    const QFontMetricsF metrics(chart->legend()->font());
    // Per entry: the marker, its gap to the label, the label, the space to the next entry (Qt's
    // legend layout, measured: ~35 px besides the text).
    constexpr qreal kPerEntry = 35;
    qreal needed = 0;
    for (const QLegendMarker *marker : chart->legend()->markers()) {
        if (marker->isVisible())
            needed += metrics.horizontalAdvance(marker->label()) + kPerEntry;
    }
    return needed <= width;
}

void ChartStyle::placeLegend(QChart *chart)
{
    const qreal width = chart->size().width() - chart->margins().left() - chart->margins().right();
    const Qt::Alignment wanted =
        width <= 0 || legendFitsInARow(chart, width) ? Qt::AlignBottom : Qt::AlignRight;
    if (chart->legend()->alignment() != wanted)
        chart->legend()->setAlignment(wanted);
}

void ChartStyle::applyTo(QAbstractAxis *axis)
{
    axis->setTitleFont(axisTitleFont());
    axis->setLabelsFont(labelFont());
}

void ChartStyle::applyTo(QChartView *view)
{
    view->setFrameShape(QFrame::NoFrame);
    view->setBackgroundBrush(Qt::white);
}

} // namespace proclab
