// SPDX-License-Identifier: MIT
#include "runcontroller.h"

#include "lifecyclescenarios.h"
#include "rundelta.h"
#include "scenario.h"
#include "threadhandover.h"

#include <QThread>
#include <QTimer>
#include <sys/resource.h>
#include <unistd.h>

namespace proclab {

namespace {
constexpr int kEngineNice = 5;
}

// The engine-thread half of a RunController: owns the Scenario (and so its processes and IPC
// objects) and sends its run over in deltas.
class EngineSession : public QObject
{
public:
    EngineSession(RunController *controller, const ScenarioParameters &parameters,
                  const RunOptions &options)
        : m_controller(controller)
        , m_parameters(parameters)
        , m_options(options)
    {
        m_flush.setParent(this); // so that it moves to the engine thread with the session
    }

    // On the engine thread: everything the run creates is created here, so it lives here.
    void begin()
    {
        // The engine thread yields to the caller's (the window's): nothing it does is
        // time-critical for the truth of the run (exits are stamped by the processes themselves or
        // by the ExitWatcher's own thread), while a frame is. It stays above the workers all the
        // same (ProcessSupervisor starts them at nice 19).
        ::setpriority(PRIO_PROCESS, ::gettid(), kEngineNice);
        m_scenario = createScenario(m_parameters);
        if (auto *daemons = qobject_cast<DaemonsScenario *>(m_scenario.get()))
            daemons->setKillParent(m_options.killParent);
        if (!m_options.workerProgram.isEmpty())
            m_scenario->setWorkerProgram(m_options.workerProgram);
        m_flush.setSingleShot(true);
        m_flush.setInterval(std::max(0, m_options.refreshMs));
        connect(&m_flush, &QTimer::timeout, this, [this] { send(false); });
        connect(m_scenario.get(), &Scenario::changed, this, [this] {
            if (m_options.live && !m_flush.isActive() && m_scenario->isRunning())
                m_flush.start();
        });
        connect(m_scenario.get(), &Scenario::finished, this, [this] {
            m_flush.stop();
            send(true);
        });
        m_scenario->start();
    }

    void stop()
    {
        if (m_scenario)
            m_scenario->stop();
    }

    void sendSignal(int id, int signal)
    {
        const bool sent = m_scenario && m_scenario->isRunning() &&
                          m_scenario->supervisor().sendSignal(id, signal);
        RunController *controller = m_controller;
        postCall(controller,
                 [controller, id, signal, sent] { emit controller->signalSent(id, signal, sent); });
        if (sent && m_options.live && !m_flush.isActive())
            m_flush.start(); // the marker shows promptly
    }

private:
    void send(bool finished)
    {
        std::shared_ptr<RunDelta> delta;
        if (finished && !m_options.live) {
            // Nobody watched: the finished run is handed over whole. Its lanes are moved, not
            // copied (a pool run may hold millions of spans); the scenario is finished, nothing
            // records into its run any more, and on this thread nothing reads its spans again.
            // (The run is a non-const member of the scenario, so writing through it is sound.)
            Run &run = const_cast<Run &>(m_scenario->run());
            delta = std::make_shared<RunDelta>(m_builder.takeAll(run));
        } else {
            delta = std::make_shared<RunDelta>(m_builder.take(
                m_scenario->run(), m_scenario->supervisor().recorder().takeRevisedSpans()));
        }
        delta->finished = finished;
        if (finished && m_options.live)
            delta->waits = std::make_shared<const WaitAnalysis>(WaitAnalysis::of(m_scenario->run()));
        RunController *controller = m_controller;
        // Posted to the controller's thread; the controller deletes this session (blocking) before
        // it goes away itself, so it is alive whenever this is posted.
        postCall(controller, [controller, delta]() mutable { controller->applyDelta(std::move(delta)); });
    }

    RunController *m_controller;
    ScenarioParameters m_parameters;
    RunOptions m_options;
    std::unique_ptr<Scenario> m_scenario;
    RunDeltaBuilder m_builder;
    QTimer m_flush;
};

RunController::RunController(QObject *parent)
    : QObject(parent)
{
}

RunController::~RunController()
{
    endSession();
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void RunController::endSession()
{
    if (!m_session)
        return;
    EngineSession *session = m_session;
    m_session = nullptr;
    if (m_thread && m_thread->isRunning()) {
        // Destroying a session kills whatever still runs and collects it (SIGKILL: microseconds);
        // it has to happen on the engine thread, where the processes live.
        postCall(
            session, [session] { delete session; }, Qt::BlockingQueuedConnection);
    } else {
        delete session;
    }
}

bool RunController::start(const ScenarioParameters &parameters, const RunOptions &options)
{
    if (isRunning())
        return false;
    if (!m_thread) {
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(QStringLiteral("proclab-engine"));
        m_thread->start();
    }
    // The previous run's session still owns its IPC objects; it ends here, off this thread's
    // hot path (everything in it has already ended).
    // The previous run's copy goes with it: freeing a million spans takes the caller's thread
    // ~10 ms, a frame.
    if (m_session) {
        EngineSession *old = m_session;
        m_session = nullptr;
        auto oldRun = std::make_shared<Run>(std::exchange(m_run, Run{}));
        postCall(old, [old, oldRun]() mutable {
            oldRun.reset();
            delete old;
        });
    }
    m_parameters = parameters;
    m_run = Run{};
    m_waits.reset();
    m_run.scenario = QLatin1String(scenarioInfo(parameters.scenario()).key);
    m_run.parameters = parameters.toJson();
    m_state = State::Running;
    m_session = new EngineSession(this, parameters, options);
    m_session->moveToThread(m_thread.get());
    EngineSession *session = m_session;
    postCall(session, [session] { session->begin(); });
    emit changed();
    return true;
}

void RunController::stop()
{
    if (!isRunning() || !m_session)
        return;
    EngineSession *session = m_session;
    postCall(session, [session] { session->stop(); });
}

void RunController::sendSignal(int processId, int signal)
{
    if (!isRunning() || !m_session) {
        emit signalSent(processId, signal, false);
        return;
    }
    EngineSession *session = m_session;
    postCall(session, [session, processId, signal] { session->sendSignal(processId, signal); });
}

void RunController::applyDelta(std::shared_ptr<RunDelta> delta)
{
    if (m_state != State::Running)
        return; // a late update of a run that was replaced
    const bool complete = delta->finished;
    if (complete)
        m_waits = delta->waits;
    applyRunDelta(m_run, std::move(*delta));
    // What is left of the delta (the lanes it replaced: megabytes in a pool run) is freed on the
    // engine thread, not in this one's event.
    if (m_session)
        postCall(m_session, [spent = std::move(delta)] {});
    if (complete)
        m_state = State::Finished;
    emit changed();
    if (complete)
        emit finished();
}

} // namespace proclab
