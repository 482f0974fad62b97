// SPDX-License-Identifier: MIT
#include "sweeppanel.h"

#include "speedupchart.h"
#include "sweep.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace proclab {

namespace {
constexpr int kMaxSweepWorkers = 64;
// Each run's work by default: 64 tasks of 200,000 items take about half a second on one worker
// of this kind of machine, long against a process start, short enough for a sweep to 2x cores.
constexpr int kDefaultSweepTasks = 64;
constexpr int kDefaultSweepWorkload = 200'000;
} // namespace

SweepPanel::SweepPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    // Two rows that fit a 1024 px window in German and French too: the worker range with Run and
    // Stop, then each run's work with Export (spin boxes only: sliders made the rows too wide).
    auto *range = new QHBoxLayout;
    const int suggested = std::clamp(2 * QThread::idealThreadCount(), 2, kMaxSweepWorkers);
    addRangeEnd(range, m_fromLabel, m_fromSpin, 1);
    addRangeEnd(range, m_toLabel, m_toSpin, suggested);
    // An empty range cannot be swept: keep from ≤ to whichever end the user moves.
    connect(m_fromSpin, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_toSpin->value() < v)
            m_toSpin->setValue(v);
    });
    connect(m_toSpin, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_fromSpin->value() > v)
            m_fromSpin->setValue(v);
    });
    m_startButton = new QPushButton(QIcon(QStringLiteral(":/icons/sweep.svg")), QString(), this);
    m_stopButton = new QPushButton(QIcon(QStringLiteral(":/icons/stop.svg")), QString(), this);
    m_exportButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/export-chart.svg")), QString(), this);
    range->addSpacing(8);
    range->addWidget(m_startButton);
    range->addWidget(m_stopButton);
    range->addStretch(1);
    layout->addLayout(range);
    // The work of each run, from the Pool's own parameter ranges.
    const ScenarioParameters pool(ScenarioId::Pool);
    const ParamSpec &tasks = *pool.spec(Param::Tasks);
    const ParamSpec &workload = *pool.spec(Param::Workload);
    auto *work = new QHBoxLayout;
    m_workLabel = new QLabel(this);
    m_timesLabel = new QLabel(this);
    m_tasksSpin = new QSpinBox(this);
    m_tasksSpin->setRange(int(std::max<qint64>(1, tasks.min)), int(tasks.max));
    m_tasksSpin->setValue(kDefaultSweepTasks);
    m_workloadSpin = new QSpinBox(this);
    m_workloadSpin->setRange(int(workload.min), int(workload.max));
    m_workloadSpin->setValue(std::min(kDefaultSweepWorkload, int(workload.max)));
    for (QSpinBox *spin : {m_tasksSpin, m_workloadSpin})
        spin->setGroupSeparatorShown(true);
    m_workLabel->setBuddy(m_tasksSpin);
    work->addWidget(m_workLabel);
    work->addWidget(m_tasksSpin);
    work->addWidget(m_timesLabel);
    work->addWidget(m_workloadSpin);
    work->addSpacing(8);
    work->addWidget(m_exportButton);
    work->addStretch(1);
    layout->addLayout(work);
    m_chart = new SpeedupChart(this);
    m_chart->setCores(QThread::idealThreadCount());
    m_chart->setMinimumHeight(210); // the whole window must still fit 1024x700
    layout->addWidget(m_chart, 1);
    connect(m_startButton, &QPushButton::clicked, this, &SweepPanel::startRequested);
    connect(m_stopButton, &QPushButton::clicked, this, &SweepPanel::stop);
    connect(m_exportButton, &QPushButton::clicked, this, &SweepPanel::exportRequested);
    retranslate();
    updateButtons();
}

SweepPanel::~SweepPanel() = default;

void SweepPanel::addRangeEnd(QHBoxLayout *row, QLabel *&label, QSpinBox *&spin, int value)
{
    label = new QLabel(this);
    spin = new QSpinBox(this);
    spin->setRange(1, kMaxSweepWorkers);
    spin->setValue(value);
    label->setBuddy(spin);
    row->addWidget(label);
    row->addWidget(spin);
}

void SweepPanel::start(const ScenarioParameters &base)
{
    if (m_sweeping)
        return;
    // The sweep follows the tab's Runtime: C++, Python, or each worker count on both (two curves),
    // and chunk size; the work of each run is the sweep's own.
    ScenarioParameters parameters = base;
    parameters.set(Param::Tasks, m_tasksSpin->value());
    parameters.set(Param::Workload, m_workloadSpin->value());
    m_sweep = std::make_unique<Sweep>(parameters, m_fromSpin->value(), m_toSpin->value());
    connect(m_sweep.get(), &Sweep::pointAdded, this, [this](int workers, RuntimeChoice runtime) {
        m_chart->setSweep(m_sweep->toJson());
        setStatus(m_sweep->seriesRuntimes().size() > 1
                      ? tr("Sweep: measured %1 worker(s) on %2.")
                            .arg(workers)
                            .arg(Sweep::runtimeTitle(runtime))
                      : tr("Sweep: measured %1 worker(s).").arg(workers));
    });
    connect(m_sweep.get(), &Sweep::finished, this, [this] {
        m_sweeping = false;
        m_chart->setSweep(m_sweep->toJson());
        QStringList counts;
        for (RuntimeChoice runtime : m_sweep->seriesRuntimes())
            counts << tr("%1: %n point(s)", nullptr, int(m_sweep->points(runtime).size()))
                          .arg(Sweep::runtimeTitle(runtime));
        const QString done =
            m_sweep->seriesRuntimes().size() > 1
                ? tr("Sweep finished: %1.").arg(counts.join(QStringLiteral(", ")))
                : tr("Sweep finished: %n point(s).", nullptr, int(m_sweep->points().size())) +
                      summary();
        setStatus(m_sweep->errors().isEmpty()
                      ? done
                      : tr("Sweep finished with errors: %1")
                            .arg(m_sweep->errors().join(QStringLiteral("; "))));
        updateButtons();
        emit runningChanged(false);
        emit finished();
    });
    m_sweeping = true;
    const RuntimeChoice runtime = m_sweep->runtime();
    setStatus(runtime == RuntimeChoice::Both
                  ? tr("Sweep: running %1 to %2 workers, each on C++ and then on Python, one run "
                       "after another…")
                        .arg(m_fromSpin->value())
                        .arg(m_toSpin->value())
                  : tr("Sweep: running %1 to %2 workers on %3, one run after another…")
                        .arg(m_fromSpin->value())
                        .arg(m_toSpin->value())
                        .arg(Sweep::runtimeTitle(runtime)));
    m_sweep->start();
    updateButtons();
    emit runningChanged(true);
}

