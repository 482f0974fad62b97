// SPDX-License-Identifier: MIT
#include "speedupchart.h"

#include "chartpalette.h"
#include "chartstyle.h"
#include "parameters.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QJsonArray>
#include <QLegend>
#include <QLineSeries>
#include <QThread>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace proclab {

namespace {

QLineSeries *makeSeries(const char *role, const QColor &color, Qt::PenStyle style, double width,
                        bool points)
{
    auto *series = new QLineSeries;
    series->setObjectName(QLatin1String(role));
    QPen pen(color, width, style);
    pen.setCapStyle(Qt::RoundCap);
    series->setPen(pen);
    series->setPointsVisible(points);
    return series;
}

} // namespace

SpeedupChart::SpeedupChart(QWidget *parent)
    : QWidget(parent)
    , m_cores(QThread::idealThreadCount())
    , m_chart(new QChart)
{
    ChartStyle::applyTo(m_chart);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);

    m_workersAxis = new QValueAxis;
    m_workersAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_workersAxis->setTickType(QValueAxis::TicksDynamic);
    m_workersAxis->setTickAnchor(0);
    m_workersAxis->setTickInterval(1);
    m_speedupAxis = new QValueAxis;
    m_speedupAxis->setLabelFormat(QStringLiteral("%.1f"));
    m_efficiencyAxis = new QValueAxis;
    m_efficiencyAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_efficiencyAxis->setGridLineVisible(false);
    for (QValueAxis *axis : {m_workersAxis, m_speedupAxis, m_efficiencyAxis})
        ChartStyle::applyTo(axis);
    m_chart->addAxis(m_workersAxis, Qt::AlignBottom);
    m_chart->addAxis(m_speedupAxis, Qt::AlignLeft);
    m_chart->addAxis(m_efficiencyAxis, Qt::AlignRight);

    // Same colour-blind-safe hues as the timeline; measured data solid, references dashed.
    m_ideal = makeSeries("ideal", QColor(0x77, 0x77, 0x77), Qt::DashLine, 1.5, false);
    m_amdahl = makeSeries("amdahl", ChartPalette::spanColor(SpanKind::LockHold), Qt::DashDotLine, 2,
                          false);
    m_measured =
        makeSeries("measured", ChartPalette::spanColor(SpanKind::Work), Qt::SolidLine, 2.5, true);
    m_efficiency =
        makeSeries("efficiency", ChartPalette::spanColor(SpanKind::Task), Qt::SolidLine, 1.5, true);
    m_coresLine = makeSeries("cores", ChartPalette::markerColor(TimelineMarker::ExitKilled),
                             Qt::DotLine, 2, false);
    for (QLineSeries *series : {m_ideal, m_amdahl, m_coresLine, m_measured, m_efficiency}) {
        m_chart->addSeries(series);
        series->attachAxis(m_workersAxis);
        series->attachAxis(series == m_efficiency ? m_efficiencyAxis : m_speedupAxis);
    }

    m_view = new QChartView(m_chart, this);
    ChartStyle::applyTo(m_view);
    m_view->setRenderHint(QPainter::Antialiasing, true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    retranslate();
}

void SpeedupChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SpeedupChart::retranslate()
{
    m_view->setAccessibleName(tr("Speedup chart"));
    m_workersAxis->setTitleText(tr("worker processes"));
    m_speedupAxis->setTitleText(tr("speedup over one worker (×)"));
    m_efficiencyAxis->setTitleText(tr("efficiency (%)"));
    m_ideal->setName(tr("ideal (speedup = workers)"));
    m_measured->setName(tr("measured speedup"));
    m_efficiency->setName(tr("efficiency (right axis)"));
    rebuild(); // the title and the Amdahl and cores entries carry numbers
}

void SpeedupChart::setSweep(const QJsonObject &sweep)
{
    m_sweep = sweep;
    rebuild();
}

void SpeedupChart::setCores(int cores)
{
    m_cores = std::max(1, cores);
    rebuild();
}

