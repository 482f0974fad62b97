// SPDX-License-Identifier: MIT
#include "chartstyle.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLegend>

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
    // Without this the chart's layout leaves a band of the view's grey around the white chart.
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setMargins(QMargins(6, 6, 10, 4));
    chart->legend()->setFont(legendFont());
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart->setAnimationOptions(QChart::NoAnimation);
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
