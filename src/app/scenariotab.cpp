// SPDX-License-Identifier: MIT
#include "scenariotab.h"

#include "chartexport.h"
#include "chartexportdialog.h"
#include "codepanel.h"
#include "exporters.h"
#include "exportlocation.h"
#include "ipcobjectmodel.h"
#include "lifecyclescenarios.h"
#include "parameterpanel.h"
#include "processtablemodel.h"
#include "run.h"
#include "runcontroller.h"
#include "scenario.h"
#include "speedupchart.h"
#include "sweep.h"
#include "sweeppanel.h"
#include "timelinechart.h"
#include "ui_scenariotab.h"
#include "waitspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <csignal>

namespace proclab {

namespace {

constexpr int kRefreshMs = 33; // ~30 Hz: smooth to the eye, cheap for the GUI thread
constexpr int kStatusMs = 250; // the status line while a run goes
// Work split off an update (sizing the table's columns) waits this long, so that the repaint the
// update posted goes first, in an event of its own.
constexpr int kApartMs = 8;

QString seconds(qint64 ns)
{
    return QLocale().toString(double(ns) / 1e9, 'f', 2);
}

QString milliseconds(qint64 ns)
{
    return QLocale().toString(double(ns) / 1e6, 'f', 0);
}

void showError(QWidget *parent, const QString &title, const QString &text)
{
    // open(), not exec(): the runs keep being served while the message is up.
    auto *box = new QMessageBox(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

ScenarioTab::ScenarioTab(ScenarioId scenario, QWidget *parent)
    : QWidget(parent)
    , m_scenario(scenario)
    , m_ui(std::make_unique<Ui::ScenarioTab>())
{
    m_ui->setupUi(this);
    setObjectName(key());
    m_available = hasScenarioRunner(scenario);
    m_controller = new RunController(this);
    connect(m_controller, &RunController::changed, this, [this] { m_dirty = true; });
    connect(m_controller, &RunController::finished, this, &ScenarioTab::onFinished);
    connect(m_controller, &RunController::signalSent, this, &ScenarioTab::onSignalSent);

    m_panel = new ParameterPanel(scenario, m_ui->parametersGroup);
    m_ui->parametersLayout->addWidget(m_panel);
    connect(m_panel, &ParameterPanel::parametersChanged, this, &ScenarioTab::updateButtons);

    m_timeline = new TimelineChart(m_ui->timelineContainer);
    m_timeline->setMinimumHeight(220);
    m_ui->timelineLayout->addWidget(m_timeline, 1);

    m_model = new ProcessTableModel(this);
    m_ui->processTable->setModel(m_model);
    // Only the Barrier & Lock scenario waits at a barrier or for a lock, and only it holds one:
    // elsewhere those columns would be a row of zeros taking the room Name and State need.
    const bool waits = m_scenario == ScenarioId::Barrier;
    m_ui->processTable->setColumnHidden(ProcessTableModel::Waiting, !waits);
    m_ui->processTable->setColumnHidden(ProcessTableModel::Holding, !waits);
    m_ui->processTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->processTable->horizontalHeader()->setStretchLastSection(true);

    m_code = new CodePanel(scenario, m_ui->tutorialGroup);
    m_ui->tutorialLayout->addWidget(m_code);

    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 1);

    buildBreakControls();
    if (scenario == ScenarioId::Pool)
        buildSweepPanel();
    if (scenario == ScenarioId::Barrier || scenario == ScenarioId::Pool)
        buildIpcInspector();
    m_waits = new WaitsPanel;
    m_ui->detailTabs->insertTab(1, m_waits, QString());
    connect(m_waits, &WaitsPanel::showAllArrowsChanged, m_timeline,
            &TimelineChart::setShowAllArrows);
    m_timeline->setShowAllArrows(m_waits->allArrowsCheck()->isChecked());
    // A process picked in the table shows its arrows on the timeline.
    connect(m_ui->processTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_timeline->selectProcess(current.row()); });

    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &ScenarioTab::onTick);
    connect(m_ui->runButton, &QPushButton::clicked, this, &ScenarioTab::start);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &ScenarioTab::stop);
    connect(m_ui->resetZoomButton, &QToolButton::clicked, this, &ScenarioTab::resetZoom);
    connect(m_ui->exportTimelineButton, &QToolButton::clicked, this,
            &ScenarioTab::exportTimelineInteractively);

