// SPDX-License-Identifier: MIT
#include "pythonscenario.h"

#include "clock.h"
#include "stallmonitor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <algorithm>
#include <csignal>
#include <set>

#include "ipcscenarios.h"

namespace proclab {

namespace {

constexpr QLatin1StringView kRunDirectoryName("python"); // proclab-python-<lab pid>-XXXXXX

QString startMethodName(const ScenarioParameters &parameters)
{
    const ParamSpec *spec = parameters.spec(Param::StartMethod);
    return spec ? choiceName(*spec, parameters.value(Param::StartMethod)) : QStringLiteral("fork");
}

QJsonObject exitJson(const ExitStatus &exit)
{
    QJsonObject json{{QStringLiteral("kind"), ExitStatus::kindName(exit.kind)}};
    if (exit.finished())
        json.insert(QStringLiteral("python_exitcode"), exit.pythonExitCode());
    return json;
}

} // namespace

namespace {
// How long a Python program may show no sign of life after one of its processes died abnormally,
// while none of its processes works (every live one waits at a barrier or for a lock, or has
// nothing open), before the lab concludes it waits for the dead one for ever; and how often it
// looks. A run with a fault ends within about 2 s of it (the fault matrix measures it).
constexpr int kStallAfterFaultMs = 1200;
constexpr int kFaultWatchMs = 100;

// CPython names its pool's processes ForkPoolWorker-N, SpawnPoolWorker-N, ForkServerPoolWorker-N
// (multiprocessing/pool.py), whatever the program does.
bool isPoolWorker(const ProcessRecord &p)
{
    static const QRegularExpression name(
        QStringLiteral("^(Fork|Spawn|ForkServer)PoolWorker-\\d+$"));
    return name.match(p.name).hasMatch();
}
} // namespace

PythonScenario::PythonScenario(const ScenarioParameters &parameters, QObject *parent)
    : Scenario(parameters, parent)
{
    m_faultWatch.setInterval(kFaultWatchMs);
    connect(&m_faultWatch, &QTimer::timeout, this, &PythonScenario::checkProgressAfterFault);
}

qint64 PythonScenario::progressMark() const
{
    qint64 mark = run().spanCount();
    for (const ProcessRecord &p : run().processes) {
        mark += qint64(p.markers.size()) + (p.exit.finished() ? 1 : 0);
        for (const ProcessRecord::OpenSpan &open : p.open)
            mark += open.open ? 1 : 0;
    }
    return mark;
}

void PythonScenario::onProcessFinished(int id)
{
    if (const ProcessRecord *p = run().process(id))
        watchAfterFault(id, p->exit);
}

// A child that exits is a zombie until its parent joins it, and the program may be joining
// another (the tutorial joins in order): its status is read from the kernel now, not when (or if)
// the program gets round to it.
void PythonScenario::onProcessExited(int id)
{
    const ProcessRecord *p = run().process(id);
    if (p && !p->exit.finished())
        watchAfterFault(id, supervisor().statusOfZombie(id));
}

void PythonScenario::watchAfterFault(int id, const ExitStatus &exit)
{
    const ProcessRecord *p = run().process(id);
    if (!isRunning() || !p || id == m_main || p->pid <= 0)
        return;
    const bool abnormal = exit.kind == ExitStatus::Kind::Signal ||
                          (exit.kind == ExitStatus::Kind::Normal && exit.code != 0);
    if (!abnormal || m_faultWatch.isActive())
        return;
    m_fault = tr("process %1 (%2) ended with Python exit code %3")
                  .arg(id)
                  .arg(p->name)
                  .arg(exit.pythonExitCode());
    m_faultId = id;
    m_faultInPool = isPoolWorker(*p);
    m_lastMark = progressMark();
    m_lastProgressNs = monotonicNowNs();
    m_faultWatch.start();
}

void PythonScenario::checkProgressAfterFault()
{
    if (!isRunning()) {
        m_faultWatch.stop();
        return;
    }
    const qint64 mark = progressMark();
    const qint64 now = monotonicNowNs();
    // A process inside its work is not waiting for the dead one (a daemon terminated while the
    // regular child still works is the tutorial's own case): only when every live child is waiting
    // (at a barrier, for a lock) or has nothing open does silence mean a wait for ever.
    const bool working =
        std::any_of(run().processes.begin(), run().processes.end(),
                    [](const ProcessRecord &p) {
                        // A traced child's work span is its whole life, so
                        // an open barrier or lock wait inside it is a wait.
                        // A pool worker's life is mostly a wait for its next chunk, and the
                        // tracer reports a chunk's tasks when it ends (one write per chunk): its
                        // work shows as progress (the tasks it reports), its open work span says
                        // nothing.
                        return p.parent >= 0 && !p.exit.finished() && !isPoolWorker(p) &&
                               (p.open[int(SpanKind::Work)].open ||
                                p.open[int(SpanKind::Task)].open) &&
                               !p.open[int(SpanKind::BarrierWait)].open &&
                               !p.open[int(SpanKind::LockWait)].open;
                    }) ||
        // A process the kernel has running or runnable is not waiting for anyone, however long
        // it is silent (a program at nice 19 on a busy machine can be silent for seconds); one
        // that waits for ever sleeps, and so does everything it waits for. Its descendants count
        // too: a process sleeping in join() of a child that still boots (spawn, on a busy
        // machine) waits for that child, not for the dead one.
        [this] {
            std::set<qint64> visited;
            return std::any_of(run().processes.begin(), run().processes.end(),
                               [&visited](const ProcessRecord &p) {
                                   return p.pid > 0 && !p.exit.finished() &&
                                          StallMonitor::runningInTree(p.pid, visited);
                               });
        }();
    if (mark != m_lastMark || working) {
        m_lastMark = mark;
        m_lastProgressNs = now;
        return;
    }
    if (now - m_lastProgressNs < qint64(kStallAfterFaultMs) * 1'000'000)
        return;
    m_faultWatch.stop();
    m_endExplained.push_back(m_faultId);
    if (m_faultInPool) {
        abort(
            tr("after %1 the pool is broken: that worker's chunk never comes back, and Pool.map() "
               "waits for it for ever (nothing happened for %2 s); the lab ended the run")
                .arg(m_fault)
                .arg(kStallAfterFaultMs / 1000.0));
        return;
    }
    abort(tr("after %1 nothing happened for %2 s: the program waits for it for ever (Python's "
             "Barrier and join() have no timeout); the lab ended the run")
              .arg(m_fault)
              .arg(kStallAfterFaultMs / 1000.0));
}

QString PythonScenario::pythonProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

QString PythonScenario::pythonDirectory()
{
    const QString fromEnv = qEnvironmentVariable("PROCLAB_PYTHON_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QDir app(QCoreApplication::applicationDirPath());
    // Tests and benchmarks live beside the lab in bin/, and find the same copy.
    for (const QString &candidate : {app.filePath(QStringLiteral("python")),
                                     app.filePath(QStringLiteral("../share/proclab/python"))}) {
        if (QFileInfo::exists(candidate + QStringLiteral("/proclab_trace/__main__.py")))
            return QDir::cleanPath(candidate);
    }
    return app.filePath(QStringLiteral("python"));
}

QStringList PythonScenario::programArguments(const ScenarioParameters &parameters)
{
    QStringList args;
    const auto add = [&](Param p, const char *option) {
        if (parameters.applies(p))
            args << QLatin1String(option) << QString::number(parameters.value(p));
    };
    add(Param::Workers, "--workers");
    add(Param::Workload, "--workload");
    add(Param::Rounds, "--rounds");
    add(Param::Tasks, "--tasks");
    add(Param::Chunksize, "--chunksize");
    add(Param::KillAfter, "--kill-after");
    add(Param::Duration, "--duration");
    add(Param::Seed, "--seed");
    if (parameters.applies(Param::Signal))
        args << QStringLiteral("--signal")
             << (parameters.value(Param::Signal) == 9 ? QStringLiteral("kill")
                                                      : QStringLiteral("term"));
    if (parameters.applies(Param::JoinInLoop) && parameters.value(Param::JoinInLoop))
        args << QStringLiteral("--join-in-loop");
    args << QStringLiteral("--start-method") << startMethodName(parameters);
    return args;
}

int PythonScenario::processesToReserve() const
{
    const ScenarioParameters &p = parameters();
    int own = 2;
    switch (p.scenario()) {
    case ScenarioId::Naming:
    case ScenarioId::Killing:
    case ScenarioId::Daemons:
        own = 2;
        break;
    case ScenarioId::Spawning:
        own = p.intValue(Param::Workers);
        break;
    case ScenarioId::Barrier:
        own = p.intValue(Param::Workers) + 2;
        break;
    case ScenarioId::Pool:
        own = p.intValue(Param::Workers);
        break;
    }
    // spawn adds a resource tracker, forkserver a fork server and a resource tracker; and a
    // little room for what a program starts that the lab did not foresee.
    return own + 4;
}

void PythonScenario::begin()
{
    const QString python = pythonProgram();
    if (python.isEmpty()) {
        abort(tr("python3 was not found: the Python runtime needs the Debian package python3 "
                 "(the C++ runtime works without it)"));
        return;
    }
    const QString dir = pythonDirectory();
    const QString script = dir + QStringLiteral("/tutorial/") +
                           QLatin1String(scenarioInfo(parameters().scenario()).script);
    const QString tracer = dir + QStringLiteral("/proclab_trace/__main__.py");
    if (!QFileInfo::exists(tracer) || !QFileInfo::exists(script)) {
        abort(tr("the tracing module or the tutorial program was not found in %1").arg(dir));
        return;
    }
    // The program's TMPDIR: multiprocessing's pymp-* directories and the tracer's code for
    // spawned interpreters go there, and with the run, also when the lab had to kill the
    // processes that would have removed them (Stop, a fault, a time limit). Those of a lab that
    // was killed go at the next.
    RunDirectory::removeStale(kRunDirectoryName);
    m_runDir = std::make_unique<RunDirectory>(kRunDirectoryName);
    if (!m_runDir->isValid()) {
        abort(tr("cannot create the run's directory: %1").arg(m_runDir->errorString()));
        return;
    }
    const int main = supervisor().nextId();
    const int children = processesToReserve();
    WorkerSpec spec;
    spec.name = QStringLiteral("MainProcess");
    // The tracer by its path rather than `-m proclab_trace`: -m costs runpy, and the PYTHONPATH
    // it needs is searched by every import of the program before the standard library (together
    // ~3.7 million instructions of a traced start that `python3 SCRIPT` does not run: nearly
    // half of what the tracer added to a short program's main process).
    spec.command = QStringList{python, tracer, QStringLiteral("--start-method"),
                               startMethodName(parameters()), script} +
                   programArguments(parameters());
    spec.environment = {
        QStringLiteral("PYTHONDONTWRITEBYTECODE=1"), QStringLiteral("PROCLAB_EVENT_FD=1"),
        QStringLiteral("PROCLAB_PROCESS_ID=%1").arg(main),
        QStringLiteral("PROCLAB_CHILD_IDS=%1-%2").arg(main + 1).arg(main + children),
        QStringLiteral("TMPDIR=%1").arg(m_runDir->path())};
    spec.printsOnStderr = true;
    connect(&supervisor(), &ProcessSupervisor::processFinished, this,
            &PythonScenario::onProcessFinished);
    connect(&supervisor(), &ProcessSupervisor::processExited, this,
            &PythonScenario::onProcessExited);
    m_main = supervisor().launch(spec);
    // Reserved before the event loop reads a line of the program (it cannot have spoken yet).
    for (int i = 0; i < children; ++i)
        supervisor().reserveChild(m_main);
    finishWhenAllEnded();
}

void PythonScenario::processStopped(int id)
{
    const ProcessRecord *p = run().process(id);
    if (!isRunning() || !p || p->exit.finished())
        return;
    addError(tr("process %1 (%2) was stopped (SIGSTOP or a debugger): the program could not go "
                "on while it was; the lab killed it")
                 .arg(id)
                 .arg(p->name));
    m_endExplained.push_back(id);
    supervisor().sendSignal(id, SIGKILL);
}

void PythonScenario::collectResults()
{
    m_faultWatch.stop();
    supervisor().dropUnusedReservations();
    const Run &r = run();
    // A process of the program killed by a signal that no process of the program sent (its own
    // terminate() and kill() say so, and those deaths are the tutorial's): from outside, or a
    // fault the lab injected. The program may well have gone on without it (a Pool replaces a
    // dead worker that held no chunk), but the run did not go as written. Not after Stop or a
    // time limit (the lab ended them; the run's error says so) nor twice for one death.
    for (const ProcessRecord &p : r.processes) {
        if (isAborted())
            break;
        if (p.exit.kind != ExitStatus::Kind::Signal ||
            (p.exitCause.event == CauseEvent::Signal && p.exitCause.process >= 0) ||
            std::find(m_endExplained.begin(), m_endExplained.end(), p.id) != m_endExplained.end())
            continue;
        addError(tr("process %1 (%2) was killed by signal %3 (%4), which the program did not "
                    "send: Python exit code %5")
                     .arg(p.id)
                     .arg(p.name)
                     .arg(p.exit.signal)
                     .arg(signalName(p.exit.signal))
                     .arg(p.exit.pythonExitCode()));
    }
    QJsonArray processes;
    for (const ProcessRecord &p : r.processes) {
        processes.append(
            QJsonObject{{QStringLiteral("id"), p.id},
                        {QStringLiteral("name"), p.name},
                        {QStringLiteral("exit"), exitJson(p.exit)},
                        {QStringLiteral("output_size"),
                         p.outputSize >= 0 ? QJsonValue(p.outputSize) : QJsonValue()}});
    }
    QStringList printed =
        QString::fromUtf8(supervisor().printedOutput(m_main)).split(QLatin1Char('\n'));
    while (!printed.isEmpty() && printed.last().isEmpty())
        printed.removeLast();
    QJsonObject results{{QStringLiteral("processes"), processes},
                        {QStringLiteral("printed"), QJsonArray::fromStringList(printed)}};
    QJsonObject facts{{QStringLiteral("runtime"), QStringLiteral("python")},
                      {QStringLiteral("start_method"), startMethodName(parameters())}};

    const auto childrenNamed = [&r](const QString &part) {
        std::vector<int> ids;
        for (const ProcessRecord &p : r.processes) {
            if (p.parent >= 0 && p.name.contains(part))
                ids.push_back(p.id);
        }
        return ids;
    };
    switch (parameters().scenario()) {
    case ScenarioId::Barrier: {
        const std::vector<int> participants = childrenNamed(QStringLiteral("test_with_barrier"));
        const qint64 rounds = parameters().value(Param::Rounds);
        const BarrierRunProperties props = barrierRunProperties(r, participants, rounds);
        facts.insert(QStringLiteral("participants"), int(participants.size()));
        facts.insert(QStringLiteral("barrier_order_ok"), props.orderOk);
        facts.insert(QStringLiteral("lock_exclusive_ok"), props.exclusive);
        facts.insert(QStringLiteral("barrier_wait_ns"), props.barrierWaitNs);
        facts.insert(QStringLiteral("lock_wait_ns"), props.lockWaitNs);
        results.insert(QStringLiteral("rounds"), rounds);
        results.insert(QStringLiteral("rounds_passed"), props.roundsPassed);
        results.insert(QStringLiteral("critical_sections"), props.holds);
        results.insert(QStringLiteral("expected_critical_sections"),
                       rounds * qint64(participants.size()));
        results.insert(QStringLiteral("lock_order"), props.lockOrder);
        break;
    }
    case ScenarioId::Pool: {
        // Every task index of range(n), and how often its span was recorded.
        const qint64 n = parameters().value(Param::Tasks);
        std::vector<int> seen(size_t(std::max<qint64>(0, n)), 0);
        for (const ProcessRecord &p : r.processes) {
            for (const Span &s : p.spans) {
                if (s.kind == SpanKind::Task && s.task >= 0 && s.task < n)
                    ++seen[size_t(s.task)];
            }
        }
        const auto once = std::count(seen.begin(), seen.end(), 1);
        facts.insert(QStringLiteral("tasks_done_once"), qint64(once));
        facts.insert(QStringLiteral("tasks_missing"),
                     qint64(std::count(seen.begin(), seen.end(), 0)));
        facts.insert(QStringLiteral("tasks_repeated"),
                     qint64(std::count_if(seen.begin(), seen.end(), [](int c) { return c > 1; })));
        facts.insert(QStringLiteral("every_task_once"), once == n);
        break;
    }
    default:
        break;
    }
    // Every process has ended: what the program left in its TMPDIR goes with the run.
    if (m_runDir) {
        const QString dir = m_runDir->path();
        if (!m_runDir->remove())
            addError(tr("the run's directory %1 could not be removed").arg(dir));
        m_runDir.reset();
    }
    mutableRun().results = results;
    mutableRun().facts = facts;
}

} // namespace proclab
