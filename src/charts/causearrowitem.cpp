// SPDX-License-Identifier: MIT
#include "causearrowitem.h"

#include "timelinespanitem.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace proclab {

namespace {

// Dark enough to read on every span colour, translucent so the spans stay visible beneath.
const QColor kArrowColor(20, 20, 20, 190);
const QColor kPathColor(213, 94, 0, 230); // Paul Tol's vermilion: apart from every span colour
constexpr double kArrowHeadPx = 6.0;

} // namespace

CauseArrowItem::CauseArrowItem(const TimelineModel *model, const TimelineSpanItem *spans,
                               const TimeAxisMapping *mapping, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_model(model)
    , m_spans(spans)
    , m_mapping(mapping)
{
    setAcceptedMouseButtons(Qt::NoButton);
}

QColor CauseArrowItem::criticalPathColor()
{
    return kPathColor;
}

void CauseArrowItem::setLinks(std::vector<CauseLink> links)
{
    m_links = std::move(links);
    update();
}

void CauseArrowItem::setCriticalPath(std::vector<CriticalPath::Segment> segments)
{
    m_path = std::move(segments);
    update();
}

void CauseArrowItem::setSelected(const Focus &focus)
{
    if (focus == m_selected)
        return;
    m_selected = focus;
    update();
}

void CauseArrowItem::setHovered(const Focus &focus)
{
    if (focus == m_hovered)
        return;
    m_hovered = focus;
    update();
}

void CauseArrowItem::setShowAll(bool on)
{
    m_showAll = on;
    update();
}

void CauseArrowItem::setAllLaneLimit(int lanes)
{
    m_allLaneLimit = lanes;
    update();
}

bool CauseArrowItem::inFocus(const CauseLink &link, const Focus &focus) const
{
    if (focus.lane < 0)
        return false;
    if (focus.beginNs < 0) // the whole process: what it waited for and whom it kept waiting
        return link.effectProcess == focus.lane || link.causeProcess == focus.lane;
    const bool into = link.effectProcess == focus.lane && link.effectNs >= focus.beginNs &&
                      link.effectNs <= focus.endNs;
    const bool outOf = link.causeProcess == focus.lane && link.causeNs >= focus.beginNs &&
                       link.causeNs <= focus.endNs;
    return into || outOf;
}

std::vector<CauseLink> CauseArrowItem::visibleLinks() const
{
    const bool all = m_showAll && m_model->laneCount() <= m_allLaneLimit;
    const int lanes = m_model->laneCount();
    std::vector<CauseLink> shown;
    for (const CauseLink &link : m_links) {
        if (link.effectProcess >= lanes || link.causeProcess >= lanes ||
            (link.causeProcess < 0 && link.effect != CauseLink::Effect::Exit))
            continue;
        if (all || inFocus(link, m_selected) || inFocus(link, m_hovered))
            shown.push_back(link);
    }
    return shown;
}

QLineF CauseArrowItem::arrowLine(const CauseLink &link) const
{
    // The lab itself has no lane: its signal comes down from the top of the victim's lane.
    const QRectF to = m_spans->laneRect(link.effectProcess);
    const QPointF end(m_mapping->xForTime(link.effectNs), to.center().y());
    if (link.causeProcess < 0)
        return QLineF(QPointF(m_mapping->xForTime(link.causeNs), to.top()), end);
    const QRectF from = m_spans->laneRect(link.causeProcess);
    return QLineF(QPointF(m_mapping->xForTime(link.causeNs), from.center().y()), end);
}

QRectF CauseArrowItem::boundingRect() const
{
    return m_spans->plotArea();
}

void CauseArrowItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF plot = m_spans->plotArea();
    if (plot.isEmpty())
        return;
    painter->save();
    painter->setClipRect(plot);
    painter->setRenderHint(QPainter::Antialiasing, true);

    // The critical path: a band along the bottom edge of each lane it runs on, below the spans'
    // middle, so it marks them without covering them.
    if (!m_path.empty()) {
        const double band = std::clamp(m_spans->laneRect(0).height() * 0.12, 2.0, 4.0);
        QPen pen(kPathColor, band, Qt::SolidLine, Qt::FlatCap);
        painter->setPen(pen);
        for (const CriticalPath::Segment &s : m_path) {
            if (s.endNs < m_mapping->viewBeginNs || s.beginNs > m_mapping->viewEndNs)
                continue;
            const QRectF lane = m_spans->laneRect(s.process);
            const double y = lane.bottom() - band / 2 - 1;
            const double x0 = std::max(plot.left(), m_mapping->xForTime(s.beginNs));
            const double x1 = std::min(plot.right(), m_mapping->xForTime(s.endNs));
            painter->drawLine(QPointF(x0, y), QPointF(std::max(x0 + 1, x1), y));
        }
    }

    const std::vector<CauseLink> shown = visibleLinks();
    if (!shown.empty()) {
        QPainterPath heads;
        QPen pen(kArrowColor, 1.4);
        painter->setPen(pen);
        for (const CauseLink &link : shown) {
            const QLineF line = arrowLine(link);
            if (std::max(line.x1(), line.x2()) < plot.left() ||
                std::min(line.x1(), line.x2()) > plot.right())
                continue;
            painter->drawLine(line);
            painter->drawEllipse(line.p1(), 2.0, 2.0);
            // The head points along the line; a vertical arrow (same instant) points down/up.
            const double angle = std::atan2(line.dy(), line.dx());
            const QPointF tip = line.p2();
            heads.moveTo(tip);
            heads.lineTo(tip -
                         QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45)) * kArrowHeadPx);
            heads.lineTo(tip -
                         QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45)) * kArrowHeadPx);
            heads.closeSubpath();
        }
        painter->fillPath(heads, kArrowColor);
    }
    painter->restore();
}

} // namespace proclab
