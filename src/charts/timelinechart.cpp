// SPDX-License-Identifier: MIT
#include "timelinechart.h"

#include "chartstyle.h"
#include "legendstrip.h"
#include "parameters.h"
#include "timelinechartview.h"

#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QScatterSeries>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <map>

namespace proclab {

namespace {

// Lane labels longer than this share of the chart's width are elided, so that a long process
// name cannot squeeze the plot.
constexpr double kLaneLabelShare = 0.26;
constexpr int kMinLaneLabelPx = 90;
constexpr int kMaxLaneLabelPx = 260;
// Padding after the last event, so exit markers are not cut by the plot's right edge.
constexpr qint64 kEndPaddingDivisor = 40;
constexpr qint64 kMinimumRangeNs = 1'000'000;

// 1, 2 or 5 times a power of ten, so that about maxTicks ticks fit the range.
double niceStep(double range, int maxTicks)
{
    const double raw = range / std::max(maxTicks, 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= raw)
            return m * magnitude;
    }
    return 10 * magnitude;
}

QScatterSeries *legendSeries(const QString &name, QScatterSeries::MarkerShape shape,
                             const QColor &fill, const QColor &border)
{
    auto *series = new QScatterSeries;
    series->setName(name);
    series->setMarkerShape(shape);
    series->setMarkerSize(11);
    series->setColor(fill);
    series->setBorderColor(border);
    return series;
}

QScatterSeries::MarkerShape legendShape(TimelineMarker marker)
{
    switch (marker) {
    case TimelineMarker::Launch:
        return QScatterSeries::MarkerShapeTriangle;
    case TimelineMarker::SignalSent:
        return QScatterSeries::MarkerShapeStar;
    case TimelineMarker::ExitNormal:
    case TimelineMarker::ExitUnknown:
        return QScatterSeries::MarkerShapeCircle;
    case TimelineMarker::ExitError:
        return QScatterSeries::MarkerShapeRectangle;
    case TimelineMarker::ExitKilled:
        return QScatterSeries::MarkerShapeRotatedRectangle;
    case TimelineMarker::Note:
        return QScatterSeries::MarkerShapePentagon;
    }
    return QScatterSeries::MarkerShapeCircle;
}

// The legend follows the series' visibility (hiding a legend marker directly does not last: the
// legend re-creates its markers when the series change).
void setLegendVisible(QAbstractSeries *series, bool visible)
{
    if (series->isVisible() != visible)
        series->setVisible(visible);
}

} // namespace

