// SPDX-License-Identifier: MIT
#include "speedupchart.h"

#include "chartpalette.h"
#include "chartstyle.h"
#include "parameters.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QJsonArray>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QThread>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <vector>

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

const QColor kPythonColor(0xee, 0x77, 0x33);           // Tol vibrant orange
const QColor kPythonEfficiencyColor(0x44, 0xaa, 0x99); // Tol muted teal

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

    // Same colour-blind-safe hues as the timeline; measured data solid, references dashed. The
    // Python curve of a sweep of both runtimes: Tol's orange and teal, apart from every other hue.
    m_ideal = makeSeries("ideal", QColor(0x77, 0x77, 0x77), Qt::DashLine, 1.5, false);
    m_coresLine = makeSeries("cores", ChartPalette::markerColor(TimelineMarker::ExitKilled),
                             Qt::DotLine, 2, false);
    m_curves[0].amdahl = makeSeries("amdahl", ChartPalette::spanColor(SpanKind::LockHold),
                                    Qt::DashDotLine, 2, false);
    m_curves[0].measured =
        makeSeries("measured", ChartPalette::spanColor(SpanKind::Work), Qt::SolidLine, 2.5, true);
    m_curves[0].efficiency =
        makeSeries("efficiency", ChartPalette::spanColor(SpanKind::Task), Qt::SolidLine, 1.5, true);
    m_curves[1].amdahl = makeSeries("amdahl-python", kPythonColor, Qt::DashDotDotLine, 1.5, false);
    m_curves[1].measured = makeSeries("measured-python", kPythonColor, Qt::SolidLine, 2.5, true);
    m_curves[1].efficiency =
        makeSeries("efficiency-python", kPythonEfficiencyColor, Qt::SolidLine, 1.5, true);
    arrangeSeries(1);
    for (int c = 0; c < 2; ++c) {
        for (QLineSeries *series : {m_curves[c].measured, m_curves[c].efficiency}) {
            connect(series, &QLineSeries::hovered, this, [this, c](const QPointF &point, bool on) {
                if (!on)
                    return QToolTip::hideText();
                QToolTip::showText(QCursor::pos(), pointToolTip(c, int(std::lround(point.x()))),
                                   m_view);
            });
        }
    }

    connect(m_chart, &QChart::geometryChanged, this, [this] { ChartStyle::placeLegend(m_chart); });
    m_view = new QChartView(m_chart, this);
    ChartStyle::applyTo(m_view);
    m_view->setRenderHint(QPainter::Antialiasing, true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    retranslate();
}

SpeedupChart::~SpeedupChart()
{
    // The chart owns the series it holds (and goes with the view); the rest are ours.
    for (const Curve &curve : m_curves) {
        for (QLineSeries *series : {curve.measured, curve.efficiency, curve.amdahl}) {
            if (!m_chart->series().contains(series))
                delete series;
        }
    }
}

void SpeedupChart::arrangeSeries(int curves)
{
    if (curves == m_curveCount)
        return;
    for (QAbstractSeries *series : m_chart->series())
        m_chart->removeSeries(series); // back to us, axes detached
    // Legend order: the references, then each curve's speedup and efficiency.
    QList<QLineSeries *> order{m_ideal};
    for (int i = 0; i < curves; ++i)
        order << m_curves[i].amdahl;
    order << m_coresLine;
    for (int i = 0; i < curves; ++i)
        order << m_curves[i].measured << m_curves[i].efficiency;
    for (QLineSeries *series : order) {
        m_chart->addSeries(series);
        series->attachAxis(m_workersAxis);
        const bool efficiency =
            series == m_curves[0].efficiency || series == m_curves[1].efficiency;
        series->attachAxis(efficiency ? m_efficiencyAxis : m_speedupAxis);
    }
    m_curveCount = curves;
}