    retranslate();
    updateButtons();
}

ScenarioTab::~ScenarioTab()
{
    // The views are destroyed after the scenario: they must not keep pointing into its run.
    m_refresh.stop();
    m_timeline->setRun(nullptr);
    m_model->setRun(nullptr);
    m_code->setRun(nullptr, false);
}

QString ScenarioTab::key() const
{
    return QLatin1String(scenarioInfo(m_scenario).key);
}

bool ScenarioTab::isRunning() const
{
    return m_controller->isRunning() || (m_together && m_partner->isRunning());
}

bool ScenarioTab::hasRun() const
{
    return m_controller->hasRun();
}

const Run *ScenarioTab::run() const
{
    if (m_combined)
        return m_combined.get(); // the "both" runtime, once its second run has ended
    return hasRun() ? &m_controller->run() : nullptr;
}

QPushButton *ScenarioTab::runButton() const
{
    return m_ui->runButton;
}

QPushButton *ScenarioTab::stopButton() const
{
    return m_ui->stopButton;
}

void ScenarioTab::buildBreakControls()
{
    auto *layout = m_ui->breakLayout;
    switch (m_scenario) {
    case ScenarioId::Barrier: {
        auto *row = new QHBoxLayout;
        m_killTarget = new QComboBox(m_ui->breakGroup);
        m_killTarget->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_killButton = new QPushButton(m_ui->breakGroup);
        m_killButton->setIcon(QIcon(QStringLiteral(":/icons/kill.svg")));
        row->addWidget(m_killTarget, 1);
        row->addWidget(m_killButton);
        layout->addLayout(row);
        connect(m_killButton, &QPushButton::clicked, this, &ScenarioTab::killSelectedParticipant);
        break;
    }
    case ScenarioId::Daemons:
        m_killParent = new QCheckBox(m_ui->breakGroup);
        layout->addWidget(m_killParent);
        break;
    case ScenarioId::Pool:
        // A way of looking at the timeline, not a fault: the Pool tab's group is titled for what
        // it holds (retranslate()).
        m_colorByChunk = new QCheckBox(m_ui->breakGroup);
        layout->addWidget(m_colorByChunk);
        connect(m_colorByChunk, &QCheckBox::toggled, this, [this](bool on) {
            const int chunk = hasRun() ? m_controller->parameters().effectiveChunksize()
                                       : m_panel->parameters().effectiveChunksize();
            m_timeline->setColorByChunk(on ? chunk : 0);
            m_timeline->refresh();
        });
        break;
    default:
        m_ui->breakGroup->hide();
        break;
    }
}

void ScenarioTab::buildSweepPanel()
{
    m_sweepPanel = new SweepPanel;
    m_ui->detailTabs->addTab(m_sweepPanel, QString());
    connect(m_sweepPanel, &SweepPanel::startRequested, this, &ScenarioTab::startSweep);
    connect(m_sweepPanel, &SweepPanel::exportRequested, this,
            &ScenarioTab::exportSpeedupInteractively);
    connect(m_sweepPanel, &SweepPanel::statusChanged, this, [this] { setStatus(statusText()); });
    connect(m_sweepPanel, &SweepPanel::runningChanged, this, [this](bool sweeping) {
        updateButtons();
        emit runningChanged(sweeping);
        if (!sweeping)
            emit sweepFinished();
    });
    // The speedup chart needs more room than the table: share the height evenly while it shows.
    connect(m_ui->detailTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_ui->detailTabs->widget(index) != m_sweepPanel)
            return;
        const QList<int> sizes = m_ui->splitter->sizes();
        const int total = sizes.value(0) + sizes.value(1);
        if (sizes.value(1) < total / 2)
            m_ui->splitter->setSizes({total / 2, total - total / 2});
    });
}

