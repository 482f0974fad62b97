// SPDX-License-Identifier: MIT
#include "legendstrip.h"

#include "chartstyle.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <cmath>

namespace proclab {

namespace {
constexpr int kSwatch = 10;  // px: the marker
constexpr int kGap = 4;      // between marker and name
constexpr int kSpacing = 12; // between entries
constexpr int kRowGap = 2;
} // namespace

LegendStrip::LegendStrip(QChart *chart, QWidget *parent)
    : QWidget(parent)
    , m_chart(chart)
{
    setFont(ChartStyle::legendFont());
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    setPalette(p);
}

void LegendStrip::refresh()
{
    std::vector<Entry> entries;
    for (QLegendMarker *marker : m_chart->legend()->markers()) {
        if (!marker->series() || !marker->series()->isVisible() || marker->label().isEmpty())
            continue;
        int shape = -1;
        if (const auto *scatter = qobject_cast<const QScatterSeries *>(marker->series()))
            shape = int(scatter->markerShape());
        entries.push_back({marker->label(), marker->brush(), marker->pen(), shape});
    }
    const bool changed =
        entries.size() != m_entries.size() ||
        !std::equal(entries.begin(), entries.end(), m_entries.begin(),
                    [](const Entry &a, const Entry &b) {
                        return a.name == b.name && a.brush == b.brush && a.shape == b.shape;
                    });
    if (!changed)
        return;
    m_entries = std::move(entries);
    updateGeometry();
    update();
}

QStringList LegendStrip::names() const
{
    QStringList names;
    for (const Entry &e : m_entries)
        names << e.name;
    return names;
}

int LegendStrip::layOut(int width, std::vector<QRect> *places) const
{
    const QFontMetrics metrics(font());
    const int rowHeight = std::max(metrics.height(), kSwatch);
    int x = 0;
    int y = 0;
    for (const Entry &e : m_entries) {
        const int w = kSwatch + kGap + metrics.horizontalAdvance(e.name);
        if (x > 0 && x + w > width) {
            x = 0;
            y += rowHeight + kRowGap;
        }
        if (places)
            places->push_back(QRect(x, y, w, rowHeight));
        x += w + kSpacing;
    }
    // Empty, it keeps its one row: a run's first entries then fill it instead of shrinking the
    // chart above mid-run (a relayout and repaint of the whole pane, under the user's eyes).
    return y + rowHeight;
}

int LegendStrip::heightForWidth(int width) const
{
    return layOut(std::max(width - 8, 1), nullptr) + 4;
}

QSize LegendStrip::sizeHint() const
{
    return {200, heightForWidth(width() > 0 ? width() : 600)};
}

QSize LegendStrip::minimumSizeHint() const
{
    return {0, heightForWidth(width() > 0 ? width() : 600)};
}

void LegendStrip::paintEvent(QPaintEvent *)
{
    std::vector<QRect> places;
    const int used = layOut(width() - 8, &places);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font());
    // Rows centred as Qt's own legend would.
    const int top = std::max(0, (height() - used) / 2);
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        const QRect place = places[i].translated(4, top);
        const QRectF swatch(place.left(), place.center().y() - kSwatch / 2.0, kSwatch, kSwatch);
        painter.setPen(e.pen);
        painter.setBrush(e.brush);
        const QPointF c = swatch.center();
        const double r = kSwatch / 2.0;
        switch (e.shape) {
        case QScatterSeries::MarkerShapeCircle:
            painter.drawEllipse(c, r * 0.85, r * 0.85);
            break;
        case QScatterSeries::MarkerShapeTriangle: {
            const QPointF t[3] = {
                {c.x(), c.y() - r}, {c.x() + r, c.y() + r}, {c.x() - r, c.y() + r}};
            painter.drawPolygon(t, 3);
            break;
        }
        case QScatterSeries::MarkerShapeRotatedRectangle: {
            const QPointF d[4] = {
                {c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}};
            painter.drawPolygon(d, 4);
            break;
        }
        case QScatterSeries::MarkerShapeStar:
        case QScatterSeries::MarkerShapePentagon: {
            const bool star = e.shape == QScatterSeries::MarkerShapeStar;
            QPolygonF polygon;
            for (int k = 0; k < (star ? 10 : 5); ++k) {
                const double radius = star && k % 2 ? r * 0.45 : r;
                const double angle = -M_PI / 2 + k * 2 * M_PI / (star ? 10 : 5);
                polygon << QPointF(c.x() + radius * std::cos(angle),
                                   c.y() + radius * std::sin(angle));
            }
            painter.drawPolygon(polygon);
            break;
        }
        case -1: { // a line series: a stroke of its pen
            QPen pen = e.pen;
            pen.setWidthF(std::min(pen.widthF(), 3.0));
            painter.setPen(pen);
            painter.drawLine(QPointF(swatch.left(), c.y()), QPointF(swatch.right(), c.y()));
            break;
        }
        default:
            painter.drawRect(swatch);
            break;
        }
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(place.left() + kSwatch + kGap, place.top(),
                               place.width() - kSwatch - kGap, place.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, e.name);
    }
}

} // namespace proclab