// The best point and the fit, for the status line of a finished single-curve sweep.
QString SweepPanel::summary() const
{
    const std::vector<SweepPoint> &points = m_sweep->points();
    if (points.empty())
        return {};
    const auto best = std::max_element(
        points.begin(), points.end(),
        [](const SweepPoint &a, const SweepPoint &b) { return a.speedup < b.speedup; });
    QString text =
        QLatin1Char(' ') + tr("Best speedup %L1× at %n worker(s).", nullptr, best->workers)
                               .arg(best->speedup, 0, 'f', 2);
    const AmdahlFit &fit = m_sweep->fit();
    if (!std::isnan(fit.serialFraction))
        text +=
            QLatin1Char(' ') + tr("Serial fraction %L1, fitted on up to %2 worker(s) (the cores).")
                                   .arg(fit.serialFraction, 0, 'f', 3)
                                   .arg(fit.maxWorkers);
    return text;
}

void SweepPanel::stop()
{
    if (m_sweeping)
        m_sweep->stop();
}

void SweepPanel::setStartEnabled(bool enabled)
{
    m_startEnabled = enabled;
    updateButtons();
}

void SweepPanel::updateButtons()
{
    m_startButton->setEnabled(m_startEnabled && !m_sweeping);
    m_stopButton->setEnabled(m_sweeping);
    m_fromSpin->setEnabled(!m_sweeping);
    m_tasksSpin->setEnabled(!m_sweeping);
    m_workloadSpin->setEnabled(!m_sweeping);
    m_toSpin->setEnabled(!m_sweeping);
}

void SweepPanel::setStatus(const QString &status)
{
    m_status = status;
    emit statusChanged(status);
}

void SweepPanel::saveSettings(QSettings &settings, const QString &prefix) const
{
    settings.setValue(prefix + QStringLiteral("sweepFrom"), m_fromSpin->value());
    settings.setValue(prefix + QStringLiteral("sweepTo"), m_toSpin->value());
    settings.setValue(prefix + QStringLiteral("sweepTasks"), m_tasksSpin->value());
    settings.setValue(prefix + QStringLiteral("sweepWorkload"), m_workloadSpin->value());
}

void SweepPanel::loadSettings(const QSettings &settings, const QString &prefix)
{
    m_fromSpin->setValue(
        settings.value(prefix + QStringLiteral("sweepFrom"), m_fromSpin->value()).toInt());
    m_toSpin->setValue(
        settings.value(prefix + QStringLiteral("sweepTo"), m_toSpin->value()).toInt());
    m_tasksSpin->setValue(
        settings.value(prefix + QStringLiteral("sweepTasks"), m_tasksSpin->value()).toInt());
    m_workloadSpin->setValue(
        settings.value(prefix + QStringLiteral("sweepWorkload"), m_workloadSpin->value()).toInt());
}

void SweepPanel::retranslate()
{
    m_fromLabel->setText(tr("Workers &from:"));
    m_toLabel->setText(tr("t&o:"));
    const QString fromTip = tr("Fewest workers of the sweep");
    const QString toTip = tr("Most workers of the sweep");
    m_fromSpin->setToolTip(fromTip);
    m_toSpin->setToolTip(toTip);
    m_workLabel->setText(tr("Each run: &tasks"));
    m_timesLabel->setText(tr("× items"));
    m_tasksSpin->setToolTip(tr("How many squares each run of the sweep maps (the tab's Tasks "
                               "is for single runs)"));
    m_workloadSpin->setToolTip(tr("Items of work per task: enough that a run lasts far longer "
                                  "than starting its processes, or the curve measures the "
                                  "start-up"));
    m_workloadSpin->setSuffix(QString());
    m_startButton->setText(tr("Run &sweep"));
    m_startButton->setToolTip(
        tr("Run the pool once per worker count, one run after another, and plot speedup and "
           "efficiency; with the runtime \"both\", each count on C++ and then on Python, two "
           "curves"));
    m_stopButton->setText(tr("Stop sweep"));
    m_stopButton->setToolTip(tr("Stop after the current run of the sweep"));
    // Icon only (the toolbar's Export Chart says it in words): the row must fit 1024 px in
    // German and French.
    m_exportButton->setAccessibleName(tr("Export chart…"));
    m_exportButton->setToolTip(tr("Save the speedup chart as PNG, SVG or PDF"));
    m_chart->setToolTip(
        tr("Measured speedup over one worker (left axis) and efficiency (right axis; C++ and "
           "Python curves for the runtime \"both\"), the ideal line (speedup = workers) and "
           "Amdahl's curve for the Karp–Flatt serial fraction f, fitted on the worker counts up "
           "to the cores (\"miss\": its RMS distance from those points); the dotted line marks "
           "the cores. Hover a point for its numbers."));
}

void SweepPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace proclab