void ScenarioTab::buildIpcInspector()
{
    m_ipcPage = new QWidget;
    auto *layout = new QVBoxLayout(m_ipcPage);
    layout->setContentsMargins(0, 0, 0, 0);
    m_ipcStatus = new QLabel(m_ipcPage);
    m_ipcStatus->setWordWrap(true);
    layout->addWidget(m_ipcStatus);
    auto *table = new QTableView(m_ipcPage);
    m_ipcModel = new IpcObjectModel(this);
    table->setModel(m_ipcModel);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setWordWrap(false);
    m_ipcTable = table;
    layout->addWidget(table, 1);
    m_ui->detailTabs->addTab(m_ipcPage, QString());
    updateIpcInspector();
}

void ScenarioTab::updateWaitAnalysis()
{
    // Once, when the run has ended: the table, the matrix, the path list and the timeline's
    // highlight all read the one analysis.
    const Run *r = isRunning() ? nullptr : run();
    // The engine's, for the run it recorded; worked out here only for what it did not see (the
    // two runs of "both", combined).
    const WaitAnalysis *fromEngine =
        r == &m_controller->run() ? m_controller->waitAnalysis() : nullptr;
    const WaitAnalysis analysis =
        fromEngine ? *fromEngine : (r ? WaitAnalysis::of(*r) : WaitAnalysis{});
    m_waits->setAnalysis(r, analysis);
    m_timeline->setCriticalPath(analysis.path);
}

// The kernel objects as the engine last read them; what it says is what was measured (the time
// of the reading, and after the run whether each object is gone).
void ScenarioTab::updateIpcInspector()
{
    if (!m_ipcModel)
        return;
    const Run *r = run();
    if (!r) {
        m_ipcModel->clear();
        m_ipcStatus->setText(tr("Run the scenario to see its kernel objects live."));
        return;
    }
    m_ipcModel->setInspection(r->ipc);
    // Whether each object is gone is known only after the run.
    m_ipcTable->setColumnHidden(IpcObjectModel::GoneColumn, !r->ipc.checkedAfter);
    const QLocale locale;
    QString text;
    if (r->ipc.atNs >= 0)
        text = tr("Read at %1 ms of the run, without blocking, from the engine thread.")
                   .arg(locale.toString(double(r->ipc.atNs) / 1e6, 'f', 1));
    else
        text = tr("No object has been read yet.");
    if (r->ipc.checkedAfter) {
        const qsizetype left = std::count_if(r->ipc.leftover.begin(), r->ipc.leftover.end(),
                                             [](const IpcObjectState &o) { return o.exists; });
        text += QLatin1Char(' ') + (left == 0 ? tr("After the run: all %n object(s) are gone.",
                                                   nullptr, int(r->ipc.leftover.size()))
                                              : tr("After the run: %n object(s) were left behind.",
                                                   nullptr, int(left)));
    }
    m_ipcStatus->setText(text);
}

bool ScenarioTab::showDetail(const QString &page)
{
    QWidget *widget = page == QLatin1String("processes") ? m_ui->processesPage
                      : page == QLatin1String("waits")   ? static_cast<QWidget *>(m_waits)
                      : page == QLatin1String("ipc")     ? m_ipcPage
                      : page == QLatin1String("speedup") ? static_cast<QWidget *>(m_sweepPanel)
                                                         : nullptr;
    if (!widget)
        return false;
    m_ui->detailTabs->setCurrentWidget(widget);
    return true;
}

bool ScenarioTab::isSweeping() const
{
    return m_sweepPanel && m_sweepPanel->isSweeping();
}

SpeedupChart *ScenarioTab::speedupChart() const
{
    return m_sweepPanel ? m_sweepPanel->chart() : nullptr;
}

Sweep *ScenarioTab::sweep() const
{
    return m_sweepPanel ? m_sweepPanel->sweep() : nullptr;
}

QPushButton *ScenarioTab::sweepButton() const
{
    return m_sweepPanel ? m_sweepPanel->startButton() : nullptr;
}

QSpinBox *ScenarioTab::sweepFromSpin() const
{
    return m_sweepPanel ? m_sweepPanel->fromSpin() : nullptr;
}

QSpinBox *ScenarioTab::sweepToSpin() const
{
    return m_sweepPanel ? m_sweepPanel->toSpin() : nullptr;
}

