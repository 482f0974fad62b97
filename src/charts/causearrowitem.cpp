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
// Up to this many arrows on screen are drawn smoothly (see paint()).
constexpr size_t kFineArrows = 400;
constexpr size_t kHeadedArrows = 3000;

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
        // A filtered-out lane has no row to point from or to.
        if (!m_spans->laneShown(link.effectProcess) ||
            (link.causeProcess >= 0 && !m_spans->laneShown(link.causeProcess)))
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

    // The critical path: a band along the bottom edge of each lane it runs on, below the spans'
    // middle, so it marks them without covering them. Segments meeting in one pixel column of one
    // lane are one line: a path through thousands of rounds costs what the screen shows.
    if (!m_path.empty()) {
        const double band = std::clamp(m_spans->layout().laneHeight() * 0.12, 2.0, 4.0);
        std::vector<QLineF> lines;
        for (const CriticalPath::Segment &s : m_path) {
            if (s.endNs < m_mapping->viewBeginNs || s.beginNs > m_mapping->viewEndNs)
                continue;
            if (!m_spans->laneShown(s.process))
                continue;
            const double y = m_spans->laneRect(s.process).bottom() - band / 2 - 1;
            const double x0 = std::max(plot.left(), m_mapping->xForTime(s.beginNs));
            const double x1 =
                std::max(x0 + 1, std::min(plot.right(), m_mapping->xForTime(s.endNs)));
            if (!lines.empty() && lines.back().y1() == y && lines.back().x2() + 1 >= x0) {
                lines.back().setP2(QPointF(std::max(lines.back().x2(), x1), y));
                continue;
            }
            lines.emplace_back(QPointF(x0, y), QPointF(x1, y));
        }
        painter->setPen(QPen(kPathColor, band, Qt::SolidLine, Qt::FlatCap));
        painter->drawLines(lines.data(), int(lines.size()));
    }

    const std::vector<CauseLink> shown = visibleLinks();
    // A few arrows are drawn smoothly with filled heads and a dot at the deed; many (every arrow
    // of a long run) as one batch of plain 1-pixel lines, heads as two strokes: the same picture
    // at the scale where single arrows cannot be told apart anyway, at a fraction of the cost.
    const bool fine = shown.size() <= kFineArrows;
    // Thousands of arrows (all of a long run) overlap their heads into a smear: lines only.
    const bool headed = shown.size() <= kHeadedArrows;
    std::vector<QLineF> lines;
    lines.reserve(shown.size() * (fine ? 1 : 3));
    QPainterPath heads;
    std::vector<QPointF> dots;
    for (const CauseLink &link : shown) {
        const QLineF line = arrowLine(link);
        if (std::max(line.x1(), line.x2()) < plot.left() ||
            std::min(line.x1(), line.x2()) > plot.right())
            continue;
        lines.push_back(line);
        // The head points along the line; a vertical arrow (same instant) points down or up.
        const double angle = std::atan2(line.dy(), line.dx());
        const QPointF tip = line.p2();
        const QPointF left =
            tip - QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45)) * kArrowHeadPx;
        const QPointF right =
            tip - QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45)) * kArrowHeadPx;
        if (fine) {
            heads.moveTo(tip);
            heads.lineTo(left);
            heads.lineTo(right);
            heads.closeSubpath();
            dots.push_back(line.p1());
        } else if (headed) {
            lines.emplace_back(tip, left);
            lines.emplace_back(tip, right);
        }
    }
    if (!lines.empty()) {
        painter->setRenderHint(QPainter::Antialiasing, fine);
        painter->setPen(fine ? QPen(kArrowColor, 1.4) : QPen(kArrowColor, 0));
        painter->drawLines(lines.data(), int(lines.size()));
        if (fine) {
            painter->fillPath(heads, kArrowColor);
            painter->setBrush(kArrowColor);
            for (const QPointF &dot : dots)
                painter->drawEllipse(dot, 2.0, 2.0);
        }
    }
    painter->restore();
}

} // namespace proclab
