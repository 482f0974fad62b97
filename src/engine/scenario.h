// SPDX-License-Identifier: MIT
#pragma once

#include "parameters.h"
#include "processsupervisor.h"
#include "run.h"
#include "stallmonitor.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace proclab {

// One run of one scenario: a small state machine driven by the supervisor's signals. start()
// returns at once; finished() says the run is complete and run() holds everything measured.
class Scenario : public QObject
{
    Q_OBJECT
public:
    explicit Scenario(const ScenarioParameters &parameters, QObject *parent = nullptr);
    ~Scenario() override;

    const ScenarioParameters &parameters() const { return m_parameters; }
    const Run &run() const { return m_run; }
    ProcessSupervisor &supervisor() { return *m_supervisor; }
    bool isRunning() const { return m_state == State::Running; }
    bool isFinished() const { return m_state == State::Finished; }
    // Stopped, timed out or failed: the lab is killing every process, so their deaths from now on
    // are the lab's doing, not something a participant did.
    bool isAborted() const { return m_aborted; }
    bool succeeded() const { return isFinished() && m_run.errors.isEmpty(); }

    // Notices stopped processes (SIGSTOP, a debugger) while the run is running.
    StallMonitor &stallMonitor() { return *m_stallMonitor; }
    // Overrides the worker executable (tests use this for the missing-binary case).
    void setWorkerProgram(const QString &program) { m_supervisor->setWorkerProgram(program); }

    void start();
    // What this scenario's workers may report: rounds, tasks and outputs its parameters allow,
    // and a budget of spans.
    static RecorderLimits recorderLimits(const ScenarioParameters &parameters);
    // The user pressed Stop: every process is killed, the run ends with what was collected.
    void stop();

signals:
    void changed(); // the run has new data (batched by views)
    void finished();

protected:
    // Launch the first processes. Called once from the event loop after start().
    virtual void begin() = 0;
    // Fill run().results / facts from what was recorded. Called once when all processes ended.
    virtual void collectResults() {}
    // Process `id` was found stopped (SIGSTOP, a debugger): the monitor has put a note on its lane
    // and marked it stopped. By default the run waits for it (it may be continued, and the window
    // shows why nothing happens); scenarios whose processes cannot go on without it end the run.
    virtual void processStopped(int id) { Q_UNUSED(id); }

    Run &mutableRun() { return m_run; }
    // The inspector: the run's kernel objects as just read (run().ipc), and a change to show.
    void showIpcObjects(std::vector<IpcObjectState> objects);
    // After the run: what removing the objects left (exists = still there), each leftover an
    // error.
    void recordIpcRemoval(std::vector<IpcObjectState> objects);
    void addError(const QString &message) { m_run.errors.append(message); }
    // The scenario's own logic is done; the run completes once every process has ended.
    void finishWhenAllEnded();
    // Something went wrong: record it, kill everything, complete the run.
    void abort(const QString &message);

private:
    enum class State
    {
        Idle,
        Running,
        Finished
    };
    void complete();

    ScenarioParameters m_parameters;
    Run m_run;
    std::unique_ptr<ProcessSupervisor> m_supervisor;
    std::unique_ptr<StallMonitor> m_stallMonitor; // after the supervisor: it goes first
    QTimer m_timeout;
    State m_state = State::Idle;
    bool m_finishing = false;
    bool m_aborted = false;
};

// Whether this build has a runner for `scenario` (without creating one).
bool hasScenarioRunner(ScenarioId scenario);

// Creates the runner for params.scenario().
std::unique_ptr<Scenario> createScenario(const ScenarioParameters &parameters,
                                         QObject *parent = nullptr);

} // namespace proclab