TimelineChart::TimelineChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
{
    ChartStyle::applyTo(m_chart);
    m_chart->legend()->setAlignment(Qt::AlignBottom);

    m_timeAxis = new QValueAxis;
    m_timeAxis->setTickType(QValueAxis::TicksDynamic);
    m_timeAxis->setTickAnchor(0);
    m_timeAxis->setMinorGridLineVisible(false);
    ChartStyle::applyTo(m_timeAxis);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);

    // The lane axis carries the title and reserves the column of lane labels, which the span
    // item draws (see rebuildLaneAxis()): its one category label is blank.
    m_laneAxis = new QCategoryAxis;
    m_laneAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_laneAxis->setGridLineVisible(false); // the span item draws lane stripes instead
    m_laneAxis->setTruncateLabels(false);
    ChartStyle::applyTo(m_laneAxis);
    m_laneAxis->setRange(0, 1);
    m_chart->addAxis(m_laneAxis, Qt::AlignLeft);
    // The chart's theme gave the axis its label colour when it was added.
    const QColor laneLabelColor = m_laneAxis->labelsBrush().color();
    m_laneAxis->setLabelsBrush(Qt::transparent);

    createLegendSeries();

    m_item = new TimelineSpanItem(&m_model, &m_mapping, m_chart);
    m_item->setZValue(9); // over grid, axes and (empty) series; under the legend
    m_item->setLaneLabelColor(laneLabelColor);
    m_arrows = new CauseArrowItem(&m_model, m_item, &m_mapping, m_chart);
    m_arrows->setZValue(10); // over the spans

    m_view = new TimelineChartView(m_chart, this);
    ChartStyle::applyTo(m_view);
    m_view->setToolTipProvider([this](const QPointF &pos) { return toolTipAt(pos); });

    // Reading many lanes: a filter, the lane height, help; a vertical scroll bar beside the plot.
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setClearButtonEnabled(true);
    m_laneHeightLabel = new QLabel(this);
    m_laneHeightBox = new QSpinBox(this);
    m_laneHeightBox->setRange(0, 80); // 0 is "fit"
    m_laneHeightLabel->setBuddy(m_laneHeightBox);
    m_groupLabel = new QLabel(this);
    m_groupBox = new QComboBox(this);
    m_groupBox->addItems({QString(), QString(), QString(), QString()}); // see retranslate()
    m_groupLabel->setBuddy(m_groupBox);
    m_helpButton = new QToolButton(this);
    m_helpButton->setText(QStringLiteral("?"));
    m_laneScroll = new QScrollBar(Qt::Vertical, this);
    m_laneScroll->setVisible(false);
    m_rangeLabel = new QLabel(this);
    m_rangeClear = new QToolButton(this);
    m_rangeClear->setText(QStringLiteral("\u00d7"));
    m_rangeTable = new QTableWidget(this);
    m_rangeTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rangeTable->verticalHeader()->setVisible(false);
    m_rangeTable->verticalHeader()->setDefaultSectionSize(QFontMetrics(font()).height() + 4);
    m_rangeTable->setMaximumHeight(6 * (QFontMetrics(font()).height() + 4));
    m_rangeTable->setSortingEnabled(true);

    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addWidget(m_filterEdit, 1);
    tools->addWidget(m_groupLabel);
    tools->addWidget(m_groupBox);
    tools->addWidget(m_laneHeightLabel);
    tools->addWidget(m_laneHeightBox);
    tools->addWidget(m_helpButton);
    auto *plot = new QHBoxLayout;
    plot->setContentsMargins(0, 0, 0, 0);
    plot->setSpacing(0);
    plot->addWidget(m_view, 1);
    plot->addWidget(m_laneScroll);
    auto *range = new QHBoxLayout;
    range->setContentsMargins(0, 0, 0, 0);
    range->addWidget(m_rangeLabel, 1);
    range->addWidget(m_rangeClear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(tools);
    layout->addLayout(plot, 1);
    // The legend under the chart, wrapping instead of cutting names; the chart's own legend only
    // shows in exports.
    m_legendStrip = new LegendStrip(m_chart, this);
    layout->addWidget(m_legendStrip);
    m_chart->legend()->setVisible(false);
    layout->addLayout(range);
    layout->addWidget(m_rangeTable);
    clearTimeRange();

    connect(m_filterEdit, &QLineEdit::textChanged, this, &TimelineChart::setLaneFilter);
    connect(m_laneHeightBox, &QSpinBox::valueChanged, this, &TimelineChart::setLaneHeight);
    connect(m_groupBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setLaneGrouping(LaneGrouping(index)); });
    connect(m_view, &TimelineChartView::labelClicked, this, [this](const QPointF &pos) {
        const QString key = groupKey(m_item->laneAt(pos.y()));
        if (!key.isEmpty())
            setGroupCollapsed(key, !m_collapsed.count(key));
    });
    connect(m_helpButton, &QToolButton::clicked, this, [this] {
        QToolTip::showText(m_helpButton->mapToGlobal(QPoint(0, m_helpButton->height())),
                           controlsHelp(), m_helpButton);
    });
    connect(m_laneScroll, &QScrollBar::valueChanged, this,
            [this](int value) { scrollLanesTo(value); });
    connect(m_rangeClear, &QToolButton::clicked, this, &TimelineChart::clearTimeRange);
    connect(m_view, &TimelineChartView::laneScrollRequested, this, &TimelineChart::scrollLanesBy);
    connect(m_view, &TimelineChartView::rangeSelectRequested, this, [this](double x1, double x2) {
        selectTimeRange(m_mapping.timeForX(std::min(x1, x2)), m_mapping.timeForX(std::max(x1, x2)));
    });

    connect(m_chart, &QChart::plotAreaChanged, this, &TimelineChart::onPlotAreaChanged);
    connect(m_view, &TimelineChartView::zoomRequested, this, [this](double x, double factor) {
        m_mapping.zoomAt(x, factor);
        applyView();
    });
    connect(m_view, &TimelineChartView::rubberBandZoomRequested, this,
            [this](double x1, double x2) {
                m_mapping.zoomToPixels(x1, x2);
                applyView();
            });
    connect(m_view, &TimelineChartView::panRequested, this, [this](double dx) {
        m_mapping.panByPixels(dx);
        applyView();
    });
    connect(m_view, &TimelineChartView::resetRequested, this, &TimelineChart::resetZoom);
    connect(m_view, &TimelineChartView::hoverMoved, this,
            [this](const QPointF &pos) { m_arrows->setHovered(focusAt(pos)); });
    connect(m_view, &TimelineChartView::clicked, this, [this](const QPointF &pos) {
        CauseArrowItem::Focus focus = focusAt(pos);
        if (focus == m_arrows->selected())
            focus = {}; // a second click on it lets go
        m_arrows->setSelected(focus);
        emit processSelected(focus.lane);
    });

    retranslate();
}

void TimelineChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TimelineChart::retranslate()
{
    m_timeAxis->setTitleText(tr("time since the run started (ms)"));
    m_laneAxis->setTitleText(tr("process (pid)"));
    for (int k = 0; k < SpanKindCount; ++k)
        m_kindSeries[std::size_t(k)]->setName(ChartPalette::spanKindLabel(SpanKind(k)));
    for (int m = 0; m < TimelineMarkerCount; ++m)
        m_markerSeries[std::size_t(m)]->setName(ChartPalette::markerLabel(TimelineMarker(m)));
    m_zombieSeries->setName(ChartPalette::zombieLabel());
    m_pathSeries->setName(tr("critical path"));
    m_view->setAccessibleName(tr("Timeline chart: one lane per process"));
    m_view->setWhatsThis(controlsHelp());
    m_filterEdit->setPlaceholderText(tr("Filter lanes by name or pid"));
    m_filterEdit->setToolTip(tr("Shows only the processes whose name or pid contains this text"));
    // QLineEdit's own clear button (a QToolButton child) says what it does too.
    for (QToolButton *clear : m_filterEdit->findChildren<QToolButton *>())
        clear->setToolTip(tr("Clear the filter"));
    m_laneHeightLabel->setText(tr("&Lane height:"));
    m_groupLabel->setText(tr("&Group:"));
    m_groupBox->setItemText(int(LaneGrouping::None), tr("none"));
    m_groupBox->setItemText(int(LaneGrouping::Parent), tr("by parent"));
    m_groupBox->setItemText(int(LaneGrouping::Host), tr("by host"));
    m_groupBox->setItemText(int(LaneGrouping::Runtime), tr("by runtime"));
    m_groupBox->setToolTip(tr("Groups the lanes; click a lane's label to collapse its group into "
                              "one summary lane, or to expand it"));
    m_laneHeightBox->setSpecialValueText(tr("fit"));
    m_laneHeightBox->setSuffix(tr(" px"));
    m_laneHeightBox->setToolTip(tr("Height of each lane; taller lanes than fit are scrolled "
                                   "(fit: all lanes share the chart's height)"));
    m_helpButton->setToolTip(tr("How to zoom, scroll, select and filter"));
    m_laneScroll->setAccessibleName(tr("Scroll the lanes"));
    m_rangeClear->setToolTip(tr("Clear the selected time range"));
    if (hasTimeRange())
        updateRangeTable();
    refresh(); // title, lane labels and the chunk legend entry are built there
}

TimelineChart::~TimelineChart() = default;

QString TimelineChart::controlsHelp()
{
    return tr("<b>Timeline controls</b><br>"
              "Wheel or +/-: zoom time at the pointer<br>"
              "Drag (left button): zoom into that time<br>"
              "Ctrl+drag: select a time range: per-process statistics below the chart<br>"
              "Middle drag, Shift+drag or Left/Right: pan time<br>"
              "Shift+wheel, wheel over the labels, Up/Down, PageUp/PageDown: scroll lanes<br>"
              "Right click: zoom out; double click, Home or Esc: show everything<br>"
              "Click a span or lane: its cause arrows; hover: details<br>"
              "Click a lane label (lanes grouped): collapse or expand its group<br>"
              "Lane height and the filter box: above the chart");
}

QChartView *TimelineChart::view() const
{
    return m_view;
}

