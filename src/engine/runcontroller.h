// SPDX-License-Identifier: MIT
#pragma once

#include "parameters.h"
#include "run.h"
#include "waitanalysis.h"

#include <QObject>
#include <QString>
#include <memory>

class QThread;

namespace proclab {

class EngineSession;
struct RunDelta;

struct RunOptions
{
    bool killParent = false; // Daemons: the orphan variant
    QString workerProgram;   // empty: ProcessSupervisor::defaultWorkerProgram()
    int refreshMs = 33;      // while running, at most one update per this many ms (~30 Hz)
    // False: nobody looks at the run before it is finished (the batch). No updates are sent while
    // it runs, and the finished run is moved over whole instead of copied: the caller's copy is
    // the only one, and it exists only from finished() on.
    bool live = true;
};

// Runs one scenario at a time on an engine thread of its own and keeps a consistent copy of its
// run for whoever drives it: the window's tabs, the batch runner, sweeps and tests. Nothing here
// touches widgets, and nothing the caller's thread does blocks on the engine: processes are
// launched, read, parsed, recorded and reaped on the engine thread, and the caller receives what
// changed (a RunDelta) at most every refreshMs, applied whole between two of its events. Commands
// (start, stop, send a signal) are queued to the engine thread.
class RunController : public QObject
{
    Q_OBJECT
public:
    explicit RunController(QObject *parent = nullptr);
    // Ends a run still going (its processes are killed) and the engine thread with it.
    ~RunController() override;

    // Starts a run of `parameters`; false if one is still running.
    bool start(const ScenarioParameters &parameters, const RunOptions &options = {});
    // The user pressed Stop: every process is killed, the run ends with what was collected.
    void stop();
    // Sends `signal` to a process of the run (a break-it action); signalSent() says whether it
    // was sent.
    void sendSignal(int processId, int signal);

    bool hasRun() const { return m_state != State::Idle; }
    bool isRunning() const { return m_state == State::Running; }
    bool isFinished() const { return m_state == State::Finished; }
    bool succeeded() const { return isFinished() && m_run.errors.isEmpty(); }
    const ScenarioParameters &parameters() const { return m_parameters; }
    // The caller's copy of the run: changes only between the caller's events, in changed().
    const Run &run() const { return m_run; }
    // The finished run's wait attribution and critical path, as the engine worked them out
    // (RunOptions::live only; null before the run has finished).
    const WaitAnalysis *waitAnalysis() const { return m_waits.get(); }
    // The thread the processes are handled on (exists once a run has been started).
    QThread *engineThread() const { return m_thread.get(); }

signals:
    void changed();  // run() has new data
    void finished(); // the run is complete; run() is final
    void signalSent(int processId, int signal, bool sent);

private:
    friend class EngineSession;
    enum class State
    {
        Idle,
        Running,
        Finished
    };
    void applyDelta(std::shared_ptr<RunDelta> delta);
    void endSession();

    std::unique_ptr<QThread> m_thread;
    EngineSession *m_session = nullptr; // lives on m_thread
    ScenarioParameters m_parameters;
    Run m_run;
    std::shared_ptr<const WaitAnalysis> m_waits;
    State m_state = State::Idle;
};

} // namespace proclab
