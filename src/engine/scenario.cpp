// SPDX-License-Identifier: MIT
#include "scenario.h"

#include "clock.h"
#include "logging.h"
#include "stalecleanup.h"

namespace proclab {

Scenario::Scenario(const ScenarioParameters &parameters, QObject *parent)
    : QObject(parent)
    , m_parameters(parameters)
    , m_supervisor(std::make_unique<ProcessSupervisor>(m_run))
    , m_stallMonitor(std::make_unique<StallMonitor>(m_run, *m_supervisor))
{
    m_run.scenario = QLatin1String(scenarioInfo(parameters.scenario()).key);
    m_run.parameters = parameters.toJson();
    connect(m_supervisor.get(), &ProcessSupervisor::runChanged, this, &Scenario::changed);
    connect(m_supervisor.get(), &ProcessSupervisor::budgetExceeded, this, [this] {
        abort(tr("the run recorded %1 spans, its budget: it was stopped, the data so far is kept")
                  .arg(m_supervisor->recorder().limits().spans));
    });
    // Queued: allFinished comes from deep inside the supervisor (settling an exit, cleaning up
    // orphans, running join callbacks), and a receiver of finished() may delete this scenario and
    // the supervisor with it. By the time complete() runs, the supervisor has returned; a join
    // callback may also have launched more processes meanwhile.
    connect(
        m_supervisor.get(), &ProcessSupervisor::allFinished, this,
        [this] {
            if (m_finishing && m_supervisor->runningCount() == 0)
                complete();
        },
        Qt::QueuedConnection);
    connect(m_stallMonitor.get(), &StallMonitor::stopped, this, [this](int id) {
        if (m_state != State::Running)
            return;
        emit changed(); // the note and the stopped state show at once
        processStopped(id);
    });
    connect(m_stallMonitor.get(), &StallMonitor::continued, this, &Scenario::changed);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const qint64 limit = m_parameters.value(Param::TimeoutMs);
        m_run.errors.append(
            tr("the run exceeded its time limit of %1 ms; all processes were killed").arg(limit));
        m_finishing = true;
        m_aborted = true;
        m_supervisor->killAll(ExitStatus::Kind::Timeout);
        if (m_supervisor->runningCount() == 0)
            complete();
    });
}

Scenario::~Scenario() = default;

RecorderLimits Scenario::recorderLimits(const ScenarioParameters &parameters)
{
    RecorderLimits limits;
    if (parameters.applies(Param::Rounds))
        limits.rounds = qint32(parameters.value(Param::Rounds));
    if (parameters.applies(Param::Tasks)) {
        limits.tasks = qint32(parameters.value(Param::Tasks));
        limits.output = parameters.value(Param::Tasks);
    }
    // Room for every span a legal run can have (a pool task is one), and a bound on what a worker
    // can make the engine hold whatever it sends: 10 M spans are 320 MB.
    limits.spans = 10'000'000;
    if (parameters.applies(Param::Tasks))
        limits.spans = std::max<qint64>(limits.spans, 2 * parameters.value(Param::Tasks) + 1000);
    return limits;
}

void Scenario::showIpcObjects(std::vector<IpcObjectState> objects)
{
    if (m_run.originNs == 0)
        return; // nothing launched yet: no time to say when they were read
    m_run.ipc.objects = std::move(objects);
    m_run.ipc.atNs = monotonicNowNs() - m_run.originNs;
    emit changed();
}

void Scenario::recordIpcRemoval(std::vector<IpcObjectState> objects)
{
    m_run.ipc.leftover = std::move(objects);
    m_run.ipc.checkedAfter = true;
    for (const IpcObjectState &o : m_run.ipc.leftover) {
        if (o.exists)
            addError(
                tr("the %1 %2 (%3) was still there after the run").arg(o.kind, o.role, o.name));
    }
}

void Scenario::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    // What a killed lab left behind (segments and key files of dead runs) goes at the start of
    // every run, whatever its scenario, not only at the next run that creates such objects.
    if (const int removed = removeStaleIpcObjects())
        qCDebug(lcEngine) << "removed" << removed << "IPC objects of dead runs";
    m_supervisor->recorder().setLimits(recorderLimits(m_parameters));
    // The run's origin is set by the supervisor at the first launch, not here: what happens
    // between pressing Run and the first fork (a repaint, creating shared memory) is not the run.
    m_timeout.start(int(m_parameters.value(Param::TimeoutMs)));
    m_stallMonitor->start();
    QMetaObject::invokeMethod(
        this, [this] { begin(); }, Qt::QueuedConnection);
}

void Scenario::stop()
{
    if (m_state != State::Running)
        return;
    abort(tr("stopped by the user"));
}

void Scenario::abort(const QString &message)
{
    if (m_state != State::Running)
        return;
    if (!message.isEmpty())
        m_run.errors.append(message);
    m_aborted = true;
    finishWhenAllEnded();
    m_supervisor->killAll();
}

void Scenario::finishWhenAllEnded()
{
    m_finishing = true;
    if (m_supervisor->runningCount() == 0)
        QMetaObject::invokeMethod(
            this, [this] { complete(); }, Qt::QueuedConnection);
}

void Scenario::complete()
{
    if (m_state != State::Running)
        return;
    m_state = State::Finished;
    m_timeout.stop();
    m_stallMonitor->stop();
    // Wall time ends when the last process ended, not when the event loop got round to noticing.
    qint64 end = 0;
    for (const auto &p : m_run.processes)
        end = std::max(end, p.exitedNs);
    m_run.wallNs = end > 0 || m_run.originNs == 0 ? end : monotonicNowNs() - m_run.originNs;
    collectResults();
    qCDebug(lcEngine) << "run complete" << m_run.scenario << m_run.wallNs << m_run.errors;
    emit changed();
    emit finished();
}

} // namespace proclab