void ScenarioTab::start()
{
    if (isRunning() || isSweeping())
        return;
    if (!m_available)
        return;
    ScenarioParameters parameters = m_panel->parameters();
    RunOptions options;
    options.killParent = m_killParent && m_killParent->isChecked();
    options.refreshMs = kRefreshMs;
    m_options = options;
    // "Both": the C++ workers first, then the tutorial's Python (onFinished() starts it); the
    // two runs are shown together once both have ended.
    // "Both at the same time": the Python run on a second controller, started right after; the
    // views show the two combined on the one clock, rebuilt as they go (onTick()).
    m_timeline->setRun(nullptr); // detach the views before the previous run goes away
    m_model->setRun(nullptr);
    m_code->setRun(nullptr, false);
    m_waits->setAnalysis(nullptr, {});
    m_cppRun.reset();
    m_combined.reset();
    m_pythonNext.reset();
    m_together = false;
    const auto runtime = parameters.applies(Param::Runtime)
                             ? RuntimeChoice(parameters.value(Param::Runtime))
                             : RuntimeChoice::Cpp;
    ScenarioParameters python = parameters;
    python.set(Param::Runtime, int(RuntimeChoice::Python));
    if (runtime == RuntimeChoice::Both || runtime == RuntimeChoice::BothTogether)
        parameters.set(Param::Runtime, int(RuntimeChoice::Cpp));
    if (runtime == RuntimeChoice::Both)
        m_pythonNext = python;
    if (!m_controller->start(parameters, options))
        return;
    if (runtime == RuntimeChoice::BothTogether) {
        if (!m_partner) {
            m_partner = new RunController(this);
            connect(m_partner, &RunController::changed, this, [this] { m_dirty = true; });
            connect(m_partner, &RunController::finished, this, &ScenarioTab::onFinished);
            connect(m_partner, &RunController::signalSent, this,
                    [this](int processId, int signal, bool sent) {
                        onSignalSent(processId + int(m_controller->run().processes.size()), signal,
                                     sent);
                    });
        }
        m_together = m_partner->start(python, options);
        if (m_together)
            m_combined =
                std::make_unique<Run>(combineRuns(m_controller->run(), m_partner->run(), true));
    }

    const Run *run = m_together ? m_combined.get() : &m_controller->run();
    if (m_colorByChunk)
        m_timeline->setColorByChunk(m_colorByChunk->isChecked() ? parameters.effectiveChunksize()
                                                                : 0);
    m_timeline->setRun(run);
    m_model->setRun(run);
    if (m_together)
        m_code->setRuns(&m_controller->run(), &m_partner->run(), false);
    else
        m_code->setRun(run, false);
    m_stopRequested = false;
    m_killedName.clear();
    m_dirty = true;
    m_elapsed.start();
    m_refresh.start();
    updateButtons();
    setStatus(statusText());
    emit runningChanged(true);
}

void ScenarioTab::stop()
{
    if (!isRunning())
        return;
    m_stopRequested = true;
    m_controller->stop();
    if (m_together)
        m_partner->stop();
    setStatus(tr("Stopping: killing every process of the run…"));
}

void ScenarioTab::onTick()
{
    if (m_dirty) {
        m_dirty = false;
        if (m_together) // the same Run object, so the views keep pointing at it
            *m_combined = combineRuns(m_controller->run(), m_partner->run(), true);
        m_timeline->refresh();
        // While a run goes the table's columns are not re-measured at every change (a header
        // that sizes them to their contents measures every cell of every row each time): they
        // are sized when rows were added or a text got longer than any before, in an event of
        // its own. onFinished() hands them back to the header.
        QTableView *table = m_ui->processTable;
        QHeaderView *header = table->horizontalHeader();
        if (header->sectionResizeMode(0) != QHeaderView::Interactive)
            header->setSectionResizeMode(QHeaderView::Interactive);
        if (m_model->refresh())
            QTimer::singleShot(kApartMs, table, [table] { table->resizeColumnsToContents(); });
        updateKillTargets();
        updateIpcInspector();
    } else {
        // Nothing new from the workers, yet time goes on: "now" advances and open spans grow
        // while a worker computes without a word.
        m_timeline->refresh();
    }
    // The status line (time so far, spans) would change at every tick, and each new text lays
    // the panel out and repaints it again: during a run it follows about four times a second, and
    // so do the table's growing times.
    const qint64 ms = m_elapsed.elapsed();
    if (ms / kStatusMs != (ms - kRefreshMs) / kStatusMs) {
        setStatus(statusText());
        m_model->refresh();
    }
}

