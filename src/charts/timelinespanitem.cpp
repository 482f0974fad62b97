// SPDX-License-Identifier: MIT
#include "timelinespanitem.h"

#include "chartstyle.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>
#include <algorithm>
#include <array>
#include <cmath>
#include <csignal>
#include <cstring>
#include <limits>

namespace proclab {

namespace {

// Spans at least this wide get an outline (adjacent spans stay apart) and are never merged.
constexpr double kWideSpanPx = 3.0;
// Room for a label inside a span.
constexpr double kLabelSpanPx = 34.0;
constexpr int kMaxLabels = 1500;
constexpr double kHitTolerancePx = 2.0;
// Between a lane label's right end and the plot area (the axis line and its ticks).
constexpr double kLaneLabelGapPx = 7.0;

} // namespace

// Narrow spans (< kWideSpanPx) resolved per pixel column: a column shows the colour slot whose
// spans cover most of it (each span adds its overlap in ns plus a little, so that an instant still
// shows), so sub-pixel spans merge. One image row per lane, stretched to the bar's height when
// drawn. Columns are whole pixels from floor(plot left); column c is the time [T[c], T[c + 1]) in
// whole ns, so that both ways of filling it (walking every span, or a lane's tracks) add the same
// integers and pick the same colour.
class TimelineColumnRaster
{
public:
    TimelineColumnRaster(const TimeAxisMapping &mapping, double columnLeft, int columns, int lanes,
                         int slotCount)
        : m_columns(std::max(columns, 1))
        , m_slots(slotCount)
        , m_score(std::size_t(m_columns) * std::size_t(slotCount), 0)
        , m_bounds(std::size_t(m_columns) + 1)
        , m_image(m_columns, std::max(lanes, 1), QImage::Format_ARGB32_Premultiplied)
    {
        m_image.fill(Qt::transparent);
        for (int c = 0; c <= m_columns; ++c)
            m_bounds[std::size_t(c)] = qint64(std::floor(mapping.timeForX(columnLeft + c)));
        // "A little": a twentieth of a pixel.
        m_epsilon = std::max<qint64>(1, qint64(std::llround(0.05 * mapping.nsPerPixel())));
    }

    int columns() const { return m_columns; }
    const QImage &image() const { return m_image; }
    const std::vector<qint64> &scores() const { return m_score; }
    qint64 bound(int c) const { return m_bounds[std::size_t(c)]; }
    qint64 epsilon() const { return m_epsilon; }
    // The column whose time holds t (t within [bound(0), bound(columns))).
    int columnOf(qint64 t) const
    {
        const auto it = std::upper_bound(m_bounds.begin(), m_bounds.end(), t);
        return std::clamp(int(it - m_bounds.begin()) - 1, 0, m_columns - 1);
    }

    void beginLane()
    {
        m_first = m_columns;
        m_last = -1;
    }

    // Adds score (ns) to a column's slot.
    void add(int c, int slot, qint64 score)
    {
        m_score[std::size_t(c) * std::size_t(m_slots) + std::size_t(slot)] += score;
        m_first = std::min(m_first, c);
        m_last = std::max(m_last, c);
    }

    // One span [b, e): its overlap with each column it reaches (an instant: its column).
    void addSpan(qint64 b, qint64 e, int slot)
    {
        if (b >= bound(m_columns))
            return;
        if (b == e) {
            if (b >= bound(0))
                add(columnOf(b), slot, m_epsilon);
            return;
        }
        if (e <= bound(0))
            return;
        for (int c = columnOf(std::max(b, bound(0))); c < m_columns && bound(c) < e; ++c) {
            const qint64 overlap = std::min(e, bound(c + 1)) - std::max(b, bound(c));
            if (overlap > 0)
                add(c, slot, overlap + m_epsilon);
        }
    }