void TimelineChart::createLegendSeries()
{
    // Empty series whose only job is a legend entry; the item draws the real thing.
    const auto add = [this](QScatterSeries *series) {
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_laneAxis);
    };
    for (int k = 0; k < SpanKindCount; ++k) {
        const QColor color = ChartPalette::spanColor(SpanKind(k));
        m_kindSeries[std::size_t(k)] =
            legendSeries(ChartPalette::spanKindLabel(SpanKind(k)),
                         QScatterSeries::MarkerShapeRectangle, color, color.darker(150));
        add(m_kindSeries[std::size_t(k)]);
    }
    m_chunkSeries =
        legendSeries(QString(), QScatterSeries::MarkerShapeRectangle, ChartPalette::chunkColor(0),
                     ChartPalette::chunkColor(0).darker(150));
    add(m_chunkSeries);
    m_zombieSeries = legendSeries(ChartPalette::zombieLabel(), QScatterSeries::MarkerShapeRectangle,
                                  ChartPalette::zombieFill(), ChartPalette::zombieHatch());
    m_zombieSeries->setBrush(TimelineSpanItem::zombieLegendBrush());
    add(m_zombieSeries);
    m_pathSeries =
        legendSeries(QString(), QScatterSeries::MarkerShapeRectangle,
                     CauseArrowItem::criticalPathColor(), CauseArrowItem::criticalPathColor());
    add(m_pathSeries);
    for (int m = 0; m < TimelineMarkerCount; ++m) {
        const auto marker = TimelineMarker(m);
        m_markerSeries[std::size_t(m)] =
            legendSeries(ChartPalette::markerLabel(marker), legendShape(marker),
                         ChartPalette::markerColor(marker), ChartPalette::outline());
        add(m_markerSeries[std::size_t(m)]);
    }
}

void TimelineChart::setRun(const Run *run)
{
    m_model.setRun(run);
    m_causeSignature = -1;
    m_arrows->setCriticalPath({});
    m_arrows->setSelected({});
    m_mapping.reset(); // an unzoomed view follows the new run's range
    m_rangeBeginNs = m_rangeEndNs = 0;
    refresh();
    clearTimeRange();
}

void TimelineChart::refresh()
{
    if (m_model.refresh()) {
        m_item->layout().setLaneCount(m_model.laneCount());
        applyLaneFilter(); // new lanes are filtered too
        rebuildLaneAxis();
        updateLaneFont(); // the lanes' height changes with their count
        syncLaneScrollBar();
    }
    const qint64 end = std::max(m_model.liveEndNs(), kMinimumRangeNs);
    // Padding on both sides keeps launch and exit markers clear of the axes and their labels.
    m_mapping.setFullRange(-end / kEndPaddingDivisor, end + end / kEndPaddingDivisor);
    updateCauseLinks();
    updateLegend();
    updateTitle();
    applyView();
}

CauseArrowItem::Focus TimelineChart::focusAt(const QPointF &chartPos) const
{
    const TimelineHit hit = m_item->hitTest(chartPos);
    if (hit.what == TimelineHit::What::Span)
        return {hit.lane, hit.span.beginNs, hit.span.endNs};
    return {m_item->laneAt(chartPos.y()), -1, -1};
}

void TimelineChart::setShowAllArrows(bool on)
{
    m_arrows->setShowAll(on);
}

void TimelineChart::selectProcess(int lane)
{
    m_arrows->setSelected({lane, -1, -1});
}

void TimelineChart::setCriticalPath(const CriticalPath &path)
{
    m_arrows->setCriticalPath(path.segments);
    updateLegend();
}

void TimelineChart::updateCauseLinks()
{
    // Rebuilt only when causes were added or processes ended (a pool run has millions of spans
    // and no causes: nothing to walk at 30 Hz).
    const Run *run = m_model.run();
    // Unsigned: the signature wraps around by design (signed overflow is undefined).
    quint64 signature = run ? quint64(run->processes.size()) : ~quint64(0);
    if (run) {
        for (const ProcessRecord &p : run->processes) {
            signature = signature * 31 + quint64(p.causes.size()) * 7 + (p.exitedNs >= 0) +
                        (p.exitCause.recorded() ? 2 : 0) + (p.reapCause.recorded() ? 4 : 0) +
                        (p.launchCause.recorded() ? 8 : 0);
        }
    }
    if (signature == m_causeSignature)
        return;
    m_causeSignature = signature;
    m_arrows->setLinks(run ? causeLinks(*run) : std::vector<CauseLink>{});
}

void TimelineChart::resetZoom()
{
    m_mapping.reset();
    applyView();
}

void TimelineChart::zoomToTime(qint64 beginNs, qint64 endNs)
{
    m_mapping.zoomToTime(beginNs, endNs);
    applyView();
}

void TimelineChart::setColorByChunk(int chunksize)
{
    m_item->setColorByChunk(chunksize);
    updateLegend();
}