void ScenarioTab::onFinished()
{
    if (m_together && (m_controller->isRunning() || m_partner->isRunning()))
        return; // the other run of the pair is still going
    if (m_pythonNext && !m_stopRequested && startPythonHalf())
        return;
    m_pythonNext.reset();
    m_refresh.stop();
    m_dirty = false;
    m_timeline->refresh();
    m_model->refresh();
    updateKillTargets();
    updateIpcInspector();
    updateButtons();
    // The tutorial's claims checked against the run: the panel does it a moment later, in an
    // event of its own (CodePanel::setRun), as the table does its columns, sized to their final
    // contents (the exit columns filled in) and back to following them. A repaint follows this
    // event at once; no one event holds the window for all of it.
    if (m_together) {
        *m_combined = combineRuns(m_controller->run(), m_partner->run(), true);
        m_timeline->refresh();
        m_model->refresh();
        m_code->setRuns(&m_controller->run(), &m_partner->run(), true);
    } else if (m_cppRun) {
        // Both runs ended: one timeline and one table for the two, the tutorial beside each.
        m_combined = std::make_unique<Run>(combineRuns(*m_cppRun, m_controller->run()));
        m_timeline->setRun(m_combined.get());
        m_model->setRun(m_combined.get());
        m_timeline->refresh();
        m_model->refresh();
        m_code->setRuns(m_cppRun.get(), &m_controller->run(), true);
    } else {
        m_code->setRun(&m_controller->run(), true);
    }
    updateWaitAnalysis();
    QTableView *table = m_ui->processTable;
    QTimer::singleShot(kApartMs, table, [table] {
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    });
    setStatus(statusText());
    emit runningChanged(false);
    emit runFinished();
}

// The "both" runtime's second half: the C++ run is kept, the same parameters run in Python.
bool ScenarioTab::startPythonHalf()
{
    const ScenarioParameters next = *m_pythonNext;
    m_pythonNext.reset();
    m_cppRun = std::make_unique<Run>(m_controller->run());
    m_timeline->setRun(nullptr);
    m_model->setRun(nullptr);
    m_code->setRun(nullptr, false);
    if (!m_controller->start(next, m_options)) {
        m_cppRun.reset();
        return false;
    }
    const Run *live = &m_controller->run();
    m_timeline->setRun(live);
    m_model->setRun(live);
    m_code->setRuns(m_cppRun.get(), live, false);
    m_dirty = true;
    return true;
}

void ScenarioTab::updateKillTargets()
{
    if (!m_killTarget)
        return;
    const Run *r = run();
    QList<QPair<QString, int>> live;
    if (r) {
        for (const ProcessRecord &p : r->processes) {
            if (!p.exit.finished() && p.launchedNs >= 0)
                live.append(
                    {p.pid > 0 ? QStringLiteral("%1 (%2)").arg(p.name).arg(p.pid) : p.name, p.id});
        }
    }
    QList<QPair<QString, int>> shown;
    for (int i = 0; i < m_killTarget->count(); ++i)
        shown.append({m_killTarget->itemText(i), m_killTarget->itemData(i).toInt()});
    // Rebuilt only when the participants change: a refill at every tick would close an open list.
    if (live != shown) {
        const QVariant selected = m_killTarget->currentData();
        const QSignalBlocker block(m_killTarget);
        m_killTarget->clear();
        for (const auto &[label, id] : live)
            m_killTarget->addItem(label, id);
        const int index = m_killTarget->findData(selected);
        if (index >= 0)
            m_killTarget->setCurrentIndex(index);
    }
    m_killButton->setEnabled(isRunning() && m_killTarget->count() > 0);
}

void ScenarioTab::killSelectedParticipant()
{
    if (!isRunning() || !m_killTarget || m_killTarget->currentIndex() < 0)
        return;
    const int id = m_killTarget->currentData().toInt();
    const int cppProcesses = int(m_controller->run().processes.size());
    if (m_together && id >= cppProcesses)
        m_partner->sendSignal(id - cppProcesses, SIGKILL); // the Python run's own ids
    else
        m_controller->sendSignal(id, SIGKILL);
}