    // Writes the lane's row; false when the lane had no narrow spans.
    bool endLane(int lane, const std::vector<QRgb> &colors)
    {
        if (m_last < 0)
            return false;
        auto *row = reinterpret_cast<QRgb *>(m_image.scanLine(lane));
        for (int c = m_first; c <= m_last; ++c) {
            qint64 *score = &m_score[std::size_t(c) * std::size_t(m_slots)];
            int best = -1;
            qint64 bestScore = 0;
            for (int slot = 0; slot < m_slots; ++slot) {
                if (score[slot] > bestScore) {
                    bestScore = score[slot];
                    best = slot;
                }
                score[slot] = 0;
            }
            if (best >= 0)
                row[c] = colors[std::size_t(best)];
        }
        return true;
    }

private:
    int m_columns;
    int m_slots;
    std::vector<qint64> m_score;
    std::vector<qint64> m_bounds;
    qint64 m_epsilon = 1;
    QImage m_image;
    int m_first = 0;
    int m_last = -1;
};

namespace {

// A span at least kWideSpanPx wide, drawn as a rectangle of its own; index into its process's
// spans.
struct WideSpan
{
    Span span;
    quint32 index;
};

// The first k in [from, n) with pred(k) (pred false then true), or n: gallops from `from`, so an
// answer d on costs about log d.
template<typename Pred> std::size_t gallop(std::size_t from, std::size_t n, const Pred &pred)
{
    std::size_t lo = from; // every k < lo is false
    std::size_t probe = from;
    std::size_t step = 1;
    while (probe < n && !pred(probe)) {
        lo = probe + 1;
        probe = lo + step;
        step *= 2;
    }
    std::size_t hi = std::min(probe, n);
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (pred(mid))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

// One slot's track of a lane into the raster, column by column: the spans that meet a column are
// a range of the track (its spans are disjoint and in time order), their covered time in it is a
// difference of prefix sums less what the first and the last stick out, so a column costs a
// search (Track::firstBeginningAt) and a sum of at most a block's lengths whatever it holds.
// Only the first and the last span of a column can be wide (a span inside a column is narrower
// than 1 + 1 / nsPerPixel pixels, and the caller asks for at least 2 ns a pixel): those are taken
// out again and collected as wide. The same integers as TimelineColumnRaster::addSpan of every
// span, so the same colours.
template<typename Classify>
void rasterTrack(const TimelineModel::Track &track, const std::vector<Span> &all, int slot,
                 TimelineColumnRaster &raster, const Classify &classify,
                 std::vector<WideSpan> &wide)
{
    const std::size_t n = track.size();
    if (n == 0)
        return;
    const int columns = raster.columns();
    const qint64 firstNs = raster.bound(0);
    const qint64 endNs = raster.bound(columns);
    const auto begin = [&](std::size_t k) { return all[track.at(k)].beginNs; };
    const auto end = [&](std::size_t k) { return all[track.at(k)].endNs; };
    constexpr quint32 kNone = std::numeric_limits<quint32>::max();
    quint32 lastWide = kNone;
    // j: the first span that meets the current column (ends after its start, or is an instant at
    // or after it).
    std::size_t j = gallop(0, n, [&](std::size_t k) {
        return end(k) > firstNs || (end(k) == firstNs && begin(k) == firstNs);
    });
    // lengthBefore(j), carried from one column to the next; the spans a column held, as the
    // next column's first guess of where its spans end.
    qint64 lengthJ = track.lengthBefore(all, j);
    std::size_t stride = 1;
    while (j < n && begin(j) < endNs) {
        int c = raster.columnOf(std::max(begin(j), firstNs));
        for (;;) {
            // A wide span alone over many columns: straight on to the last column it reaches.
            if (track.at(j) == lastWide && end(j) > raster.bound(c + 1)) {
                const int last = raster.columnOf(end(j) - 1);
                if (last > c)
                    c = last;
            }
            const qint64 lo = raster.bound(c);
            const qint64 hi = raster.bound(c + 1);
            // Spans j .. j1 - 1 meet [lo, hi): span j begins before hi (checked below).
            const std::size_t j1 = track.firstBeginningAt(all, j + 1, hi, stride);
            stride = std::max<std::size_t>(1, (j1 - j) / 2);
            const qint64 lengthJ1 = track.lengthBefore(all, j1);
            qint64 sum = lengthJ1 - lengthJ - std::max<qint64>(0, lo - begin(j)) -
                         std::max<qint64>(0, end(j1 - 1) - hi);
            qint64 count = qint64(j1 - j);
            const auto edge = [&](std::size_t k) {
                const Span &s = all[track.at(k)];
                const int kind = classify(s);
                if (kind == 0)
                    return;
                sum -= std::min(end(k), hi) - std::max(begin(k), lo);
                --count;
                if (kind > 0 && track.at(k) != lastWide) {
                    lastWide = track.at(k);
                    wide.push_back({s, track.at(k)});
                }
            };
            edge(j);
            if (j1 - 1 != j)
                edge(j1 - 1);
            if (count > 0)
                raster.add(c, slot, sum + count * raster.epsilon());
            if (++c >= columns)
                return;
            // The last span may reach into the next column (an instant cannot: it began before
            // the column); otherwise the next span begins somewhere later.
            if (end(j1 - 1) > raster.bound(c)) {
                j = j1 - 1;
                lengthJ = lengthJ1 - (end(j) - begin(j));
            } else {
                j = j1;
                lengthJ = lengthJ1;
            }
            if (j >= n || begin(j) >= raster.bound(c + 1))
                break;
        }
    }
}

// Perceived brightness (Rec. 601 luma): decides dark or white text on a span.
bool isLight(const QColor &color)
{
    return 0.299 * color.redF() + 0.587 * color.greenF() + 0.114 * color.blueF() > 0.5;
}

double msFromNs(qint64 ns)
{
    return double(ns) / 1e6;
}

double usFromNs(qint64 ns)
{
    return double(ns) / 1e3;
}

// Distance in ns from t to the interval [begin, end]; 0 inside.
double distanceTo(double t, qint64 begin, qint64 end)
{
    return t < double(begin) ? double(begin) - t : t > double(end) ? t - double(end) : 0.0;
}

} // namespace

TimelineSpanItem::TimelineSpanItem(const TimelineModel *model, const TimeAxisMapping *mapping,
                                   QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_model(model)
    , m_mapping(mapping)
{
    setAcceptedMouseButtons(Qt::NoButton);
}

void TimelineSpanItem::setPlotArea(const QRectF &plotArea)
{
    if (plotArea == m_plotArea)
        return;
    prepareGeometryChange();
    m_plotArea = plotArea;
    m_layout.setViewportHeight(plotArea.height());
}

void TimelineSpanItem::setColorByChunk(int chunksize)
{
    m_chunksize = std::max(0, chunksize);
    update();
}

void TimelineSpanItem::setLaneLabels(const QStringList &labels, const QFont &font)
{
    m_laneLabels.clear();
    m_laneLabelWidth = 0;
    for (const QString &label : labels) {
        QStaticText text(label);
        text.setTextFormat(Qt::PlainText);
        text.setPerformanceHint(QStaticText::AggressiveCaching);
        text.prepare(QTransform(), font);
        m_laneLabelWidth = std::max(m_laneLabelWidth, text.size().width());
        m_laneLabels.push_back(std::move(text));
    }
    m_laneLabelFont = font;
    prepareGeometryChange();
    update();
}

void TimelineSpanItem::setLaneLabelColor(const QColor &color)
{
    m_laneLabelColor = color;
    update();
}

QString TimelineSpanItem::laneLabel(int lane) const
{
    return lane >= 0 && std::size_t(lane) < m_laneLabels.size()
               ? m_laneLabels[std::size_t(lane)].text()
               : QString();
}

QRectF TimelineSpanItem::boundingRect() const
{
    // Markers at the edges stick out by half their size; the lane labels are left of the plot.
    return m_plotArea.adjusted(-std::max(8.0, m_laneLabelWidth + kLaneLabelGapPx + 1), -2, 8, 2);
}

double TimelineSpanItem::spanHeight() const
{
    // Thinner than the lane so neighbours stay apart; capped so two lanes are not two slabs.
    return std::clamp(laneHeight() * 0.55, 1.0, 44.0);
}

double TimelineSpanItem::markerSize() const
{
    return std::clamp(laneHeight() * 0.6, 5.0, 15.0);
}

QPointF TimelineSpanItem::markerCentre(int lane, const TimelineModel::MarkerAt &marker) const
{
    double y = laneRect(lane).center().y();
    // A signal is usually followed at once by the exit it causes: riding on the bar's top edge,
    // its star stays visible beside the exit diamond.
    if (marker.kind == TimelineMarker::SignalSent)
        y -= spanHeight() / 2;
    return QPointF(m_mapping->xForTime(marker.timeNs), y);
}

double TimelineSpanItem::zombieHeight() const
{
    // Thinner than a span: it is the absence of the process, not something it did.
    return std::clamp(spanHeight() * 0.5, 2.0, 16.0);
}

double TimelineSpanItem::laneHeight() const
{
    return m_layout.laneHeight();
}

QRectF TimelineSpanItem::laneRect(int lane) const
{
    const int row = m_layout.rowOfLane(lane);
    if (row < 0)
        return QRectF();
    return QRectF(m_plotArea.left(), m_plotArea.top() + m_layout.rowTop(row), m_plotArea.width(),
                  laneHeight());
}

void TimelineSpanItem::setSelectedRange(qint64 beginNs, qint64 endNs)
{
    m_rangeBeginNs = beginNs;
    m_rangeEndNs = endNs;
    update();
}

std::vector<int> TimelineSpanItem::lanesOnScreen() const
{
    std::vector<int> lanes;
    const int count = m_model->laneCount();
    for (int row = m_layout.firstRowOnScreen(); row < m_layout.endRowOnScreen(); ++row) {
        for (int lane : m_layout.row(row).lanes) {
            if (lane < count)
                lanes.push_back(lane);
        }
    }
    return lanes;
}

std::vector<int> TimelineSpanItem::rowLanesOnScreen() const
{
    std::vector<int> lanes;
    const int count = m_model->laneCount();
    for (int row = m_layout.firstRowOnScreen(); row < m_layout.endRowOnScreen(); ++row) {
        const int lane = m_layout.laneOfRow(row);
        if (lane < count)
            lanes.push_back(lane);
    }
    return lanes;
}

int TimelineSpanItem::laneAt(double y) const
{
    if (y < m_plotArea.top() || y >= m_plotArea.bottom())
        return -1;
    const int lane = m_layout.laneOfRow(m_layout.rowAt(y - m_plotArea.top()));
    return lane < m_model->laneCount() ? lane : -1;
}

QColor TimelineSpanItem::spanColor(const Span &span) const
{
    if (m_chunksize > 0 && span.kind == SpanKind::Task && span.task >= 0)
        return ChartPalette::chunkColor(span.task / m_chunksize);
    return ChartPalette::spanColor(span.kind);
}

void TimelineSpanItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_model->laneCount() == 0 || m_plotArea.isEmpty())
        return;
    painter->save();
    // Rows scrolled partly out of the plot are cut at its top and bottom edges; unscrolled, a
    // label or marker taller than its thin lane may stand out of the plot.
    const QRectF bounds = boundingRect();
    const QRectF rows = m_layout.maxScroll() > 0 ? QRectF(bounds.left(), m_plotArea.top(),
                                                          bounds.width(), m_plotArea.height())
                                                 : bounds;
    painter->setClipRect(rows);
    paintLaneLabels(painter);
    painter->setClipRect(m_plotArea.adjusted(-1, 0, 1, 0));
    paintLanes(painter);
    if (m_rangeEndNs > m_rangeBeginNs) {
        const double x0 = std::max(m_mapping->xForTime(m_rangeBeginNs), m_plotArea.left());
        const double x1 = std::min(m_mapping->xForTime(m_rangeEndNs), m_plotArea.right());
        if (x1 > x0)
            painter->fillRect(QRectF(x0, m_plotArea.top(), x1 - x0, m_plotArea.height()),
                              QColor(0xff, 0xc0, 0x20, 48));
    }
    paintSpans(painter);
    paintZombies(painter);
    painter->setClipRect(rows);
    paintMarkers(painter);
    painter->restore();
}

void TimelineSpanItem::paintLaneLabels(QPainter *painter) const
{
    const int lanes = std::min(m_model->laneCount(), int(m_laneLabels.size()));
    if (lanes == 0)
        return;
    // In lanes thinner than the text every n-th row's label is drawn, so that none overlap.
    const double laneH = laneHeight();
    const double textH = QFontMetricsF(m_laneLabelFont).height();
    const int every = textH > laneH ? int(std::ceil(textH / laneH)) : 1;
    painter->setFont(m_laneLabelFont);
    painter->setPen(m_laneLabelColor);
    const double right = m_plotArea.left() - kLaneLabelGapPx;
    for (int row = m_layout.firstRowOnScreen(); row < m_layout.endRowOnScreen(); ++row) {
        const int lane = m_layout.laneOfRow(row);
        if (row % every != 0 || lane < 0 || lane >= lanes)
            continue;
        if (const QString &group = m_layout.row(row).groupLabel; !group.isEmpty()) {
            const QRectF r = laneRect(lane);
            painter->drawText(
                QRectF(right - m_laneLabelWidth - 40, r.top(), m_laneLabelWidth + 40, r.height()),
                Qt::AlignRight | Qt::AlignVCenter,
                QFontMetrics(m_laneLabelFont)
                    .elidedText(group, Qt::ElideMiddle, int(m_laneLabelWidth)));
            continue;
        }
        const QStaticText &text = m_laneLabels[std::size_t(lane)];
        const QSizeF size = text.size();
        painter->drawStaticText(
            QPointF(right - size.width(), laneRect(lane).center().y() - size.height() / 2), text);
    }
}

void TimelineSpanItem::paintLanes(QPainter *painter) const
{
    const std::vector<int> lanes = lanesOnScreen();
    // Translucent so the time grid underneath still shows.
    QColor stripe(0x20, 0x40, 0x80, 16);
    for (int lane : rowLanesOnScreen()) {
        if (m_layout.rowOfLane(lane) % 2 == 1)
            painter->fillRect(laneRect(lane), stripe);
    }

    // The process's lifetime, launch to exit: gaps before ready and after the last span show.
    // It ends when the process exited, not when its status was collected (the zombie band shows
    // that part).
    painter->setPen(QPen(ChartPalette::lifeline(), 1));
    for (int lane : lanes) {
        const ProcessRecord *p = m_model->process(lane);
        if (!p || p->launchedNs < 0)
            continue;
        const qint64 end = p->exitedNs >= 0 ? p->exitedNs : m_model->liveEndNs();
        const double y = laneRect(lane).center().y();
        painter->drawLine(QPointF(m_mapping->xForTime(p->launchedNs), y),
                          QPointF(m_mapping->xForTime(end), y));
    }
}

QColor TimelineSpanItem::slotColor(int slot)
{
    return slot < SpanKindCount ? ChartPalette::spanColor(SpanKind(slot))
                                : ChartPalette::chunkColor(slot - SpanKindCount);
}

void TimelineSpanItem::setFullWalk(bool on)
{
    m_fullWalk = on;
    update();
}

TimelineColumnRaster TimelineSpanItem::makeRaster(int lanes) const
{
    const double columnLeft = std::floor(m_plotArea.left());
    return TimelineColumnRaster(*m_mapping, columnLeft,
                                int(std::ceil(m_plotArea.right()) - columnLeft), lanes,
                                TimelineModel::slotCount());
}

void TimelineSpanItem::fillLane(int lane, TimelineColumnRaster &raster,
                                std::vector<Span> &wide) const
{
    wide.clear();
    const ProcessRecord *p = m_model->process(lane);
    if (!p)
        return;
    const auto &all = p->spans;
    const double left = m_plotArea.left() - 2;
    const double right = m_plotArea.right() + 2;
    const qint64 firstNs = raster.bound(0);
    const qint64 endNs = raster.bound(raster.columns());
    // -1: outside the plot, 0: narrow (the raster), 1: wide (a rectangle of its own).
    const auto classify = [&](const Span &s) {
        const double x0 = std::max(m_mapping->xForTime(s.beginNs), left);
        const double x1 = std::min(m_mapping->xForTime(s.endNs), right);
        if (x1 < x0)
            return -1;
        return x1 - x0 < kWideSpanPx ? 0 : 1;
    };
    // Wide spans are drawn in order of begin (then index) whichever way the lane was read, the
    // open ones last.
    std::vector<WideSpan> closedWide;
    std::vector<Span> openWide;
    // Every span that meets the columns' time goes one of two ways.
    const auto walk = [&](const Span &s, bool open) {
        if (!TimelineModel::meets(s, firstNs, endNs))
            return;
        switch (classify(s)) {
        case 0:
            raster.addSpan(s.beginNs, s.endNs, TimelineModel::slotOf(s, m_chunksize));
            break;
        case 1:
            if (open)
                openWide.push_back(s);
            else
                closedWide.push_back({s, quint32(&s - all.data())});
            break;
        default:
            break;
        }
    };
    // Where a pixel column holds many spans the lane's tracks give its colours without visiting
    // them. Below 2 ns a pixel a span inside one column could be wide, and so few spans are in
    // view that walking them costs nothing.
    const bool perColumn = !m_fullWalk && m_mapping->nsPerPixel() >= 2.0;
    const auto *tracks = perColumn ? m_model->tracks(lane, m_chunksize) : nullptr;
    if (tracks) {
        for (int slot = 0; slot < int(tracks->size()); ++slot)
            rasterTrack((*tracks)[std::size_t(slot)], all, slot, raster, classify, closedWide);
    } else {
        m_model->forEachSpan(lane, firstNs, endNs, [&](const Span &s) { walk(s, false); });
    }
    m_model->forEachOpenSpan(lane, [&](const Span &s) { walk(s, true); });
    std::sort(closedWide.begin(), closedWide.end(), [](const WideSpan &a, const WideSpan &b) {
        return a.span.beginNs != b.span.beginNs ? a.span.beginNs < b.span.beginNs
                                                : a.index < b.index;
    });
    wide.reserve(closedWide.size() + openWide.size());
    for (const WideSpan &w : closedWide)
        wide.push_back(w.span);
    wide.insert(wide.end(), openWide.begin(), openWide.end());
}

TimelineLaneCoverage TimelineSpanItem::laneCoverage(int lane) const
{
    TimelineColumnRaster raster = makeRaster(1);
    TimelineLaneCoverage coverage;
    raster.beginLane();
    fillLane(lane, raster, coverage.wide);
    coverage.columns = raster.columns();
    coverage.slotCount = TimelineModel::slotCount();
    coverage.scores = raster.scores();
    return coverage;
}

void TimelineSpanItem::paintSpans(QPainter *painter) const
{
    const int lanes = m_model->laneCount();
    const std::vector<int> onScreen = rowLanesOnScreen();
    const double laneH = laneHeight();
    const double spanH = spanHeight();
    const double left = m_plotArea.left() - 2;
    const double right = m_plotArea.right() + 2;
    const int slotCount = TimelineModel::slotCount();
    // Wide spans: one batch per colour, a few drawRects calls instead of a state change per span.
    std::vector<std::vector<QRectF>> wide(static_cast<std::size_t>(slotCount));
    std::vector<QRgb> colors;
    for (int slot = 0; slot < slotCount; ++slot)
        colors.push_back(slotColor(slot).rgb());
    TimelineColumnRaster raster = makeRaster(lanes);
    const double columnLeft = std::floor(m_plotArea.left());
    std::vector<bool> rasterLanes(std::size_t(lanes), false);

    struct Label
    {
        QRectF rect;
        QString text;
        bool dark;
    };
    std::vector<Label> labels;
    const bool wantLabels = laneH >= 12;
    std::vector<Span> laneWide;

    // A collapsed group's lanes share one raster row: each column shows what covers most of it
    // across the group.
    for (int lane : onScreen) {
        raster.beginLane();
        const double y = laneRect(lane).center().y() - spanH / 2;
        for (int member : m_layout.row(m_layout.rowOfLane(lane)).lanes) {
            if (member >= lanes)
                continue;
            fillLane(member, raster, laneWide);
            for (const Span &s : laneWide) {
                const double x0 = std::max(m_mapping->xForTime(s.beginNs), left);
                const double x1 = std::min(m_mapping->xForTime(s.endNs), right);
                const int slot = TimelineModel::slotOf(s, m_chunksize);
                const QRectF r(x0, y, x1 - x0, spanH);
                wide[std::size_t(slot)].push_back(r);
                if (wantLabels && r.width() >= kLabelSpanPx && int(labels.size()) < kMaxLabels) {
                    QString text;
                    if (s.task >= 0)
                        text = tr("#%1").arg(s.task);
                    else if (s.round >= 0)
                        text = tr("r%1").arg(s.round);
                    if (!text.isEmpty())
                        labels.push_back({r, text, isLight(slotColor(slot))});
                }
            }
        }
        rasterLanes[std::size_t(lane)] = raster.endLane(lane, colors);
    }

    painter->setRenderHint(QPainter::Antialiasing, false); // crisp edges, and much faster
    for (int slot = 0; slot < slotCount; ++slot) {
        const auto &w = wide[std::size_t(slot)];
        if (w.empty())
            continue;
        const QColor color = slotColor(slot);
        QPen pen(color.darker(150), 1);
        pen.setCosmetic(true);
        pen.setJoinStyle(Qt::MiterJoin);
        painter->setPen(pen);
        painter->setBrush(color);
        painter->drawRects(w.data(), int(w.size()));
    }
    // Each lane's row of the raster, stretched to the bar's height.
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    for (int lane : onScreen) {
        if (!rasterLanes[std::size_t(lane)])
            continue;
        const double y = laneRect(lane).center().y() - spanH / 2;
        // A copy of the row rather than a source rectangle: the SVG and PDF engines embed the
        // whole image and ignore the source rectangle.
        painter->drawImage(QRectF(columnLeft, y, raster.columns(), spanH),
                           raster.image().copy(0, lane, raster.columns(), 1));
    }

    if (!labels.empty()) {
        painter->setFont(ChartStyle::pixelFont(std::clamp(int(spanH * 0.7), 8, 12)));
        for (const Label &l : labels) {
            painter->setPen(l.dark ? QColor(0x11, 0x11, 0x11) : QColor(Qt::white));
            const QString text =
                painter->fontMetrics().elidedText(l.text, Qt::ElideRight, int(l.rect.width()) - 4);
            painter->drawText(l.rect.adjusted(2, 0, -2, 0), Qt::AlignCenter, text);
        }
    }
}

std::optional<TimelineZombieBand> TimelineSpanItem::zombieBand(int lane) const
{
    const auto zombie = m_model->zombie(lane);
    if (!zombie || !laneShown(lane))
        return std::nullopt;
    const double x0 = std::max(m_mapping->xForTime(zombie->beginNs), m_plotArea.left() - 2);
    const double x1 = std::min(m_mapping->xForTime(zombie->endNs), m_plotArea.right() + 2);
    if (x1 < x0) // outside the visible time range
        return std::nullopt;
    const double h = zombieHeight();
    const double y = laneRect(lane).center().y() - h / 2;
    return TimelineZombieBand{lane, QRectF(x0, y, x1 - x0, h), *zombie};
}

std::vector<TimelineZombieBand> TimelineSpanItem::zombieBands() const
{
    std::vector<TimelineZombieBand> bands;
    for (int lane : lanesOnScreen()) {
        if (auto band = zombieBand(lane))
            bands.push_back(*band);
    }
    return bands;
}

void TimelineSpanItem::paintZombies(QPainter *painter) const
{
    // Like the wide spans: every band in one drawRects per layer, whatever the lane count.
    std::vector<QRectF> rects;
    for (const TimelineZombieBand &band : zombieBands()) {
        QRectF r = band.rect;
        if (r.width() < 1) // a reap within the pixel of the exit still shows
            r.setWidth(1);
        rects.push_back(r);
    }
    if (rects.empty())
        return;
    painter->setRenderHint(QPainter::Antialiasing, false);
    // A solid pale fill first: vector exports that cannot draw hatch patterns still show it.
    painter->setPen(Qt::NoPen);
    painter->setBrush(ChartPalette::zombieFill());
    painter->drawRects(rects.data(), int(rects.size()));
    QPen pen(ChartPalette::zombieHatch(), 1);
    pen.setCosmetic(true);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(QBrush(ChartPalette::zombieHatch(), Qt::BDiagPattern));
    painter->drawRects(rects.data(), int(rects.size()));
}

QBrush TimelineSpanItem::zombieLegendBrush()
{
    QImage tile(8, 8, QImage::Format_ARGB32_Premultiplied);
    tile.fill(ChartPalette::zombieFill());
    QPainter painter(&tile);
    painter.setPen(QPen(ChartPalette::zombieHatch(), 1));
    painter.drawLine(0, 7, 7, 0);
    return QBrush(tile);
}

void TimelineSpanItem::drawMarker(QPainter *painter, TimelineMarker kind, const QPointF &c,
                                  double size)
{
    const double r = size / 2;
    QPen pen(ChartPalette::outline(), 1.2);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(ChartPalette::markerColor(kind));
    switch (kind) {
    case TimelineMarker::Launch: {
        const QPointF triangle[3] = {
            {c.x(), c.y() - r}, {c.x() + r, c.y() + r}, {c.x() - r, c.y() + r}};
        painter->drawPolygon(triangle, 3);
        break;
    }
    case TimelineMarker::SignalSent: {
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double radius = i % 2 == 0 ? r * 1.15 : r * 0.5;
            const double angle = -M_PI / 2 + i * M_PI / 5;
            star << QPointF(c.x() + radius * std::cos(angle), c.y() + radius * std::sin(angle));
        }
        painter->drawPolygon(star);
        break;
    }
    case TimelineMarker::ExitNormal:
    case TimelineMarker::ExitUnknown:
        painter->drawEllipse(c, r * 0.85, r * 0.85);
        break;
    case TimelineMarker::ExitError:
        painter->drawRect(QRectF(c.x() - r * 0.75, c.y() - r * 0.75, r * 1.5, r * 1.5));
        break;
    case TimelineMarker::ExitKilled: {
        const QPointF diamond[4] = {
            {c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}};
        painter->drawPolygon(diamond, 4);
        break;
    }
    case TimelineMarker::Note: {
        QPolygonF pentagon;
        for (int i = 0; i < 5; ++i) {
            const double angle = -M_PI / 2 + i * 2 * M_PI / 5;
            pentagon << QPointF(c.x() + r * 0.9 * std::cos(angle),
                                c.y() + r * 0.9 * std::sin(angle));
        }
        painter->drawPolygon(pentagon);
        break;
    }
    }
}

