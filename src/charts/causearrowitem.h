// SPDX-License-Identifier: MIT
#pragma once

#include "causelinks.h"
#include "timeaxismapping.h"
#include "timelinemodel.h"
#include "waitanalysis.h"

#include <QGraphicsItem>
#include <vector>

namespace proclab {

class TimelineSpanItem;

// Draws, over the timeline's spans, an arrow from each recorded cause (the last arrival, the
// release, the exit, the lab's signal) to the end of what it ended, and the run's critical path
// as a band along the bottom edge of each lane it crosses. Arrows are thin, translucent lines
// that never cover a span; which ones show is the focus: a process (every arrow into or out of
// its lane), a span (the arrows into or out of it), or all of them, which is refused above a
// number of lanes (64 lanes of arrows are unreadable; the focus still works there).
class CauseArrowItem : public QGraphicsItem
{
public:
    CauseArrowItem(const TimelineModel *model, const TimelineSpanItem *spans,
                   const TimeAxisMapping *mapping, QGraphicsItem *parent = nullptr);

    void setLinks(std::vector<CauseLink> links);
    const std::vector<CauseLink> &links() const { return m_links; }
    void setCriticalPath(std::vector<CriticalPath::Segment> segments);
    const std::vector<CriticalPath::Segment> &criticalPath() const { return m_path; }

    // What the arrows are shown for: a lane, and optionally one span on it (by its begin and
    // end); lane -1: nothing. The hovered one and the selected one both show.
    struct Focus
    {
        int lane = -1;
        qint64 beginNs = -1;
        qint64 endNs = -1;
        bool operator==(const Focus &o) const
        {
            return lane == o.lane && beginNs == o.beginNs && endNs == o.endNs;
        }
    };
    void setSelected(const Focus &focus);
    void setHovered(const Focus &focus);
    Focus selected() const { return m_selected; }
    void setShowAll(bool on);
    bool showAll() const { return m_showAll; }
    // Above this many lanes "all" shows only the focus.
    void setAllLaneLimit(int lanes);
    int allLaneLimit() const { return m_allLaneLimit; }

    // The links drawn now (for tests).
    std::vector<CauseLink> visibleLinks() const;
    // The arrow of a link, in the chart's coordinates: from the deed to the effect.
    QLineF arrowLine(const CauseLink &link) const;

    // The critical path's colour, for the legend.
    static QColor criticalPathColor();

    // The span item's plot area moved: so does this item's bounding rectangle.
    void plotAreaChanged() { prepareGeometryChange(); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    bool inFocus(const CauseLink &link, const Focus &focus) const;

    const TimelineModel *m_model;
    const TimelineSpanItem *m_spans;
    const TimeAxisMapping *m_mapping;
    std::vector<CauseLink> m_links;
    std::vector<CriticalPath::Segment> m_path;
    Focus m_selected;
    Focus m_hovered;
    bool m_showAll = false;
    int m_allLaneLimit = 16;
};

} // namespace proclab
