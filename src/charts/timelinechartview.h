// SPDX-License-Identifier: MIT
#pragma once

#include <QChartView>
#include <QPoint>
#include <functional>

class QRubberBand;

namespace proclab {

// The timeline's input: wheel and keys zoom, a left-button drag draws a rubber band to zoom into,
// a Ctrl+left drag selects a time range, a middle-button (or Shift+left) drag pans, a double
// click resets; Shift+wheel, the wheel over the lane labels, Up/Down and PageUp/PageDown scroll
// the lanes; tooltips ask the chart what is under the pointer. Positions are passed on in the
// chart's coordinates. Knows nothing about runs.
class TimelineChartView : public QChartView
{
    Q_OBJECT
public:
    explicit TimelineChartView(QChart *chart, QWidget *parent = nullptr);

    // Returns the tooltip text for a point in chart coordinates (empty: no tooltip).
    void setToolTipProvider(std::function<QString(const QPointF &)> provider);

signals:
    void zoomRequested(double chartX, double factor);
    void rubberBandZoomRequested(double chartX1, double chartX2);
    void panRequested(double dx);
    void resetRequested();
    // Scroll the lanes by this many pixels (positive: down).
    void laneScrollRequested(double dy);
    // A Ctrl+left drag over the plot (chart x coordinates of its ends).
    void rangeSelectRequested(double chartX1, double chartX2);
    // The pointer moved over the chart without a button (chart coordinates); left it: (-1, -1).
    void hoverMoved(const QPointF &chartPos);
    // A left click on a lane label, left of the plot (chart coordinates).
    void labelClicked(const QPointF &chartPos);
    // A left click that did not drag (chart coordinates).
    void clicked(const QPointF &chartPos);

protected:
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Drag
    {
        None,
        RubberBand,
        Range,
        Pan
    };
    QPointF toChart(const QPoint &viewPos) const;
    QRect bandRect(const QPoint &to) const;

    std::function<QString(const QPointF &)> m_toolTipProvider;
    QRubberBand *m_band = nullptr;
    Drag m_drag = Drag::None;
    QPoint m_dragStart;
    QPoint m_lastPos;
};

} // namespace proclab
