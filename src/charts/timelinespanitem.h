// SPDX-License-Identifier: MIT
#pragma once

#include "timeaxismapping.h"
#include "timelinelanelayout.h"
#include "timelinemodel.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>
#include <QStaticText>
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

// What painting puts into one lane's pixel columns before it picks their colours (for tests).
struct TimelineLaneCoverage
{
    int columns = 0;
    int slotCount = 0; // TimelineModel::slotCount()
    // columns x slotCount: covered ns, plus a twentieth of a pixel for each span.
    std::vector<qint64> scores;
    std::vector<Span> wide; // spans drawn one by one, in drawing order
};

class TimelineColumnRaster;

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
    // The lane's narrow spans per pixel column and slot, and its wide spans, as paint() gets them
    // (per column, or walking with setFullWalk).
    TimelineLaneCoverage laneCoverage(int lane) const;

    // The lane labels, drawn right-aligned in the column left of the plot area (the chart's lane
    // axis reserves it), one per lane, already elided.
    void setLaneLabels(const QStringList &labels, const QFont &font);
    void setLaneLabelColor(const QColor &color);
    QString laneLabel(int lane) const;

    // Rows, lane height and vertical scroll (TimelineChart keeps its viewport the plot's height).
    TimelineLaneLayout &layout() { return m_layout; }
    const TimelineLaneLayout &layout() const { return m_layout; }
    // A filtered-out lane has no row: an empty rect. A scrolled-off one lies outside the plot.
    QRectF laneRect(int lane) const;
    // A selected time range, shaded over the plot (end <= begin: none).
    void setSelectedRange(qint64 beginNs, qint64 endNs);
    bool laneShown(int lane) const { return m_layout.rowOfLane(lane) >= 0; }
    // The lanes whose rows meet the plot area, top to bottom: all that painting visits.
    std::vector<int> lanesOnScreen() const;
    // The first lane of each row that meets the plot area (a collapsed group's row: its first).
    std::vector<int> rowLanesOnScreen() const;
    int laneAt(double y) const;
    QColor spanColor(const Span &span) const;
    QPointF markerCentre(int lane, const TimelineModel::MarkerAt &marker) const;
    // The zombie bands that overlap the visible time range, at most one per lane, in lane order:
    // what paint() draws and hitTest() finds.
    std::vector<TimelineZombieBand> zombieBands() const;
    std::optional<TimelineZombieBand> zombieBand(int lane) const;

    TimelineHit hitTest(const QPointF &pos) const;
    QString toolTip(const TimelineHit &hit) const;

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
    TimelineHit hitTestLane(int lane, const QPointF &pos) const;
    double markerSize() const;
    double zombieHeight() const;
    void paintLanes(QPainter *painter) const;
    void paintLaneLabels(QPainter *painter) const;
    TimelineColumnRaster makeRaster(int lanes) const;
    // Adds the lane's narrow spans to the raster (its current lane) and lists its wide ones.
    void fillLane(int lane, TimelineColumnRaster &raster, std::vector<Span> &wide) const;
    void paintSpans(QPainter *painter) const;
    void paintZombies(QPainter *painter) const;
    void paintMarkers(QPainter *painter) const;

    const TimelineModel *m_model;
    const TimeAxisMapping *m_mapping;
    QRectF m_plotArea;
    TimelineLaneLayout m_layout;
    int m_chunksize = 0;
    bool m_fullWalk = false;
    qint64 m_rangeBeginNs = 0;
    qint64 m_rangeEndNs = 0;
    // Laid out once, drawn every frame.
    std::vector<QStaticText> m_laneLabels;
    QFont m_laneLabelFont;
    QColor m_laneLabelColor = Qt::black;
    double m_laneLabelWidth = 0;
};

} // namespace proclab