namespace {
// A lane label is "name (pid)": the pid always differs and always stays; what repeats is looked
// for in the names.
std::pair<QString, QString> nameAndPid(const QString &label)
{
    const qsizetype open = label.lastIndexOf(QLatin1String(" ("));
    if (open <= 0 || !label.endsWith(QLatin1Char(')')))
        return {label, QString()};
    return {label.left(open), label.mid(open)};
}

// How many characters every name starts and ends with (0 for a single lane: nothing repeats).
std::pair<qsizetype, qsizetype> sharedEnds(const QStringList &labels)
{
    if (labels.size() < 2)
        return {0, 0};
    const QString first = nameAndPid(labels.front()).first;
    qsizetype prefix = first.size();
    qsizetype suffix = first.size();
    for (const QString &label : labels) {
        const QString name = nameAndPid(label).first;
        qsizetype p = 0;
        while (p < prefix && p < name.size() && name[p] == first[p])
            ++p;
        prefix = p;
        qsizetype q = 0;
        while (q < suffix && q < name.size() &&
               name[name.size() - 1 - q] == first[first.size() - 1 - q])
            ++q;
        suffix = q;
    }
    return {prefix, suffix};
}

// A label too long for its column loses characters from the parts all lanes share, the end they
// share first, then the start, and keeps what tells lanes apart and the pid: "p1 - test_with_b…
// (4012)" and "p2 - test_without_b… (4013)", where middle elision made both "p1 - tes…ound".
QString elideSharedParts(const QString &label, qsizetype prefix, qsizetype suffix,
                         const QFontMetrics &metrics, int width)
{
    if (metrics.horizontalAdvance(label) <= width)
        return label;
    const auto [name, pid] = nameAndPid(label);
    prefix = std::min(prefix, name.size());
    suffix = std::min(suffix, name.size() - prefix);
    const QString head = name.left(prefix);
    const QString differing = name.mid(prefix, name.size() - prefix - suffix);
    const QString tail = name.right(suffix);
    const int ellipsis = metrics.horizontalAdvance(QChar(0x2026));
    // The shared end, elided from its right.
    int room = width - metrics.horizontalAdvance(head + differing + pid);
    if (suffix > 0 && room > ellipsis)
        return head + differing + metrics.elidedText(tail, Qt::ElideRight, room) + pid;
    // Then the shared start too.
    const QString cut = suffix > 0 ? QString(QChar(0x2026)) : QString();
    room = width - metrics.horizontalAdvance(differing + cut + pid);
    if (prefix > 0 && room > ellipsis)
        return metrics.elidedText(head, Qt::ElideRight, room) + differing + cut + pid;
    // What differs is too long itself: its middle goes (both of its ends can tell lanes apart:
    // "p1 - te…with", "p3 - te…hout"), the shared end is cut, the pid stays.
    room = std::max(width - metrics.horizontalAdvance(cut + pid), ellipsis);
    return metrics.elidedText(head + differing, Qt::ElideMiddle, room) + cut + pid;
}
} // namespace

void TimelineChart::rebuildLaneAxis()
{
    // The lane labels are the span item's to draw, in the column left of the plot. Qt Charts
    // measures every category label through a QTextDocument at every layout of the chart (64
    // labels: ~10 ms, at the start and the end of a run and whenever the time axis's labels
    // changed width), and new labels (pids arriving) relaid the whole chart out. The lane axis
    // only reserves the column, with one blank label of its width: labels that change never
    // touch Qt Charts, and a width that changes only does so in steps.
    const QStringList &labels = m_model.laneLabels();
    const QFont font = ChartStyle::pixelFont(m_laneFontPx);
    const QFontMetrics metrics(font);
    const auto [prefix, suffix] = sharedEnds(labels);
    QStringList shown;
    int widest = 0;
    for (const QString &label : labels) {
        shown << elideSharedParts(label, prefix, suffix, metrics, m_laneLabelPx);
        widest = std::max(widest, metrics.horizontalAdvance(shown.constLast()));
    }
    m_item->setLaneLabels(shown, font);
    constexpr int kColumnStepPx = 16;
    const int column =
        labels.isEmpty() ? 0 : (widest + kColumnStepPx - 1) / kColumnStepPx * kColumnStepPx;
    const int lanes = std::max(int(labels.size()), 1);
    if (column == m_laneColumnPx && lanes == m_laneAxisLanes)
        return;
    m_laneColumnPx = column;
    m_laneAxisLanes = lanes;
    for (const QString &label : m_laneAxis->categoriesLabels())
        m_laneAxis->remove(label);
    if (column > 0) {
        // No-break spaces (plain spaces would collapse: the label is laid out as HTML).
        const QFontMetricsF axisMetrics(m_laneAxis->labelsFont());
        const int spaces = int(std::ceil(column / axisMetrics.horizontalAdvance(QChar::Nbsp)));
        m_laneAxis->append(QString(spaces, QChar::Nbsp), lanes);
    }
    m_laneAxis->setStartValue(0);
    m_laneAxis->setRange(0, lanes);
}