void TimelineSpanItem::paintMarkers(QPainter *painter) const
{
    const double size = markerSize();
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (int lane : lanesOnScreen()) {
        for (const auto &m : m_model->markers(lane)) {
            const QPointF c = markerCentre(lane, m);
            if (c.x() < m_plotArea.left() - size || c.x() > m_plotArea.right() + size)
                continue;
            drawMarker(painter, m.kind, c, size);
        }
    }
}

TimelineHit TimelineSpanItem::hitTest(const QPointF &pos) const
{
    const int lane = laneAt(pos.y());
    if (lane < 0 || pos.x() < m_plotArea.left() - 6 || pos.x() > m_plotArea.right() + 6)
        return {};
    // A collapsed group's row: what is under the pointer in any of its lanes, a marker before a
    // span before a zombie band, the first lane on a tie.
    const auto rank = [](const TimelineHit &h) {
        switch (h.what) {
        case TimelineHit::What::Marker:
            return 0;
        case TimelineHit::What::Span:
            return 1;
        case TimelineHit::What::Zombie:
            return 2;
        case TimelineHit::What::Nothing:
            break;
        }
        return 3;
    };
    TimelineHit best = hitTestLane(lane, pos);
    for (int member : m_layout.row(m_layout.rowOfLane(lane)).lanes) {
        if (member == lane || member >= m_model->laneCount())
            continue;
        const TimelineHit hit = hitTestLane(member, pos);
        if (rank(hit) < rank(best))
            best = hit;
    }
    return best;
}

