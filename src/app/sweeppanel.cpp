// SPDX-License-Identifier: MIT
#include "sweeppanel.h"

#include "speedupchart.h"
#include "sweep.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>
#include <algorithm>

namespace proclab {

namespace {
constexpr int kMaxSweepWorkers = 64;
} // namespace

SweepPanel::SweepPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    // The worker range on one row, the buttons on the next: in one row together they made the
    // whole window at least 1,100 px wide.
    auto *row = new QHBoxLayout;
    const int suggested = std::clamp(2 * QThread::idealThreadCount(), 2, kMaxSweepWorkers);
    addRangeEnd(row, m_fromLabel, m_fromSlider, m_fromSpin, 1);
    addRangeEnd(row, m_toLabel, m_toSlider, m_toSpin, suggested);
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
    layout->addLayout(row);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_exportButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
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

void SweepPanel::addRangeEnd(QHBoxLayout *row, QLabel *&label, QSlider *&slider, QSpinBox *&spin,
                             int value)
{
    label = new QLabel(this);
    slider = new QSlider(Qt::Horizontal, this);
    slider->setRange(1, kMaxSweepWorkers);
    slider->setMinimumWidth(60);
    spin = new QSpinBox(this);
    spin->setRange(1, kMaxSweepWorkers);
    connect(slider, &QSlider::valueChanged, spin, &QSpinBox::setValue);
    connect(spin, &QSpinBox::valueChanged, slider, &QSlider::setValue);
    spin->setValue(value);
    label->setBuddy(spin);
    row->addWidget(label);
    row->addWidget(slider, 1);
    row->addWidget(spin);
}

void SweepPanel::start(const ScenarioParameters &base)
{
    if (m_sweeping)
        return;
    // The sweep follows the tab's Runtime: C++, Python, or each worker count on both (two curves).
    m_sweep = std::make_unique<Sweep>(base, m_fromSpin->value(), m_toSpin->value());
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
                : tr("Sweep finished: %n point(s).", nullptr, int(m_sweep->points().size()));
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
    m_toSpin->setEnabled(!m_sweeping);
    m_fromSlider->setEnabled(!m_sweeping);
    m_toSlider->setEnabled(!m_sweeping);
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
}

void SweepPanel::loadSettings(const QSettings &settings, const QString &prefix)
{
    m_fromSpin->setValue(
        settings.value(prefix + QStringLiteral("sweepFrom"), m_fromSpin->value()).toInt());
    m_toSpin->setValue(
        settings.value(prefix + QStringLiteral("sweepTo"), m_toSpin->value()).toInt());
}

void SweepPanel::retranslate()
{
    m_fromLabel->setText(tr("Workers &from:"));
    m_toLabel->setText(tr("t&o:"));
    const QString fromTip = tr("Fewest workers of the sweep");
    const QString toTip = tr("Most workers of the sweep");
    m_fromSpin->setToolTip(fromTip);
    m_fromSlider->setToolTip(fromTip);
    m_toSpin->setToolTip(toTip);
    m_toSlider->setToolTip(toTip);
    m_startButton->setText(tr("Run &sweep"));
    m_startButton->setToolTip(
        tr("Run the pool once per worker count, one run after another, and plot speedup and "
           "efficiency; with the runtime \"both\", each count on C++ and then on Python, two "
           "curves"));
    m_stopButton->setText(tr("Stop sweep"));
    m_stopButton->setToolTip(tr("Stop after the current run of the sweep"));
    m_exportButton->setText(tr("Export chart…"));
    m_exportButton->setToolTip(tr("Save the speedup chart as PNG, SVG or PDF"));
    m_chart->setToolTip(
        tr("Measured speedup and efficiency (C++ and Python curves for the runtime \"both\"), "
           "the ideal line and Amdahl's curve for the Karp–Flatt serial fraction; the dashed "
           "line marks the cores"));
}

void SweepPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace proclab
