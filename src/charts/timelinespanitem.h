// SPDX-License-Identifier: MIT
#pragma once

#include "timeaxismapping.h"
#include "timelinemodel.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <optional>
#include <vector>

namespace proclab {

// What is under a point of the plot area.
struct TimelineHit
{
    enum class What
    {
        Nothing,
        Span,
        Marker,
        Zombie
    };
    What what = What::Nothing;
    int lane = -1;
    Span span;                      // What::Span
    bool open = false;              // the span has not ended yet (live run)
    TimelineModel::MarkerAt marker; // What::Marker
    TimelineModel::Zombie zombie;   // What::Zombie
};

// A lane's zombie interval as drawn: a thin band from the exit to the reap, in the parent's (the
// chart's) coordinates, clipped to the plot area (plus a margin).
struct TimelineZombieBand
{
    int lane = -1;
    QRectF rect;
    TimelineModel::Zombie zombie;
};

// Draws every lane's spans and markers over the chart's plot area in one item: a QXYSeries per
// span would cost a graphics item, a layout pass and a legend entry each and crawl at 64 lanes x
// 1000 spans. Spans narrower than kWideSpanPx are resolved per pixel column from the model's
// per-colour tracks (prefix sums), so a frame costs about lanes x pixel columns, whatever the span
// count; wider ones are drawn one by one, batched per colour.
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

    // Draws every lane by walking all its spans in view rather than per pixel column through the
    // model's tracks: the reference the per-column way is tested against (the same pixels).
    void setFullWalk(bool on);
    bool fullWalk() const { return m_fullWalk; }

    QRectF laneRect(int lane) const;
    int laneAt(double y) const;
    QColor spanColor(const Span &span) const;
    QPointF markerCentre(int lane, const TimelineModel::MarkerAt &marker) const;
    // The zombie bands that overlap the visible time range, at most one per lane, in lane order:
    // what paint() draws and hitTest() finds.
    std::vector<TimelineZombieBand> zombieBands() const;
    std::optional<TimelineZombieBand> zombieBand(int lane) const;

    TimelineHit hitTest(const QPointF &pos) const;
    QString toolTip(const TimelineHit &hit) const;
    // Who measured a process's exit time, as a phrase ("measured by the kernel (pidfd)"); empty
    // when unknown.
    static QString exitStampText(ExitStamp stamp);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Shapes shared with the legend, so a marker on a lane looks like its legend entry.
    static void drawMarker(QPainter *painter, TimelineMarker kind, const QPointF &center,
                           double size);
    // The zombie band's look as one brush (fill and hatch in a tile), for its legend entry.
    static QBrush zombieLegendBrush();

private:
    // Colour slots: the span kinds, then the chunk colours.
    static QColor slotColor(int slot);
    double laneHeight() const;
    double spanHeight() const;
    double markerSize() const;
    double zombieHeight() const;
    void paintLanes(QPainter *painter) const;
    void paintSpans(QPainter *painter) const;
    void paintZombies(QPainter *painter) const;
    void paintMarkers(QPainter *painter) const;

    const TimelineModel *m_model;
    const TimeAxisMapping *m_mapping;
    QRectF m_plotArea;
    int m_chunksize = 0;
    bool m_fullWalk = false;
};

} // namespace proclab
