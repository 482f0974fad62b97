// SPDX-License-Identifier: MIT
#include "timelinechartview.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QRubberBand>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

namespace proclab {

namespace {
constexpr double kWheelStep = 1.25; // zoom factor per wheel notch
constexpr double kKeyPanFraction = 0.1;
constexpr int kMinimumBandPx = 4; // a smaller drag was a click
constexpr double kWheelScrollPx = 60;
} // namespace

TimelineChartView::TimelineChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setRubberBand(QChartView::NoRubberBand); // ours: it zooms time only, through the mapping
    setRenderHint(QPainter::Antialiasing, false);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
}

void TimelineChartView::setToolTipProvider(std::function<QString(const QPointF &)> provider)
{
    m_toolTipProvider = std::move(provider);
}

QPointF TimelineChartView::toChart(const QPoint &viewPos) const
{
    return chart()->mapFromScene(mapToScene(viewPos));
}

QRect TimelineChartView::bandRect(const QPoint &to) const
{
    // The band spans the plot area's height: only time is zoomed.
    const QRectF plot = chart()->mapRectToScene(chart()->plotArea());
    const QRect plotInView = mapFromScene(plot).boundingRect();
    return QRect(QPoint(std::min(m_dragStart.x(), to.x()), plotInView.top()),
                 QPoint(std::max(m_dragStart.x(), to.x()), plotInView.bottom()));
}

bool TimelineChartView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_toolTipProvider) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = m_toolTipProvider(toChart(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QChartView::viewportEvent(event);
}

void TimelineChartView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        event->ignore();
        return;
    }
    const QPointF pos = toChart(event->position().toPoint());
    // Left of the plot (the lane labels) or with Shift the wheel scrolls the lanes, as a list.
    if (event->modifiers() & Qt::ShiftModifier || pos.x() < chart()->plotArea().left()) {
        emit laneScrollRequested(-delta / 120.0 * kWheelScrollPx);
        event->accept();
        return;
    }
    emit zoomRequested(pos.x(), std::pow(kWheelStep, delta / 120.0));
    event->accept();
}

void TimelineChartView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const bool inPlot = chart()->plotArea().contains(toChart(pos));
    if (event->button() == Qt::MiddleButton ||
        (event->button() == Qt::LeftButton && event->modifiers() & Qt::ShiftModifier)) {
        m_drag = Drag::Pan;
        m_lastPos = pos;
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && inPlot) {
        m_drag = event->modifiers() & Qt::ControlModifier ? Drag::Range : Drag::RubberBand;
        m_dragStart = pos;
        if (!m_band)
            m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
        m_band->setGeometry(bandRect(pos));
        m_band->show();
        event->accept();
        return;
    }
    const QPointF chartPos = toChart(pos);
    const QRectF plot = chart()->plotArea();
    if (event->button() == Qt::LeftButton && chartPos.x() < plot.left() &&
        chartPos.y() >= plot.top() && chartPos.y() < plot.bottom()) {
        emit labelClicked(chartPos);
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton && inPlot) {
        emit zoomRequested(toChart(pos).x(), 1.0 / 2.0);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void TimelineChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    switch (m_drag) {
    case Drag::Pan:
        emit panRequested(toChart(pos).x() - toChart(m_lastPos).x());
        m_lastPos = pos;
        event->accept();
        return;
    case Drag::RubberBand:
    case Drag::Range:
        m_band->setGeometry(bandRect(pos));
        event->accept();
        return;
    case Drag::None:
        emit hoverMoved(toChart(pos));
        break;
    }
    QChartView::mouseMoveEvent(event);
}

void TimelineChartView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    switch (m_drag) {
    case Drag::Pan:
        m_drag = Drag::None;
        viewport()->unsetCursor();
        event->accept();
        return;
    case Drag::RubberBand:
        m_drag = Drag::None;
        m_band->hide();
        if (std::abs(pos.x() - m_dragStart.x()) >= kMinimumBandPx)
            emit rubberBandZoomRequested(toChart(m_dragStart).x(), toChart(pos).x());
        else
            emit clicked(toChart(pos));
        event->accept();
        return;
    case Drag::Range:
        m_drag = Drag::None;
        m_band->hide();
        if (std::abs(pos.x() - m_dragStart.x()) >= kMinimumBandPx)
            emit rangeSelectRequested(toChart(m_dragStart).x(), toChart(pos).x());
        event->accept();
        return;
    case Drag::None:
        break;
    }
    QChartView::mouseReleaseEvent(event);
}

void TimelineChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        emit resetRequested();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void TimelineChartView::leaveEvent(QEvent *event)
{
    emit hoverMoved(QPointF(-1, -1));
    QChartView::leaveEvent(event);
}

void TimelineChartView::keyPressEvent(QKeyEvent *event)
{
    const QRectF plot = chart()->plotArea();
    const double centre = plot.center().x();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        emit zoomRequested(centre, kWheelStep * kWheelStep);
        break;
    case Qt::Key_Minus:
        emit zoomRequested(centre, 1.0 / (kWheelStep * kWheelStep));
        break;
    case Qt::Key_Left:
        emit panRequested(plot.width() * kKeyPanFraction);
        break;
    case Qt::Key_Right:
        emit panRequested(-plot.width() * kKeyPanFraction);
        break;
    case Qt::Key_Up:
        emit laneScrollRequested(-kWheelScrollPx / 2);
        break;
    case Qt::Key_Down:
        emit laneScrollRequested(kWheelScrollPx / 2);
        break;
    case Qt::Key_PageUp:
        emit laneScrollRequested(-plot.height() * 0.9);
        break;
    case Qt::Key_PageDown:
        emit laneScrollRequested(plot.height() * 0.9);
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
    case Qt::Key_Escape:
        emit resetRequested();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace proclab
