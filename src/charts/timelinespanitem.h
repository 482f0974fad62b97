// SPDX-License-Identifier: MIT
#pragma once

#include "timeaxismapping.h"
#include "timelinemodel.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace proclab {

// What is under a point of the plot area.
struct TimelineHit
{
    enum class What
    {
        Nothing,
        Span,
        Marker
    };
    What what = What::Nothing;
    int lane = -1;
    Span span;                      // What::Span
    bool open = false;              // the span has not ended yet (live run)
    TimelineModel::MarkerAt marker; // What::Marker
};

// Draws every lane's spans and markers over the chart's plot area in one item: a QXYSeries per
// span would cost a graphics item, a layout pass and a legend entry each and crawl at 64 lanes x
// 1000 spans. Only visible spans are visited, and runs of spans narrower than a pixel are merged
// into one rectangle, so a frame costs about lanes x pixels, whatever the span count.
class TimelineSpanItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(proclab::TimelineChart)
public:
    TimelineSpanItem(const TimelineModel *model, const TimeAxisMapping *mapping,
                     QGraphicsItem *parent = nullptr);

    // In the parent's (the chart's) coordinates.
    void setPlotArea(const QRectF &plotArea);
    QRectF plotArea() const { return m_plotArea; }
    void setColorByChunk(int chunksize);
    int chunksize() const { return m_chunksize; }

    QRectF laneRect(int lane) const;
    int laneAt(double y) const;
    QColor spanColor(const Span &span) const;
    QPointF markerCentre(int lane, const TimelineModel::MarkerAt &marker) const;

    TimelineHit hitTest(const QPointF &pos) const;
    QString toolTip(const TimelineHit &hit) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Shapes shared with the legend, so a marker on a lane looks like its legend entry.
    static void drawMarker(QPainter *painter, TimelineMarker kind, const QPointF &center,
                           double size);

private:
    // Colour slots: the span kinds, then the chunk colours.
    static QColor slotColor(int slot);
    double laneHeight() const;
    double spanHeight() const;
    double markerSize() const;
    void paintLanes(QPainter *painter) const;
    void paintSpans(QPainter *painter) const;
    void paintMarkers(QPainter *painter) const;

    const TimelineModel *m_model;
    const TimeAxisMapping *m_mapping;
    QRectF m_plotArea;
    int m_chunksize = 0;
};

} // namespace proclab