QString TimelineChart::laneLabelShown(int lane) const
{
    return m_item->laneLabel(lane);
}

void TimelineChart::updateLaneFont()
{
    // Labels shrink with the lanes so that 64 of them still fit; below 7 px text is not worth
    // showing, so in very thin lanes the span item leaves labels out (see paintLaneLabels()).
    const double laneHeight = m_item->layout().laneHeight();
    int px = std::clamp(int(laneHeight * 0.85), 7, 12);
    while (px > 7 && QFontMetrics(ChartStyle::pixelFont(px)).height() > laneHeight)
        --px;
    const int labelPx = std::clamp(int(m_chart->size().width() * kLaneLabelShare), kMinLaneLabelPx,
                                   kMaxLaneLabelPx);
    if (px == m_laneFontPx && labelPx == m_laneLabelPx)
        return;
    m_laneFontPx = px;
    m_laneLabelPx = labelPx;
    rebuildLaneAxis(); // elision depends on the font and the width
}

void TimelineChart::updateLegend()
{
    const bool byChunk = m_item->chunksize() > 0;
    for (int k = 0; k < SpanKindCount; ++k) {
        const bool present = m_model.hasSpanKind(SpanKind(k));
        const bool replaced = byChunk && SpanKind(k) == SpanKind::Task;
        setLegendVisible(m_kindSeries[std::size_t(k)], present && !replaced);
    }
    if (byChunk) {
        const QString name = tr("task, coloured by chunk (chunk size %1)").arg(m_item->chunksize());
        if (m_chunkSeries->name() != name)
            m_chunkSeries->setName(name);
    }
    setLegendVisible(m_chunkSeries, byChunk && m_model.hasSpanKind(SpanKind::Task));
    setLegendVisible(m_zombieSeries, m_model.hasZombie());
    setLegendVisible(m_pathSeries, !m_arrows->criticalPath().empty());
    for (int m = 0; m < TimelineMarkerCount; ++m)
        setLegendVisible(m_markerSeries[std::size_t(m)], m_model.hasMarker(TimelineMarker(m)));
    m_legendStrip->refresh();
}

void TimelineChart::updateTitle()
{
    const Run *run = m_model.run();
    QString title;
    if (!run) {
        title = tr("No run yet");
    } else {
        const auto id = scenarioFromKey(run->scenario);
        const QString name = id ? translatedScenarioTitle(*id) : run->scenario;
        const int processes = m_model.laneCount();
        if (m_model.isLive())
            title = tr("%1 (processes: %2, running…)").arg(name).arg(processes);
        else
            title = tr("%1 (processes: %2, wall time: %L3 ms)")
                        .arg(name)
                        .arg(processes)
                        .arg(double(run->wallNs) / 1e6, 0, 'f', 1);
    }
    if (m_chart->title() != title)
        m_chart->setTitle(title);
}

void TimelineChart::applyView()
{
    const double beginMs = double(m_mapping.viewBeginNs) / 1e6;
    const double endMs = double(m_mapping.viewEndNs) / 1e6;
    const int maxTicks = std::clamp(int(m_mapping.plotWidth / 75), 2, 16);
    const double step = niceStep(endMs - beginMs, maxTicks);
    const int decimals = std::clamp(int(-std::floor(std::log10(step))), 0, 6);
    const QString format = QStringLiteral("%.%1f").arg(decimals);
    // Each setter re-lays the axis out; a refresh that changed nothing should cost nothing.
    if (m_timeAxis->labelFormat() != format)
        m_timeAxis->setLabelFormat(format);
    if (m_timeAxis->tickInterval() != step)
        m_timeAxis->setTickInterval(step);
    if (m_timeAxis->min() != beginMs || m_timeAxis->max() != endMs)
        m_timeAxis->setRange(beginMs, endMs);
    m_item->update();
    m_arrows->update();
    emit viewChanged(m_mapping.viewBeginNs, m_mapping.viewEndNs);
}

void TimelineChart::onPlotAreaChanged(const QRectF &plotArea)
{
    m_item->setPlotArea(plotArea);
    m_arrows->plotAreaChanged();
    m_mapping.setPlotArea(plotArea.left(), plotArea.width());
    updateLaneFont();
    syncLaneScrollBar();
    applyView();
}

