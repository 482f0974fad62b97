// SPDX-License-Identifier: MIT
#pragma once

#include <QBrush>
#include <QPen>
#include <QWidget>
#include <vector>

class QChart;

namespace proclab {

// A chart's legend as a widget under it whose entries wrap onto further rows instead of being
// cut: Qt Charts lays its legend out on one row and elides every name that does not fit ("Arb…",
// "Wa…" for the timeline's nine entries in German at 1024 px). It reads the chart's own legend
// markers (names, colours, shapes, visibility), so the chart stays the one place that says what
// is drawn; the chart's legend is hidden on screen and shown for exports (see exportChart()).
class LegendStrip : public QWidget
{
    Q_OBJECT
public:
    explicit LegendStrip(QChart *chart, QWidget *parent = nullptr);

    // Re-reads the chart's legend markers; call when they changed.
    void refresh();
    // The names shown, in order (for tests).
    QStringList names() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Entry
    {
        QString name;
        QBrush brush;
        QPen pen;
        int shape; // QScatterSeries::MarkerShape, or -1: a line (line series)
    };
    // Where each entry goes for `width`; returns the height used.
    int layOut(int width, std::vector<QRect> *places) const;

    QChart *m_chart;
    std::vector<Entry> m_entries;
};

} // namespace proclab