void ScenarioTab::onSignalSent(int processId, int signal, bool sent)
{
    // Only a signal the engine really sent is reported as sent.
    const ProcessRecord *p = sent && run() ? run()->process(processId) : nullptr;
    if (p && signal == SIGKILL)
        m_killedName = p->name;
    m_dirty = true;
    setStatus(statusText());
}

void ScenarioTab::startSweep()
{
    if (!m_sweepPanel || isRunning() || isSweeping())
        return;
    if (!m_available)
        return;
    const ScenarioParameters parameters = m_panel->parameters();
    m_ui->detailTabs->setCurrentWidget(m_sweepPanel);
    m_sweepPanel->start(parameters);
}

void ScenarioTab::stopSweep()
{
    if (m_sweepPanel)
        m_sweepPanel->stop();
}

void ScenarioTab::resetZoom()
{
    m_timeline->resetZoom();
}

void ScenarioTab::updateButtons()
{
    const bool sweeping = isSweeping();
    const bool running = isRunning();
    m_ui->runButton->setEnabled(m_available && !running && !sweeping);
    m_ui->stopButton->setEnabled(running);
    m_panel->setEnabled(!running);
    if (m_killParent) // the C++ daemon parent's option; the Python program has no such switch
        m_killParent->setEnabled(!running && RuntimeChoice(m_panel->value(Param::Runtime)) !=
                                                 RuntimeChoice::Python);
    if (m_killButton)
        m_killButton->setEnabled(running && m_killTarget->count() > 0);
    if (m_sweepPanel)
        m_sweepPanel->setStartEnabled(m_available && !running);
}

QString ScenarioTab::runningStatus() const
{
    const Run &r = m_controller->run();
    QString text =
        tr("Running for %1 s: %n process(es), %L2 spans.", nullptr, int(r.processes.size()))
            .arg(seconds(m_elapsed.nsecsElapsed()))
            .arg(r.spanCount());
    if (!m_killedName.isEmpty())
        text += QLatin1Char(' ') + tr("%1 was killed with SIGKILL.").arg(m_killedName);
    return text;
}

QString ScenarioTab::finishedStatus() const
{
    const Run &r = run() ? *run() : m_controller->run();
    if (m_stopRequested)
        return tr("Stopped after %1 ms; every process of the run was killed.")
            .arg(milliseconds(r.wallNs));
    QString text;
    if (r.errors.isEmpty()) {
        text = tr("Finished in %1 ms: %n process(es), %L2 spans.", nullptr, int(r.processes.size()))
                   .arg(milliseconds(r.wallNs))
                   .arg(r.spanCount());
    } else {
        text = tr("Finished in %1 ms with %n error(s): %2", nullptr, int(r.errors.size()))
                   .arg(milliseconds(r.wallNs), r.errors.join(QStringLiteral("; ")));
    }
    // What the user did comes first; the engine's account of the consequences follows.
    if (!m_killedName.isEmpty())
        text = tr("%1 was killed with SIGKILL.").arg(m_killedName) + QLatin1Char(' ') + text;
    return text;
}

QString ScenarioTab::statusText() const
{
    if (!m_available)
        return tr("%1 is not available in this build yet: the engine has no runner for it "
                  "(it comes with the shared-memory IPC work).")
            .arg(translatedScenarioTitle(m_scenario));
    if (isSweeping())
        return m_sweepPanel->statusText();
    if (isRunning())
        return runningStatus();
    if (m_controller->isFinished())
        return finishedStatus();
    if (m_sweepPanel && !m_sweepPanel->statusText().isEmpty())
        return m_sweepPanel->statusText();
    return tr("Ready: set the parameters and press Run.");
}

void ScenarioTab::setStatus(const QString &status)
{
    if (m_ui->statusLabel->fullText() == status)
        return;
    m_ui->statusLabel->setFullText(status);
    emit statusChanged(status);
}

bool ScenarioTab::exportTimeline(const QString &path, const QSize &size, int dpi,
                                 QString *error) const
{
    return exportChart(m_timeline->view(), path, size, dpi, error);
}