TimelineHit TimelineSpanItem::hitTestLane(int lane, const QPointF &pos) const
{
    TimelineHit hit;
    hit.lane = lane;

    // Markers first: they are small and drawn on top of the spans.
    double best = markerSize() / 2 + 1.5;
    for (const auto &m : m_model->markers(lane)) {
        const QPointF c = markerCentre(lane, m);
        // Horizontal distance counts fully; vertical only beyond half the lane, so thin lanes
        // still find their markers.
        const double dy = std::max(0.0, std::abs(c.y() - pos.y()) - markerSize() / 2);
        const double d = std::hypot(c.x() - pos.x(), dy);
        if (d <= best) {
            best = d;
            hit.what = TimelineHit::What::Marker;
            hit.marker = m;
        }
    }
    if (hit.what == TimelineHit::What::Marker)
        return hit;

    const double nsTolerance = kHitTolerancePx * m_mapping->nsPerPixel();
    const double t = m_mapping->timeForX(pos.x());
    const qint64 from = qint64(std::floor(t - nsTolerance));
    const qint64 to = qint64(std::ceil(t + nsTolerance));
    // The innermost span wins: a task inside a work span is what the pointer is on.
    qint64 bestDuration = std::numeric_limits<qint64>::max();
    double bestDistance = std::numeric_limits<double>::max();
    const auto consider = [&](const Span &s, bool open) {
        if (s.endNs < from || s.beginNs > to)
            return;
        const double distance = distanceTo(t, s.beginNs, s.endNs);
        const qint64 duration = s.endNs - s.beginNs;
        if (distance < bestDistance || (distance == bestDistance && duration < bestDuration)) {
            bestDistance = distance;
            bestDuration = duration;
            hit.what = TimelineHit::What::Span;
            hit.span = s;
            hit.open = open;
        }
    };
    m_model->forEachSpan(lane, from, to, [&](const Span &s) { consider(s, false); });
    m_model->forEachOpenSpan(lane, [&](const Span &s) { consider(s, true); });
    // The zombie band follows the last span: a span the pointer is on (or nearer to) wins.
    if (const auto zombie = m_model->zombie(lane)) {
        const double distance = distanceTo(t, zombie->beginNs, zombie->endNs);
        if (distance <= nsTolerance && distance < bestDistance) {
            hit.what = TimelineHit::What::Zombie;
            hit.zombie = *zombie;
        }
    }
    return hit;
}