void TimelineChart::setLaneHeight(int px)
{
    if (m_laneHeightBox->value() != px)
        m_laneHeightBox->setValue(px); // comes back here through valueChanged
    if (m_item->layout().fixedLaneHeight() == std::max(px, 0))
        return;
    // Keep the lane at the top of the plot in view.
    const TimelineLaneLayout &layout = m_item->layout();
    const int topRow = layout.firstRowOnScreen();
    m_item->layout().setFixedLaneHeight(std::max(px, 0));
    m_item->layout().setScroll(topRow * layout.laneHeight());
    laneLayoutChanged();
}

void TimelineChart::setLaneFilter(const QString &text)
{
    if (m_filterEdit->text() != text)
        m_filterEdit->setText(text); // comes back here through textChanged
    if (text == m_laneFilter)
        return;
    m_laneFilter = text;
    applyLaneFilter();
    m_item->layout().setScroll(0);
    laneLayoutChanged();
    if (hasTimeRange())
        updateRangeTable();
}

void TimelineChart::applyLaneFilter()
{
    TimelineLaneLayout &layout = m_item->layout();
    const QString needle = m_laneFilter.trimmed();
    if (needle.isEmpty() && m_grouping == LaneGrouping::None) {
        layout.showAllLanes();
        return;
    }
    std::vector<int> shown;
    const QStringList &labels = m_model.laneLabels();
    for (int lane = 0; lane < int(labels.size()); ++lane) {
        if (needle.isEmpty() || labels[lane].contains(needle, Qt::CaseInsensitive))
            shown.push_back(lane);
    }
    if (m_grouping == LaneGrouping::None) {
        layout.setShownLanes(shown);
        return;
    }
    // Groups in the order their first lane comes; a collapsed group is one row.
    std::vector<QString> order;
    std::map<QString, std::vector<int>> members;
    for (int lane : shown) {
        const QString key = groupKey(lane);
        if (!members.count(key))
            order.push_back(key);
        members[key].push_back(lane);
    }
    std::vector<TimelineLaneLayout::Row> rows;
    for (const QString &key : order) {
        const std::vector<int> &lanes = members[key];
        if (m_collapsed.count(key)) {
            rows.push_back({lanes, groupTitle(key, int(lanes.size()))});
            continue;
        }
        for (int lane : lanes)
            rows.push_back({{lane}, QString()});
    }
    layout.setRows(std::move(rows));
}

QString TimelineChart::groupKey(int lane) const
{
    const ProcessRecord *p = m_model.process(lane);
    if (!p)
        return QString();
    switch (m_grouping) {
    case LaneGrouping::None:
        return QString();
    case LaneGrouping::Parent:
        return QString::number(p->parent);
    case LaneGrouping::Host:
        return QStringLiteral("host:") + p->host;
    case LaneGrouping::Runtime:
        return QStringLiteral("runtime:") + p->runtime;
    }
    return QString();
}

QString TimelineChart::groupTitle(const QString &key, int lanes) const
{
    QString name;
    if (m_grouping == LaneGrouping::Parent) {
        const int parent = key.toInt();
        name = tr("started by the lab");
        if (const Run *run = m_model.run()) {
            for (const ProcessRecord &p : run->processes) {
                if (p.id == parent && parent >= 0)
                    name = tr("children of %1").arg(TimelineModel::laneLabel(p));
            }
        }
    } else {
        name = key.section(QLatin1Char(':'), 1);
        if (name.isEmpty())
            name = m_grouping == LaneGrouping::Host ? tr("this machine") : tr("unknown runtime");
    }
    return tr("\u25b8 %1: %n process(es)", nullptr, lanes).arg(name);
}

void TimelineChart::setLaneGrouping(LaneGrouping grouping)
{
    if (m_groupBox->currentIndex() != int(grouping))
        m_groupBox->setCurrentIndex(int(grouping)); // comes back here
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    m_collapsed.clear();
    applyLaneFilter();
    laneLayoutChanged();
    if (hasTimeRange())
        updateRangeTable();
}

void TimelineChart::setGroupCollapsed(const QString &key, bool collapsed)
{
    if (collapsed)
        m_collapsed.insert(key);
    else
        m_collapsed.erase(key);
    applyLaneFilter();
    laneLayoutChanged();
}

void TimelineChart::laneLayoutChanged()
{
    updateLaneFont();
    syncLaneScrollBar();
    m_item->update();
    m_arrows->update();
}

void TimelineChart::scrollLanesBy(double dy)
{
    scrollLanesTo(m_item->layout().scroll() + dy);
}