QString SpeedupChart::pointToolTip(int curve, int workers) const
{
    if (curve < 0 || curve >= m_curveCount)
        return {};
    for (const QJsonValue &value : m_curves[curve].points) {
        const QJsonObject p = value.toObject();
        if (p.value(QStringLiteral("workers")).toInt() != workers)
            continue;
        return tr("%n worker(s): %1 ms, speedup %L2×, efficiency %L3 %", nullptr, workers)
            .arg(QLocale().toString(p.value(QStringLiteral("wall_ns")).toDouble() / 1e6, 'f', 1))
            .arg(p.value(QStringLiteral("speedup")).toDouble(), 0, 'f', 2)
            .arg(p.value(QStringLiteral("efficiency")).toDouble() * 100, 0, 'f', 0);
    }
    return {};
}

QString SpeedupChart::curveRuntime(int curve) const
{
    return curve >= 0 && curve < m_curveCount ? m_curves[curve].runtime : QString();
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
    // Short: at 1024x700 the chart is ~200 px tall and its legend one row; the chart's tooltip
    // says the rest.
    m_speedupAxis->setTitleText(tr("speedup (×)"));
    m_efficiencyAxis->setTitleText(tr("efficiency (%)"));
    m_ideal->setName(tr("ideal"));
    rebuild(); // the title, the curves' names and the Amdahl and cores entries carry numbers
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
    // The curves the sweep holds: "points" (C++, or Python when the sweep ran Python only), and
    // for a sweep of both runtimes the Python curve in "python" (see Sweep).
    const QString sweepRuntime = m_sweep.value(QStringLiteral("runtime")).toString();
    struct Source
    {
        QJsonArray points;
        QJsonValue fraction;
        QString runtime;
        QJsonObject fit; // absent in files from before the fit was limited to the cores
    };
    std::vector<Source> sources;
    sources.push_back({m_sweep.value(QStringLiteral("points")).toArray(),
                       m_sweep.value(QStringLiteral("serial_fraction")),
                       sweepRuntime == QLatin1String("python")
                           ? QStringLiteral("python")
                           : (sweepRuntime.isEmpty() ? QString() : QStringLiteral("cpp")),
                       m_sweep.value(QStringLiteral("fit")).toObject()});
    const QJsonObject python = m_sweep.value(QStringLiteral("python")).toObject();
    if (!python.isEmpty())
        sources.push_back({python.value(QStringLiteral("points")).toArray(),
                           python.value(QStringLiteral("serial_fraction")),
                           QStringLiteral("python"),
                           python.value(QStringLiteral("fit")).toObject()});
    arrangeSeries(int(sources.size()));
    // Two curves make eight legend entries: a column beside the plot keeps them readable where a
    // row below would elide them; one curve's five may not fit a row either (in German, French).
    const QString startMethod = m_sweep.value(QStringLiteral("start_method")).toString();
    // Who ran a curve, for its legend entries (the start method only where there is room).
    const auto who = [&startMethod](const QString &runtime, bool withMethod = true) {
        if (runtime == QLatin1String("python"))
            return startMethod.isEmpty() || !withMethod ? tr("Python")
                                                        : tr("Python, %1").arg(startMethod);
        return runtime == QLatin1String("cpp") ? tr("C++") : QString();
    };

    double maxWorkers = m_cores;
    double maxSpeedup = 1;
    double maxEfficiency = 100;
    for (size_t c = 0; c < sources.size(); ++c) {
        QList<QPointF> measured;
        QList<QPointF> efficiency;
        for (const QJsonValue &value : sources[c].points) {
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
        const auto byWorkers = [](QPointF a, QPointF b) { return a.x() < b.x(); };
        std::sort(measured.begin(), measured.end(), byWorkers);
        std::sort(efficiency.begin(), efficiency.end(), byWorkers);
        Curve &curve = m_curves[c];
        curve.runtime = sources[c].runtime;
        curve.points = sources[c].points;
        curve.measured->replace(measured);
        curve.efficiency->replace(efficiency);
        const QString name = who(curve.runtime);
        if (name.isEmpty()) {
            curve.measured->setName(tr("speedup"));
            curve.efficiency->setName(tr("efficiency"));
        } else {
            curve.measured->setName(tr("speedup, %1").arg(name));
            curve.efficiency->setName(tr("efficiency, %1 (right axis)").arg(name));
        }
    }
    const double xMax = std::max(2.0, maxWorkers);
    // Ideal speedup climbs to xMax; cut the axis a little above what was measured instead when
    // that is far below, or the measured curve would be a flat line at the bottom.
    const double yMax =
        std::ceil(std::max(maxSpeedup * 1.15, std::min(xMax, maxSpeedup * 2.5)) * 2) / 2;
    m_ideal->replace({QPointF(0, 0), QPointF(xMax, xMax)});

    for (size_t c = 0; c < sources.size(); ++c) {
        Curve &curve = m_curves[c];
        // Two curves: each Amdahl entry says whose serial fraction it is.
        const QString name = sources.size() > 1 ? who(curve.runtime, false) : QString();
        const QJsonValue fraction = sources[c].fraction;
        QList<QPointF> amdahl;
        if (fraction.isDouble() && std::isfinite(fraction.toDouble())) {
            // The estimate leaves [0, 1] when runs got slower (or superlinear); the label shows it
            // as measured, the curve uses the nearest meaningful fraction.
            const double estimate = fraction.toDouble();
            const double f = std::clamp(estimate, 0.0, 1.0);
            // Sampled between integer worker counts too: the law is a smooth curve.
            for (double p = 1; p <= xMax + 1e-9; p += 0.125)
                amdahl << QPointF(p, 1.0 / (f + (1.0 - f) / p));
            const QJsonObject &fit = sources[c].fit;
            const int fittedUpTo = fit.value(QStringLiteral("max_workers")).toInt();
            const double miss = fit.value(QStringLiteral("rms_residual")).toDouble(std::nan(""));
            if (fittedUpTo <= 0 || !std::isfinite(miss))
                curve.amdahl->setName(
                    name.isEmpty()
                        ? tr("Amdahl's law, serial fraction %L1 (Karp–Flatt)")
                              .arg(estimate, 0, 'f', 3)
                        : tr("Amdahl, %1: serial fraction %L2").arg(name).arg(estimate, 0, 'f', 3));
            else
                // Fitted on the points up to the cores only: beyond them runs share cores and
                // measure oversubscription, not the program's serial part.
                curve.amdahl->setName(name.isEmpty()
                                          ? tr("Amdahl f = %L1 (≤ %2 workers, miss %L3)")
                                                .arg(estimate, 0, 'f', 3)
                                                .arg(fittedUpTo)
                                                .arg(miss, 0, 'f', 2)
                                          : tr("Amdahl, %1: %L2 on ≤ %3 workers, miss %L4")
                                                .arg(name)
                                                .arg(estimate, 0, 'f', 3)
                                                .arg(fittedUpTo)
                                                .arg(miss, 0, 'f', 2));
        } else {
            curve.amdahl->setName(name.isEmpty()
                                      ? tr("Amdahl's law (needs two worker counts)")
                                      : tr("Amdahl, %1: needs two worker counts").arg(name));
        }
        curve.amdahl->replace(amdahl);
    }
    m_coresLine->replace({QPointF(m_cores, 0), QPointF(m_cores, yMax)});
    m_coresLine->setName(tr("%n core(s)", nullptr, m_cores));

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
    QString title = scenario.isEmpty() ? tr("Speedup against worker count")
                                       : tr("%1: speedup against worker count").arg(scenario);
    if (sources.size() > 1)
        title = tr("%1, C++ and Python").arg(title);
    else if (!who(sources.front().runtime).isEmpty())
        title = tr("%1 (%2)").arg(title, who(sources.front().runtime));
    m_chart->setTitle(title);
    ChartStyle::placeLegend(m_chart);
}

} // namespace proclab