bool ScenarioTab::exportSpeedup(const QString &path, const QSize &size, int dpi,
                                QString *error) const
{
    if (!m_sweepPanel) {
        if (error)
            *error = tr("Only the Pool tab has a speedup chart.");
        return false;
    }
    return exportChart(m_sweepPanel->chart()->view(), path, size, dpi, error);
}

bool ScenarioTab::exportRunData(const QString &path, DataFormat format, QString *error) const
{
    const Run *r = run();
    if (!r) {
        if (error)
            *error = tr("There is no run to export yet: press Run first.");
        return false;
    }
    // Streamed into the file: a run may hold millions of spans.
    RunFileFormat fileFormat = RunFileFormat::Json;
    switch (format) {
    case DataFormat::Json:
        fileFormat = RunFileFormat::Json;
        break;
    case DataFormat::Csv:
        fileFormat = RunFileFormat::Csv;
        break;
    case DataFormat::Trace:
        fileFormat = RunFileFormat::Trace;
        break;
    }
    return writeRunFile(path, *r, fileFormat, error);
}

void ScenarioTab::reportSaved(const QString &path, const QString &status)
{
    ExportLocation::rememberSaved(path); // only now: a failed save is no place to start from
    emit statusChanged(status);
}

void ScenarioTab::exportTimelineInteractively()
{
    auto *dialog = new ChartExportDialog(QStringLiteral("%1-timeline.png").arg(key()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        if (!exportTimeline(dialog->path(), dialog->imageSize(), dialog->dpi(), &error))
            showError(this, tr("Export Chart"),
                      tr("The chart could not be saved to %1:\n%2").arg(dialog->path(), error));
        else
            reportSaved(dialog->path(), tr("Chart saved to %1.").arg(dialog->path()));
    });
    dialog->open();
}

void ScenarioTab::exportSpeedupInteractively()
{
    if (!m_sweepPanel) {
        showError(this, tr("Export Chart"), tr("Only the Pool tab has a speedup chart."));
        return;
    }
    m_ui->detailTabs->setCurrentWidget(m_sweepPanel);
    auto *dialog = new ChartExportDialog(QStringLiteral("%1-speedup.png").arg(key()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        if (!exportSpeedup(dialog->path(), dialog->imageSize(), dialog->dpi(), &error))
            showError(this, tr("Export Chart"),
                      tr("The chart could not be saved to %1:\n%2").arg(dialog->path(), error));
        else
            reportSaved(dialog->path(), tr("Chart saved to %1.").arg(dialog->path()));
    });
    dialog->open();
}

void ScenarioTab::exportRunDataInteractively(DataFormat format)
{
    if (!hasRun()) {
        showError(this, tr("Export Run Data"),
                  tr("There is no run to export yet: press Run first."));
        return;
    }
    QString suffix;
    QString filter;
    switch (format) {
    case DataFormat::Json:
        suffix = QStringLiteral(".json");
        filter = tr("Run JSON (*.json)");
        break;
    case DataFormat::Csv:
        suffix = QStringLiteral(".csv");
        filter = tr("CSV, one row per span (*.csv)");
        break;
    case DataFormat::Trace:
        suffix = QStringLiteral(".trace.json");
        filter = tr("Chrome trace for Perfetto (*.json)");
        break;
    }
    auto *dialog = new ExportFileDialog(this, tr("Export Run Data"), key() + suffix, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString &path) {
        QString error;
        if (!exportRunData(path, format, &error))
            showError(this, tr("Export Run Data"),
                      tr("The run could not be saved to %1:\n%2").arg(path, error));
        else
            reportSaved(path, tr("Run data saved to %1.").arg(path));
    });
    dialog->open();
}

void ScenarioTab::saveSettings(QSettings &settings) const
{
    m_panel->saveSettings(settings);
    const QString prefix = key() + QLatin1Char('/');
    settings.setValue(prefix + QStringLiteral("splitter"), m_ui->splitter->saveState());
    if (m_killParent)
        settings.setValue(prefix + QStringLiteral("killParent"), m_killParent->isChecked());
    if (m_colorByChunk)
        settings.setValue(prefix + QStringLiteral("colorByChunk"), m_colorByChunk->isChecked());
    if (m_sweepPanel)
        m_sweepPanel->saveSettings(settings, prefix);
}