QString TimelineSpanItem::toolTip(const TimelineHit &hit) const
{
    const ProcessRecord *p = m_model->process(hit.lane);
    if (!p || hit.what == TimelineHit::What::Nothing)
        return QString();
    QStringList lines;
    lines << TimelineModel::laneLabel(*p);
    if (hit.what == TimelineHit::What::Span) {
        const Span &s = hit.span;
        QString what = ChartPalette::spanKindLabel(s.kind);
        if (s.round >= 0)
            what = tr("%1, round %2").arg(what).arg(s.round);
        if (s.task >= 0) {
            what = tr("%1 %2").arg(what).arg(s.task);
            if (m_chunksize > 0)
                what = tr("%1 (chunk %2)").arg(what).arg(s.task / m_chunksize);
        }
        lines << what;
        lines << tr("begin: %L1 ms").arg(msFromNs(s.beginNs), 0, 'f', 3);
        if (hit.open)
            lines
                << tr("still going (%L1 ms so far)").arg(msFromNs(s.endNs - s.beginNs), 0, 'f', 3);
        else {
            lines << tr("end: %L1 ms").arg(msFromNs(s.endNs), 0, 'f', 3);
            lines << tr("duration: %L1 ms").arg(msFromNs(s.endNs - s.beginNs), 0, 'f', 3);
        }
        if (const Cause *cause = p->causeOf(s)) {
            const ProcessRecord *who = m_model->process(cause->process);
            const QString name = who ? who->name : QString();
            switch (cause->event) {
            case CauseEvent::BarrierLastArrival:
                lines << tr("waited for %1, the last to arrive (at %L2 ms)")
                             .arg(name)
                             .arg(msFromNs(cause->timeNs), 0, 'f', 3);
                break;
            case CauseEvent::LockRelease:
                lines << tr("waited for %1 to release the lock (at %L2 ms)")
                             .arg(name)
                             .arg(msFromNs(cause->timeNs), 0, 'f', 3);
                break;
            case CauseEvent::OwnerDied:
                lines << tr("took the lock over from %1, who died holding it").arg(name);
                break;
            case CauseEvent::Unknown:
                lines << tr("what ended the wait is unknown (the runtime cannot tell)");
                break;
            default:
                break;
            }
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (hit.what == TimelineHit::What::Zombie) {
        const auto &z = hit.zombie;
        if (z.reaped)
            lines << tr("zombie: exited at %L1 ms, reaped at %L2 ms (%L3 µs)")
                         .arg(msFromNs(z.beginNs), 0, 'f', 3)
                         .arg(msFromNs(z.endNs), 0, 'f', 3)
                         .arg(usFromNs(z.endNs - z.beginNs), 0, 'f', 1);
        else
            lines << tr("zombie: exited at %L1 ms, not reaped yet (%L2 µs so far)")
                         .arg(msFromNs(z.beginNs), 0, 'f', 3)
                         .arg(usFromNs(z.endNs - z.beginNs), 0, 'f', 1);
        const QString source = exitStampDescription(p->exitStamp);
        if (!source.isEmpty())
            lines << tr("exit time: %1").arg(source);
        return lines.join(QLatin1Char('\n'));
    }

    const auto &m = hit.marker;
    const QString at = tr("at %L1 ms").arg(msFromNs(m.timeNs), 0, 'f', 3);
    switch (m.kind) {
    case TimelineMarker::Launch:
        lines << tr("launched %1").arg(at);
        if (p->readyNs >= 0)
            lines << tr("ready after %L1 ms").arg(msFromNs(p->readyNs - p->launchedNs), 0, 'f', 3);
        break;
    case TimelineMarker::SignalSent: {
        const int signal = m.markerIndex >= 0 && std::size_t(m.markerIndex) < p->markers.size()
                               ? p->markers[std::size_t(m.markerIndex)].signal
                               : 0;
        lines << tr("%1 sent %2").arg(signalName(signal), at);
        break;
    }
    case TimelineMarker::Note:
        if (m.markerIndex >= 0 && std::size_t(m.markerIndex) < p->markers.size())
            lines << p->markers[std::size_t(m.markerIndex)].text;
        lines << at;
        break;
    case TimelineMarker::ExitNormal:
    case TimelineMarker::ExitError:
    case TimelineMarker::ExitKilled:
    case TimelineMarker::ExitUnknown:
        switch (p->exit.kind) {
        case ExitStatus::Kind::Normal:
            lines << tr("exited with code %1 %2").arg(p->exit.code).arg(at);
            return lines.join(QLatin1Char('\n'));
        case ExitStatus::Kind::FailedToStart:
            lines << tr("failed to start (%1)").arg(at);
            break;
        case ExitStatus::Kind::Timeout:
            lines
                << tr("killed by the lab's timeout with %1 %2").arg(signalName(p->exit.signal), at);
            break;
        case ExitStatus::Kind::Unknown:
            // Nobody could collect its status (an orphan nobody watched): no exitcode to show.
            lines << tr("exited %1, exit status unknown").arg(at);
            return lines.join(QLatin1Char('\n'));
        default:
            lines << tr("killed by %1 %2").arg(signalName(p->exit.signal), at);
            break;
        }
        lines << tr("Python exitcode: %1").arg(p->exit.pythonExitCode());
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace proclab