void TimelineChart::scrollLanesTo(double y)
{
    if (!m_item->layout().setScroll(y))
        return;
    syncLaneScrollBar();
    m_item->update();
    m_arrows->update();
}

void TimelineChart::syncLaneScrollBar()
{
    const TimelineLaneLayout &layout = m_item->layout();
    const int max = int(std::ceil(layout.maxScroll()));
    const QSignalBlocker blocker(m_laneScroll);
    m_laneScroll->setRange(0, max);
    m_laneScroll->setPageStep(std::max(1, int(layout.viewportHeight())));
    m_laneScroll->setSingleStep(std::max(1, int(layout.laneHeight())));
    m_laneScroll->setValue(int(std::lround(layout.scroll())));
    m_laneScroll->setVisible(max > 0);
}

void TimelineChart::selectTimeRange(qint64 beginNs, qint64 endNs)
{
    const qint64 runEnd = std::max(m_model.liveEndNs(), qint64(0));
    m_rangeBeginNs = std::clamp(std::min(beginNs, endNs), qint64(0), runEnd);
    m_rangeEndNs = std::clamp(std::max(beginNs, endNs), qint64(0), runEnd);
    if (!hasTimeRange()) {
        clearTimeRange();
        return;
    }
    updateRangeTable();
}

void TimelineChart::clearTimeRange()
{
    m_rangeBeginNs = m_rangeEndNs = 0;
    m_item->setSelectedRange(0, 0);
    m_rangeLabel->setVisible(false);
    m_rangeClear->setVisible(false);
    m_rangeTable->setVisible(false);
    m_rangeTable->clear();
}

void TimelineChart::updateRangeTable()
{
    // Only the kinds this run has; one row per shown lane.
    std::vector<SpanKind> kinds;
    for (int k = 0; k < SpanKindCount; ++k) {
        if (m_model.hasSpanKind(SpanKind(k)))
            kinds.push_back(SpanKind(k));
    }
    const TimelineLaneLayout &layout = m_item->layout();
    m_rangeTable->setSortingEnabled(false);
    m_rangeTable->clear();
    m_rangeTable->setColumnCount(int(kinds.size()) + 1);
    // Every shown lane, those of collapsed groups too.
    std::vector<int> lanes;
    for (int row = 0; row < layout.rowCount(); ++row) {
        const auto &members = layout.row(row).lanes;
        lanes.insert(lanes.end(), members.begin(), members.end());
    }
    m_rangeTable->setRowCount(int(lanes.size()));
    QStringList headers{tr("process (pid)")};
    for (SpanKind kind : kinds)
        headers << tr("%1 (ms)").arg(ChartPalette::spanKindLabel(kind));
    m_rangeTable->setHorizontalHeaderLabels(headers);
    for (int row = 0; row < int(lanes.size()); ++row) {
        const int lane = lanes[std::size_t(row)];
        m_rangeTable->setItem(row, 0, new QTableWidgetItem(m_model.laneLabels().value(lane)));
        const auto totals = m_model.rangeTotals(lane, m_rangeBeginNs, m_rangeEndNs);
        for (std::size_t c = 0; c < kinds.size(); ++c) {
            auto *item = new QTableWidgetItem;
            // A number, so that the column sorts by value; shown in the locale's format.
            item->setData(Qt::DisplayRole, double(totals[std::size_t(kinds[c])]) / 1e6);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_rangeTable->setItem(row, int(c) + 1, item);
        }
    }
    m_rangeTable->setSortingEnabled(true);
    m_rangeTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_rangeLabel->setText(tr("Selected %L1 to %L2 ms (%L3 ms): time per process in this range")
                              .arg(double(m_rangeBeginNs) / 1e6, 0, 'f', 2)
                              .arg(double(m_rangeEndNs) / 1e6, 0, 'f', 2)
                              .arg(double(m_rangeEndNs - m_rangeBeginNs) / 1e6, 0, 'f', 2));
    m_item->setSelectedRange(m_rangeBeginNs, m_rangeEndNs);
    m_rangeLabel->setVisible(true);
    m_rangeClear->setVisible(true);
    m_rangeTable->setVisible(true);
}

TimelineHit TimelineChart::hitTest(const QPointF &chartPos) const
{
    return m_item->hitTest(chartPos);
}

QString TimelineChart::toolTipAt(const QPointF &chartPos) const
{
    return m_item->toolTip(m_item->hitTest(chartPos));
}

QRectF TimelineChart::laneRect(int lane) const
{
    return m_item->laneRect(lane);
}

} // namespace proclab