void ScenarioTab::loadSettings(const QSettings &settings)
{
    m_panel->loadSettings(settings);
    const QString prefix = key() + QLatin1Char('/');
    m_ui->splitter->restoreState(settings.value(prefix + QStringLiteral("splitter")).toByteArray());
    if (m_killParent)
        m_killParent->setChecked(
            settings.value(prefix + QStringLiteral("killParent"), false).toBool());
    if (m_colorByChunk)
        m_colorByChunk->setChecked(
            settings.value(prefix + QStringLiteral("colorByChunk"), false).toBool());
    if (m_sweepPanel)
        m_sweepPanel->loadSettings(settings, prefix);
}

static QString scenarioDescription(ScenarioId scenario)
{
    switch (scenario) {
    case ScenarioId::Naming:
        return ScenarioTab::tr(
            "A named process (worker_one) and an unnamed one each fill a list with "
            "random numbers, in parallel.");
    case ScenarioId::Spawning:
        return ScenarioTab::tr(
            "A loop starts N processes; process i does i × the workload, so their "
            "finish times form a staircase.");
    case ScenarioId::Killing:
        return ScenarioTab::tr("A process is started, then terminated or killed after a delay and "
                               "joined; beside it one that had already finished.");
    case ScenarioId::Daemons:
        return ScenarioTab::tr(
            "A real parent starts a daemon and a regular child: the daemon dies with "
            "the parent's work, the regular child is joined.");
    case ScenarioId::Barrier:
        return ScenarioTab::tr("Participants with uneven work meet at a Barrier each round, then "
                               "enter a critical section under one Lock.");
    case ScenarioId::Pool:
        return ScenarioTab::tr("A pool of workers maps square() over range(n) in chunks; a sweep "
                               "over worker counts gives the speedup curve.");
    }
    return {};
}

void ScenarioTab::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->descriptionLabel->setText(scenarioDescription(m_scenario));
    m_model->retranslate();
    if (m_killButton) {
        m_killButton->setText(tr("&Kill participant"));
        m_killButton->setToolTip(
            tr("Send SIGKILL to the chosen participant while the run goes: the "
               "barrier breaks, the others are released, the kernel frees the lock."));
        m_killTarget->setToolTip(tr("The participant to kill (only while a run goes)"));
        m_killTarget->setPlaceholderText(tr("during a run"));
    }
    if (m_killParent) {
        m_killParent->setText(tr("Kill the parent abruptly (SIGKILL halfway)"));
        m_killParent->setToolTip(
            tr("The parent dies before it can end its daemon child: the children "
               "are orphaned and the lab cleans them up."));
    }
    if (m_colorByChunk) {
        m_ui->breakGroup->setTitle(tr("View"));
        m_colorByChunk->setText(tr("Colour tasks by chunk"));
        m_colorByChunk->setToolTip(
            tr("Give every chunk of tasks its own colour, to show how map() splits "
               "the tasks into chunks and the chunks over the workers."));
    }
    if (m_sweepPanel) {
        const int index = m_ui->detailTabs->indexOf(m_sweepPanel);
        m_ui->detailTabs->setTabText(index, tr("Speedup"));
        m_ui->detailTabs->setTabToolTip(index, tr("Speedup and efficiency over worker counts"));
    }
    if (m_ipcPage) {
        const int index = m_ui->detailTabs->indexOf(m_ipcPage);
        m_ui->detailTabs->setTabText(index, tr("IPC objects"));
        m_ui->detailTabs->setTabToolTip(
            index, tr("The run's shared memory, semaphores, lock and barrier as the kernel reports "
                      "them, live; and after the run, proof that each is gone"));
        updateIpcInspector();
    }
    const int waitsIndex = m_ui->detailTabs->indexOf(m_waits);
    m_ui->detailTabs->setTabText(waitsIndex, tr("Waits"));
    m_ui->detailTabs->setTabToolTip(waitsIndex, tr("Who kept whom waiting, and the critical path "
                                                   "that set the run's wall time"));
    m_ui->detailTabs->setTabToolTip(m_ui->detailTabs->indexOf(m_ui->processesPage),
                                    tr("Every process of the run, as the OS and as Python see it"));
    m_ui->statusLabel->setFullText(statusText());
}

void ScenarioTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace proclab