void SpeedupChart::rebuild()
{
    QList<QPointF> measured;
    QList<QPointF> efficiency;
    double maxWorkers = m_cores;
    double maxSpeedup = 1;
    double maxEfficiency = 100;
    const QJsonArray points = m_sweep.value(QStringLiteral("points")).toArray();
    for (const QJsonValue &value : points) {
        const QJsonObject p = value.toObject();
        const double workers = p.value(QStringLiteral("workers")).toDouble();
        const double s = p.value(QStringLiteral("speedup")).toDouble();
        const double e = p.value(QStringLiteral("efficiency")).toDouble() * 100;
        if (!(workers > 0) || !std::isfinite(s) || !std::isfinite(e))
            continue;
        measured << QPointF(workers, s);
        efficiency << QPointF(workers, e);
        maxWorkers = std::max(maxWorkers, workers);
        maxSpeedup = std::max(maxSpeedup, s);
        maxEfficiency = std::max(maxEfficiency, e);
    }
    std::sort(measured.begin(), measured.end(), [](QPointF a, QPointF b) { return a.x() < b.x(); });
    std::sort(efficiency.begin(), efficiency.end(),
              [](QPointF a, QPointF b) { return a.x() < b.x(); });
    const double xMax = std::max(2.0, maxWorkers);
    // Ideal speedup climbs to xMax; cut the axis a little above what was measured instead when
    // that is far below, or the measured curve would be a flat line at the bottom.
    const double yMax =
        std::ceil(std::max(maxSpeedup * 1.15, std::min(xMax, maxSpeedup * 2.5)) * 2) / 2;

    m_measured->replace(measured);
    m_efficiency->replace(efficiency);
    m_ideal->replace({QPointF(0, 0), QPointF(xMax, xMax)});

    const QJsonValue fraction = m_sweep.value(QStringLiteral("serial_fraction"));
    QList<QPointF> amdahl;
    if (fraction.isDouble() && std::isfinite(fraction.toDouble())) {
        // The estimate leaves [0, 1] when runs got slower (or superlinear); the label shows it as
        // measured, the curve uses the nearest meaningful fraction.
        const double estimate = fraction.toDouble();
        const double f = std::clamp(estimate, 0.0, 1.0);
        // Sampled between integer worker counts too: the law is a smooth curve.
        for (double p = 1; p <= xMax + 1e-9; p += 0.125)
            amdahl << QPointF(p, 1.0 / (f + (1.0 - f) / p));
        m_amdahl->setName(
            tr("Amdahl's law, serial fraction %L1 (Karp–Flatt)").arg(estimate, 0, 'f', 3));
    } else {
        m_amdahl->setName(tr("Amdahl's law (needs two worker counts)"));
    }
    m_amdahl->replace(amdahl);
    m_coresLine->replace({QPointF(m_cores, 0), QPointF(m_cores, yMax)});
    m_coresLine->setName(tr("cores on this machine: %1").arg(m_cores));

    m_workersAxis->setRange(0, xMax + 0.5);
    m_workersAxis->setTickInterval(xMax > 16 ? std::ceil(xMax / 16) : 1);
    m_speedupAxis->setRange(0, yMax);
    m_speedupAxis->setTickCount(std::clamp(int(yMax * 2) + 1, 3, 11));
    // Own ticks at round percentages; only the speedup axis draws grid lines, so the two scales
    // need not line up.
    const double efficiencyMax = std::ceil(maxEfficiency * 1.1 / 20) * 20;
    m_efficiencyAxis->setRange(0, efficiencyMax);
    m_efficiencyAxis->setTickCount(int(efficiencyMax / 20) + 1);

    QString scenario = m_sweep.value(QStringLiteral("scenario")).toString();
    if (const auto id = scenarioFromKey(scenario))
        scenario = translatedScenarioTitle(*id);
    m_chart->setTitle(scenario.isEmpty() ? tr("Speedup against worker count")
                                         : tr("%1: speedup against worker count").arg(scenario));
}

} // namespace proclab
