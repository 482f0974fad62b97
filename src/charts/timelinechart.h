// SPDX-License-Identifier: MIT
#pragma once

#include "causearrowitem.h"
#include "timeaxismapping.h"
#include "timelinemodel.h"
#include "timelinespanitem.h"

#include <QWidget>
#include <array>
#include <set>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QScrollBar;
class QSpinBox;
class QTableWidget;
class QToolButton;
class QCategoryAxis;
class QScatterSeries;
class QValueAxis;

namespace proclab {

class LegendStrip;
class TimelineChartView;

// One lane per process, spans coloured by kind, markers for launch, signals and exit, on a time
// axis in ms. The axes, title and legend are Qt Charts; the spans and markers are one
// TimelineSpanItem over the plot area, positioned through a TimeAxisMapping that also drives the
// time axis's range.
class TimelineChart : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineChart(QWidget *parent = nullptr);
    ~TimelineChart() override;

    // Not owned; during a live run the Run grows (call refresh()); nullptr clears the chart. Clear
    // it before the Run is destroyed, and set it again if the same Run object starts over.
    void setRun(const Run *run);
    const Run *run() const { return m_model.run(); }
    // Re-reads the run and repaints. Cost grows with the spans added since the last call and the
    // pixels on screen, not with the run's size, so a ~30 Hz timer during a run is fine.
    void refresh();
    void resetZoom();
    // Shows [beginNs, endNs] of the run (clamped to it).
    void zoomToTime(qint64 beginNs, qint64 endNs);
    // Pool tab: 0 colours spans by kind; > 0 colours task spans by chunk (task / chunksize).
    void setColorByChunk(int chunksize);
    // Cause arrows: for the selected span or process (a click; selectProcess()) and the hovered
    // one, or for all of them (not above CauseArrowItem::allLaneLimit() lanes).
    void setShowAllArrows(bool on);
    void selectProcess(int lane);
    // The run's critical path, highlighted (empty: none).
    void setCriticalPath(const CriticalPath &path);
    CauseArrowItem *arrowItem() const { return m_arrows; }

    QChart *chart() const { return m_chart; }
    QChartView *view() const;
    int laneCount() const { return m_model.laneCount(); }
    const TimeAxisMapping &mapping() const { return m_mapping; }
    TimelineSpanItem *spanItem() const { return m_item; }

    // Reading many lanes: rows of a fixed height (0: all fit the plot) scrolled vertically, and a
    // filter that keeps the lanes whose label ("name (pid)") contains the text, any case.
    void setLaneHeight(int px);
    void setLaneFilter(const QString &text);
    void scrollLanesBy(double dy);
    void scrollLanesTo(double y);
    const TimelineLaneLayout &laneLayout() const { return m_item->layout(); }
    QScrollBar *laneScrollBar() const { return m_laneScroll; }
    QLineEdit *laneFilterEdit() const { return m_filterEdit; }
    QSpinBox *laneHeightBox() const { return m_laneHeightBox; }

    // Lanes grouped by what the run gives; a click on a lane's label collapses its group into
    // one summary row (what covers most of each pixel column across the group) or expands it.
    enum class LaneGrouping
    {
        None,
        Parent,
        Host,
        Runtime
    };
    void setLaneGrouping(LaneGrouping grouping);
    LaneGrouping laneGrouping() const { return m_grouping; }
    // The lane's group's key under the current grouping (empty: none).
    QString groupKey(int lane) const;
    void setGroupCollapsed(const QString &key, bool collapsed);
    QComboBox *laneGroupingBox() const { return m_groupBox; }

    // A selected time range: per shown process, how long it worked, waited and held in it (the
    // span kinds' parts inside the range), in a table under the chart. Clamped to the run.
    void selectTimeRange(qint64 beginNs, qint64 endNs);
    void clearTimeRange();
    bool hasTimeRange() const { return m_rangeEndNs > m_rangeBeginNs; }
    QTableWidget *rangeTable() const { return m_rangeTable; }
    // Help for the wheel, drag, keyboard and click controls (the "?" button shows it).
    static QString controlsHelp();

    // Chart coordinates (QChart::mapFromScene of a scene point).
    // The legend shown under the chart (the chart's own shows in exports).
    LegendStrip *legendStrip() const { return m_legendStrip; }
    TimelineHit hitTest(const QPointF &chartPos) const;
    QString toolTipAt(const QPointF &chartPos) const;
    // The band of a lane (0 = first process, at the top), in chart coordinates.
    QRectF laneRect(int lane) const;
    // The lane's label as drawn left of the plot ("name (pid)", elided to the label column).
    QString laneLabelShown(int lane) const;

signals:
    // The visible time range changed (zoom, pan, reset, or a live run growing).
    void viewChanged(qint64 beginNs, qint64 endNs);
    // A click selected a process's lane (-1: none).
    void processSelected(int lane);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void createLegendSeries();
    void rebuildLaneAxis();
    void updateLaneFont();
    void updateLegend();
    void updateTitle();
    void applyView();
    void onPlotAreaChanged(const QRectF &plotArea);
    CauseArrowItem::Focus focusAt(const QPointF &chartPos) const;
    void updateCauseLinks();
    void applyLaneFilter();
    QString groupTitle(const QString &key, int lanes) const;
    void syncLaneScrollBar();
    void laneLayoutChanged();
    void updateRangeTable();

    TimelineModel m_model;
    TimeAxisMapping m_mapping;
    QChart *m_chart = nullptr;
    LegendStrip *m_legendStrip = nullptr;
    TimelineChartView *m_view = nullptr;
    QValueAxis *m_timeAxis = nullptr;
    QCategoryAxis *m_laneAxis = nullptr;
    TimelineSpanItem *m_item = nullptr;
    CauseArrowItem *m_arrows = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QSpinBox *m_laneHeightBox = nullptr;
    QLabel *m_laneHeightLabel = nullptr;
    QLabel *m_groupLabel = nullptr;
    QComboBox *m_groupBox = nullptr;
    LaneGrouping m_grouping = LaneGrouping::None;
    std::set<QString> m_collapsed;
    QToolButton *m_helpButton = nullptr;
    QScrollBar *m_laneScroll = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QToolButton *m_rangeClear = nullptr;
    QTableWidget *m_rangeTable = nullptr;
    QString m_laneFilter;
    qint64 m_rangeBeginNs = 0;
    qint64 m_rangeEndNs = 0;
    quint64 m_causeSignature = -1; // what the links were built from (see updateCauseLinks())
    std::array<QScatterSeries *, SpanKindCount> m_kindSeries{};
    std::array<QScatterSeries *, TimelineMarkerCount> m_markerSeries{};
    QScatterSeries *m_chunkSeries = nullptr;
    QScatterSeries *m_zombieSeries = nullptr;
    QScatterSeries *m_pathSeries = nullptr;
    int m_laneFontPx = 12;
    int m_laneLabelPx = 220;
    // What the lane axis reserves now: the label column's width and the lane count.
    int m_laneColumnPx = -1;
    int m_laneAxisLanes = -1;
};

} // namespace proclab
