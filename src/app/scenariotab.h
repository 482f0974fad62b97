// SPDX-License-Identifier: MIT
#pragma once

#include "parameters.h"
#include "run.h"
#include "runcontroller.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QTableView;
class QComboBox;
class QPushButton;
class QSettings;
class QSpinBox;

namespace Ui {
class ScenarioTab;
}

namespace proclab {

class IpcObjectModel;

class CodePanel;
class ParameterPanel;
class ProcessTableModel;
class RunController;
class SpeedupChart;
class Sweep;
class SweepPanel;
class TimelineChart;
class WaitsPanel;
struct Run;

enum class DataFormat
{
    Json,
    Csv,
    Trace
};

// Everything for one scenario: its parameters, Run / Stop, the live timeline, the process table,
// the tutorial beside the measurements, and the scenario's way to break things on purpose. The tab
// drives a RunController (the engine runs on its own thread); views only read the controller's
// copy of the run, refreshed from a timer so that a burst of updates costs one redraw.
class ScenarioTab : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioTab(ScenarioId scenario, QWidget *parent = nullptr);
    ~ScenarioTab() override;

    ScenarioId scenario() const { return m_scenario; }
    QString key() const;
    // False while the engine has no runner for this scenario.
    bool isAvailable() const { return m_available; }
    bool isRunning() const;
    // A sweep owns the pool tab from startSweep() until sweepFinished().
    bool isSweeping() const;
    bool hasRun() const;
    const Run *run() const;
    // The widget-free controller that runs this tab's scenario on the engine thread.
    RunController *controller() const { return m_controller; }
    QString statusText() const;

    ParameterPanel *parameterPanel() const { return m_panel; }
    ProcessTableModel *processModel() const { return m_model; }
    TimelineChart *timeline() const { return m_timeline; }
    SpeedupChart *speedupChart() const;
    CodePanel *codePanel() const { return m_code; }
    Sweep *sweep() const;
    SweepPanel *sweepPanel() const { return m_sweepPanel; }
    // The IPC inspector (Barrier & Lock, Pool; null elsewhere).
    IpcObjectModel *ipcObjectModel() const { return m_ipcModel; }
    QLabel *ipcStatusLabel() const { return m_ipcStatus; }
    // Who waited for whom and the critical path (every tab).
    WaitsPanel *waitsPanel() const { return m_waits; }
    // Shows the page below the timeline: "processes", "waits", "ipc" or "speedup"; false if it
    // has none.
    bool showDetail(const QString &page);
    QPushButton *runButton() const;
    QPushButton *stopButton() const;
    QPushButton *killButton() const { return m_killButton; }
    QComboBox *killTarget() const { return m_killTarget; }
    QCheckBox *killParentCheck() const { return m_killParent; }
    QCheckBox *colorByChunkCheck() const { return m_colorByChunk; }
    QPushButton *sweepButton() const;
    QSpinBox *sweepFromSpin() const;
    QSpinBox *sweepToSpin() const;

    bool exportTimeline(const QString &path, const QSize &size, int dpi, QString *error) const;
    bool exportSpeedup(const QString &path, const QSize &size, int dpi, QString *error) const;
    bool exportRunData(const QString &path, DataFormat format, QString *error) const;

    void saveSettings(QSettings &settings) const;
    void loadSettings(const QSettings &settings);

public slots:
    void start();
    void stop();
    void startSweep();
    void stopSweep();
    void resetZoom();
    void killSelectedParticipant();
    // Interactive variants: ask for a file and report failures in a message box.
    void exportTimelineInteractively();
    void exportSpeedupInteractively();
    void exportRunDataInteractively(DataFormat format);

signals:
    void runningChanged(bool running);
    void runFinished();
    void sweepFinished();
    void statusChanged(const QString &status);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reportSaved(const QString &path, const QString &status);
    void buildBreakControls();
    void buildSweepPanel();
    void onTick();
    void onFinished();
    void onSignalSent(int processId, int signal, bool sent);
    void updateKillTargets();
    void updateButtons();
    void setStatus(const QString &status);
    void retranslate();
    QString runningStatus() const;
    QString finishedStatus() const;

    ScenarioId m_scenario;
    std::unique_ptr<Ui::ScenarioTab> m_ui;
    bool m_available = false;
    ParameterPanel *m_panel = nullptr;
    TimelineChart *m_timeline = nullptr;
    ProcessTableModel *m_model = nullptr;
    CodePanel *m_code = nullptr;
    RunController *m_controller = nullptr;
    QTimer m_refresh;
    QElapsedTimer m_elapsed;
    bool m_dirty = false;
    bool m_stopRequested = false;

    // Barrier & Lock
    QComboBox *m_killTarget = nullptr;
    QPushButton *m_killButton = nullptr;
    QString m_killedName; // set once the engine says the signal was sent
    // Daemons
    QCheckBox *m_killParent = nullptr;
    // Pool
    QCheckBox *m_colorByChunk = nullptr;
    SweepPanel *m_sweepPanel = nullptr;
    // The "both" runtime: the C++ run while the Python run goes, and the two together after.
    RunOptions m_options;
    std::optional<ScenarioParameters> m_pythonNext;
    std::unique_ptr<Run> m_cppRun;
    std::unique_ptr<Run> m_combined;
    bool startPythonHalf();
    // "Both at the same time": the Python run's controller beside m_controller.
    RunController *m_partner = nullptr;
    bool m_together = false;
    // Barrier & Lock, Pool: the IPC inspector page.
    QWidget *m_ipcPage = nullptr;
    QLabel *m_ipcStatus = nullptr;
    IpcObjectModel *m_ipcModel = nullptr;
    QTableView *m_ipcTable = nullptr;
    void buildIpcInspector();
    void updateIpcInspector();
    // The Waits page, and the critical path on the timeline, from the finished run.
    WaitsPanel *m_waits = nullptr;
    void updateWaitAnalysis();
};

} // namespace proclab
