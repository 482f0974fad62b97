// SPDX-License-Identifier: MIT
#include "processsupervisor.h"

#include "clock.h"
#include "eventstream.h"
#include "exitwatcher.h"
#include "logging.h"
#include "segmentheader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <poll.h>
// glibc 2.36's header lacks the extern "C" block (fixed in 2.37).
extern "C" {
#include <sys/pidfd.h>
}
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

namespace proclab {

namespace {
constexpr int kMaxErrors = 200; // a worker spewing garbage must not flood the run
constexpr qsizetype kMaxStderr = 4096;
// A program's own printed output (the Python runtime's prints) is kept up to this much.
constexpr qsizetype kMaxPrinted = 64 * 1024;
// 19, not 10: 64 CPU-bound workers at nice 10 still outweighed the window's thread (64 x 110
// against 1024 in the kernel's weights) and it waited up to 18 ms for a CPU while a run started.
constexpr int kWorkerNice = 19;

// A pidfd is readable once its process has exited (zombie or reaped).
bool pidfdExited(int pidfd)
{
    pollfd p{pidfd, POLLIN, 0};
    return ::poll(&p, 1, 0) > 0;
}

// /proc/PID/stat: "pid (comm) S ppid …"; the fields after the last ')' are state, ppid.
qint64 parentPidOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const qsizetype paren = line.lastIndexOf(')');
    if (paren < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(paren + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : -1;
}
} // namespace

// Everything the supervisor knows about one process of the run beyond its ProcessRecord: its
// QProcess and event stream (processes the lab started), its pidfd, and the two facts that settle
// its end: the exit status (from whoever collected it) and the exit time (from the watcher).
struct ProcessSupervisor::Tracked
{
    int id = 0;
    QProcess *process = nullptr; // the lab's own children only
    std::unique_ptr<EventStream> events;
    QByteArray stderrText;
    bool stderrIsOutput = false; // the program's printed output, not a complaint
    bool silent = false;         // expected to report nothing itself (WorkerSpec::silent)
    bool outputToFile = false;   // its stdout and stderr go to a file (WorkerSpec::outputFile)
    int pidfd = -1;
    qint64 exitStampNs = -1; // absolute, from the ExitWatcher
    bool statusKnown = false;
    ExitStatus status;
    bool orphaned = false;
    bool settled = false;
    qint64 joinSinceNs = -1; // relative: when a join() began to wait for it, if one did

    ~Tracked()
    {
        if (pidfd >= 0)
            ::close(pidfd);
    }
};

ProcessSupervisor::ProcessSupervisor(Run &run, QObject *parent)
    : QObject(parent)
    , m_run(run)
    , m_recorder(run)
    , m_program(defaultWorkerProgram())
    , m_watcher(std::make_unique<ExitWatcher>())
{
    // Orphans of the workers become the lab's children, so their real exit status can be
    // collected (waitid) instead of being guessed from the signal the lab sent.
    ::prctl(PR_SET_CHILD_SUBREAPER, 1);
    connect(m_watcher.get(), &ExitWatcher::exited, this, &ProcessSupervisor::onExitStamp,
            Qt::QueuedConnection);
}

ProcessSupervisor::~ProcessSupervisor()
{
    killAndCollectAll();
}

void ProcessSupervisor::killAndCollectAll()
{
    // Nothing may call back into a half-destroyed supervisor; then make sure no process survives.
    m_watcher->disconnect(this);
    for (auto &t : m_tracked) {
        if (t && t->process)
            t->process->disconnect(this);
    }
    killAll();
    for (auto &t : m_tracked) {
        // SIGKILL has been sent; this only collects the zombie (microseconds), it never waits on
        // work.
        if (t && t->process)
            t->process->waitForFinished(1000);
    }
    // The workers' own children: by now orphans, so ours to collect (ECHILD when they are not).
    for (auto &t : m_tracked) {
        if (t && !t->process && t->pidfd >= 0 && !t->settled) {
            siginfo_t info{};
            while (::waitid(idtype_t(P_PIDFD), id_t(t->pidfd), &info, WEXITED) < 0 &&
                   errno == EINTR) {
            }
        }
    }
}

QString ProcessSupervisor::defaultWorkerProgram()
{
    const QString fromEnv = qEnvironmentVariable("PROCLAB_WORKER");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QCoreApplication::applicationDirPath() + QStringLiteral("/proclab-worker");
}

ProcessSupervisor::Tracked &ProcessSupervisor::track(int id)
{
    if (size_t(id) >= m_tracked.size())
        m_tracked.resize(size_t(id) + 1);
    if (!m_tracked[size_t(id)]) {
        m_tracked[size_t(id)] = std::make_unique<Tracked>();
        m_tracked[size_t(id)]->id = id;
    }
    return *m_tracked[size_t(id)];
}

ProcessSupervisor::Tracked *ProcessSupervisor::tracked(int id) const
{
    if (id < 0 || size_t(id) >= m_tracked.size())
        return nullptr;
    return m_tracked[size_t(id)].get();
}

int ProcessSupervisor::dropUnusedReservations()
{
    int dropped = 0;
    while (!m_run.processes.empty()) {
        const ProcessRecord &last = m_run.processes.back();
        const Tracked *t = tracked(last.id);
        if (last.parent < 0 || last.pid > 0 || !last.spans.empty() || !last.markers.empty() ||
            (t && (t->process || !t->settled)))
            break;
        if (size_t(last.id) < m_tracked.size())
            m_tracked.resize(size_t(last.id));
        m_run.processes.pop_back();
        ++dropped;
    }
    return dropped;
}

QByteArray ProcessSupervisor::printedOutput(int id) const
{
    const Tracked *t = tracked(id);
    return t && t->stderrIsOutput ? t->stderrText : QByteArray();
}

QString ProcessSupervisor::programFor(const WorkerSpec &spec) const
{
    if (spec.executable.isEmpty())
        return m_program;
    return QFileInfo(m_program).dir().filePath(spec.executable);
}

std::unique_ptr<EventStream> ProcessSupervisor::createEventStream(int sourceId,
                                                                  const QString &label)
{
    return std::make_unique<EventStream>(
        m_recorder, sourceId, [this](const Event &event) { onEvent(event); },
        [this, sourceId, label](const QString &line, const QString &error) {
            if (m_recorder.budgetExceeded() && !m_budgetReported) {
                m_budgetReported = true;
                emit budgetExceeded();
            }
            // One entry per writer and kind of error, however often a worker repeats it.
            addError(tr("process %1 (%2): bad event line \"%3\": %4")
                         .arg(sourceId)
                         .arg(label, line, error),
                     QStringLiteral("line %1 %2 %3").arg(sourceId).arg(label, error));
        });
}

void ProcessSupervisor::setChildStatusResolver(int parentId, ChildStatusResolver resolver)
{
    m_childStatusResolvers.emplace_back(parentId, std::move(resolver));
}

int ProcessSupervisor::launch(const WorkerSpec &spec)
{
    const int id = nextId();
    ProcessRecord record;
    record.id = id;
    record.name = spec.name.isEmpty() ? QStringLiteral("Process-%1").arg(id + 1) : spec.name;
    record.daemon = spec.daemon;
    m_run.processes.push_back(record);

    Tracked &t = track(id);
    t.process = new QProcess(this);
    t.events = createEventStream(id, record.name);

    QProcess *process = t.process;
    Tracked *tp = &t;
    QStringList arguments;
    if (!spec.command.isEmpty()) {
        process->setProgram(spec.command.first());
        arguments = spec.command.mid(1);
    } else {
        process->setProgram(programFor(spec));
        arguments = {spec.role, QStringLiteral("--id"), QString::number(id),
                     QStringLiteral("--parent-pid"),
                     QString::number(QCoreApplication::applicationPid())};
        arguments += spec.args;
    }
    process->setArguments(arguments);
    if (!spec.environment.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &entry : spec.environment) {
            const qsizetype eq = entry.indexOf(QLatin1Char('='));
            if (eq > 0)
                environment.insert(entry.left(eq), entry.mid(eq + 1));
        }
        process->setProcessEnvironment(environment);
    }
    if (!spec.outputFile.isEmpty()) {
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->setStandardOutputFile(spec.outputFile);
        t.outputToFile = true;
    }
    t.stderrIsOutput = spec.printsOnStderr;
    t.silent = spec.silent;
    process->setStandardInputFile(QProcess::nullDevice());
    // Workers run at a lower priority than the lab: on a machine they saturate, the window and
    // the engine must not wait behind the processes they watch (a frame is 16 ms; a CPU-bound
    // worker's time slice is a few). The workers still compete with one another exactly as
    // before, so what they measure among themselves does not change. (Between fork and exec:
    // only async-signal-safe calls.)
    const int deathSignal = spec.parentDeathSignal;
    process->setChildProcessModifier([deathSignal] {
        ::setpriority(PRIO_PROCESS, 0, kWorkerNice);
        if (deathSignal != 0)
            ::prctl(PR_SET_PDEATHSIG, deathSignal);
    });
    connect(process, &QProcess::readyReadStandardOutput, this, [this, tp] {
        tp->events->feed(tp->process->readAllStandardOutput());
        emit runChanged();
    });
    connect(process, &QProcess::readyReadStandardError, this, [tp] {
        const QByteArray text = tp->process->readAllStandardError();
        const qsizetype cap = tp->stderrIsOutput ? kMaxPrinted : kMaxStderr;
        tp->stderrText += text.left(std::max<qsizetype>(0, cap - tp->stderrText.size()));
    });
    connect(process, &QProcess::finished, this, [this, tp](int code, QProcess::ExitStatus status) {
        onProcessFinished(*tp, code, status);
    });
    connect(process, &QProcess::errorOccurred, this, [this, tp](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onFailedToStart(*tp);
        // crashes and read errors arrive with finished()
    });

    const qint64 now = monotonicNowNs();
    if (m_run.originNs == 0)
        m_run.originNs = now; // the run begins when its first process is launched
    m_run.processes[size_t(id)].launchedNs = m_recorder.relative(now);
    qCDebug(lcEngine) << "launch" << id << process->program() << arguments;
    process->start();
    if (const qint64 pid = process->processId(); pid > 0 && !t.settled) {
        m_run.processes[size_t(id)].pid = pid;
        // Our child cannot have been reaped yet (QProcess collects it from this thread's event
        // loop), so this pidfd is certainly the process just started.
        watchExit(t, pid);
    }
    return id;
}

void ProcessSupervisor::watchExit(Tracked &t, qint64 pid)
{
    t.pidfd = ::pidfd_open(pid_t(pid), 0);
    if (t.pidfd < 0) {
        qCWarning(lcEngine) << "pidfd_open" << pid << "failed:" << strerror(errno);
        return;
    }
    if (!m_watcher->watch(t.id, t.pidfd))
        qCWarning(lcEngine) << "cannot watch pidfd of" << pid;
}

int ProcessSupervisor::reserveChild(int parentId)
{
    ProcessRecord record;
    record.id = nextId();
    record.parent = parentId;
    record.name = QStringLiteral("Process-%1:%2").arg(parentId + 1).arg(record.id + 1);
    m_run.processes.push_back(record);
    track(record.id);
    return record.id;
}

bool ProcessSupervisor::sendSignal(int id, int signal)
{
    Tracked *t = tracked(id);
    ProcessRecord *record = m_run.process(id);
    if (!t || !record || t->settled || t->pidfd < 0 || pidfdExited(t->pidfd))
        return false;
    const qint64 sentNs = m_recorder.relative(monotonicNowNs());
    if (::pidfd_send_signal(t->pidfd, signal, nullptr, 0) != 0)
        return false;
    // No runChanged() here: callers may be reacting to one (the marker shows on the next).
    record->markers.push_back({sentNs, Marker::Kind::SignalSent, signal, {}});
    return true;
}

bool ProcessSupervisor::isAlive(int id) const
{
    const Tracked *t = tracked(id);
    if (!t || t->settled || t->pidfd < 0)
        return false;
    return !pidfdExited(t->pidfd);
}

ExitStatus ProcessSupervisor::statusOfZombie(int id) const
{
    const Tracked *t = tracked(id);
    const ProcessRecord *record = m_run.process(id);
    // Pinned and exited: the pid is still this process's until its parent collects it.
    if (!t || !record || record->pid <= 0 || t->pidfd < 0 || !pidfdExited(t->pidfd))
        return ExitStatus{ExitStatus::Kind::Unknown, 0, 0};
    QFile stat(QStringLiteral("/proc/%1/stat").arg(record->pid));
    if (!stat.open(QIODevice::ReadOnly))
        return ExitStatus{ExitStatus::Kind::Unknown, 0, 0}; // collected meanwhile
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    // After "pid (comm) ": field 3 is the state, field 52 the exit code as waitpid() reports it.
    const QList<QByteArray> fields =
        close < 0 ? QList<QByteArray>() : line.mid(close + 2).split(' ');
    bool ok = false;
    const int status = fields.size() >= 50 ? fields.at(49).trimmed().toInt(&ok) : 0;
    if (!ok || fields.at(0) != "Z")
        return ExitStatus{ExitStatus::Kind::Unknown, 0, 0};
    return WIFSIGNALED(status) ? ExitStatus{ExitStatus::Kind::Signal, 0, WTERMSIG(status)}
                               : ExitStatus{ExitStatus::Kind::Normal, WEXITSTATUS(status), 0};
}

bool ProcessSupervisor::hasFinished(int id) const
{
    const ProcessRecord *record = m_run.process(id);
    return record && record->exit.finished();
}

int ProcessSupervisor::runningCount() const
{
    return int(std::count_if(m_run.processes.begin(), m_run.processes.end(),
                             [](const ProcessRecord &p) { return !p.exit.finished(); }));
}

bool ProcessSupervisor::isTimedOut(int id) const
{
    return std::find(m_timedOut.begin(), m_timedOut.end(), id) != m_timedOut.end();
}

void ProcessSupervisor::join(int id, int timeoutMs, std::function<void(bool)> then)
{
    if (hasFinished(id)) {
        QMetaObject::invokeMethod(
            this, [then] { then(false); }, Qt::QueuedConnection);
        return;
    }
    m_joins.emplace_back(id, std::move(then));
    if (Tracked *t = tracked(id); t && t->joinSinceNs < 0)
        t->joinSinceNs = m_recorder.relative(monotonicNowNs());
    if (timeoutMs > 0) {
        // The deadline goes with the join: when the process finishes, or with the supervisor.
        // (QTimer::singleShot's timer stayed registered on the engine thread for the whole
        // timeout after the join was answered and its run was gone: tst_soak's heap grew by the
        // timers of every killing run of the last 5 s.)
        auto *deadline = new QTimer(this);
        deadline->setSingleShot(true);
        connect(this, &ProcessSupervisor::processFinished, deadline, [deadline, id](int finished) {
            if (finished == id)
                deadline->deleteLater();
        });
        deadline->callOnTimeout(this, [this, id, deadline] {
            deadline->deleteLater();
            if (hasFinished(id))
                return;
            Tracked *t = tracked(id);
            // Exited on its own in time, only not collected yet (the engine was busy): not a
            // timeout, and nothing to kill. The kernel says so, not the order of our events.
            if (t && t->pidfd >= 0 && pidfdExited(t->pidfd))
                return;
            const QString &name = m_run.processes[size_t(id)].name;
            if (t && t->pidfd >= 0 && ::pidfd_send_signal(t->pidfd, SIGKILL, nullptr, 0) != 0) {
                if (errno == ESRCH)
                    return; // it exited just now: as above
                addError(tr("process %1 (%2) did not finish in time and could not be killed: %3")
                             .arg(id)
                             .arg(name, QString::fromLocal8Bit(std::strerror(errno))));
                return;
            }
            addError(tr("process %1 (%2) did not finish in time and was killed").arg(id).arg(name));
            m_timedOut.push_back(id);
        });
        deadline->start(timeoutMs);
    }
}

void ProcessSupervisor::killAll(ExitStatus::Kind as)
{
    for (auto &t : m_tracked) {
        if (!t || t->settled || t->pidfd < 0 || pidfdExited(t->pidfd))
            continue;
        if (as == ExitStatus::Kind::Timeout)
            m_timedOut.push_back(t->id);
        ::pidfd_send_signal(t->pidfd, SIGKILL, nullptr, 0);
    }
}

void ProcessSupervisor::onEvent(const Event &event)
{
    switch (event.type) {
    case EventType::Ready:
        emit processReady(event.processId);
        break;
    case EventType::Spawn:
        onSpawn(event);
        break;
    case EventType::Reaped: {
        // The parent collected its child: that is the child's status (Python's exitcode) and its
        // reap time; its exit time comes from the watcher.
        Tracked &child = track(event.childId);
        if (child.settled || child.statusKnown)
            break;
        child.status = event.reap == ReapKind::Normal
                           ? ExitStatus{ExitStatus::Kind::Normal, int(event.value), 0}
                           : ExitStatus{ExitStatus::Kind::Signal, 0, int(event.value)};
        child.statusKnown = true;
        settle(child);
        break;
    }
    default:
        break;
    }
}

void ProcessSupervisor::onSpawn(const Event &event)
{
    // A worker says it started a child with this pid. Before the lab will ever signal that pid it
    // makes sure it is that child: a pidfd pins the process, and the process behind it must be
    // the reporting worker's child. Otherwise the child has already gone (or the line lied) and
    // the lab leaves the pid alone. (A child whose parent died before this line was read is
    // reparented and fails the check too: rare, and safer than trusting any child of the lab.)
    Tracked &child = track(event.childId);
    const qint64 pid = event.value;
    const int pidfd = ::pidfd_open(pid_t(pid), 0);
    if (pidfd < 0)
        return;
    // Its parent is the reporting worker, and it started no earlier than that worker did (so it is
    // not some older process that the worker happens to have adopted).
    const qint64 parentPid = m_run.processes[size_t(event.processId)].pid;
    const unsigned long long parentStart = ipc::processStartTicks(parentPid);
    const bool ours = parentPidOf(pid) == parentPid && parentStart != 0 &&
                      ipc::processStartTicks(pid) >= parentStart;
    if (!ours || pidfdExited(pidfd)) {
        // An exited process's pidfd is no use for stamping: its exit has already happened.
        ::close(pidfd);
        return;
    }
    child.pidfd = pidfd;
    m_watcher->watch(child.id, pidfd);
}

void ProcessSupervisor::onProcessFinished(Tracked &t, int exitCode, QProcess::ExitStatus status)
{
    const qint64 collectedNs = m_recorder.relative(monotonicNowNs());
    if (!t.outputToFile) {
        t.events->feed(t.process->readAllStandardOutput());
        const QByteArray text = t.process->readAllStandardError();
        t.stderrText += text.left(std::max<qsizetype>(0, kMaxStderr - t.stderrText.size()));
    }
    t.events->finish();
    if (t.settled)
        return;
    m_run.processes[size_t(t.id)].reapedNs = collectedNs;
    t.status = status == QProcess::CrashExit ? ExitStatus{ExitStatus::Kind::Signal, 0, exitCode}
                                             : ExitStatus{ExitStatus::Kind::Normal, exitCode, 0};
    t.statusKnown = true;
    settle(t);
}

void ProcessSupervisor::onFailedToStart(Tracked &t)
{
    ProcessRecord &record = m_run.processes[size_t(t.id)];
    if (t.settled)
        return;
    const qint64 now = m_recorder.relative(monotonicNowNs());
    record.exit = {ExitStatus::Kind::FailedToStart, 0, 0};
    record.pid = 0;
    record.exitedNs = now;
    record.reapedNs = now;
    record.exitStamp = ExitStamp::Noticed;
    t.settled = true;
    addError(tr("process %1 (%2) failed to start: %3 (%4)")
                 .arg(t.id)
                 .arg(record.name, t.process->errorString(), t.process->program()));
    // start() may report this synchronously; let launch() return before anyone hears of it.
    const int id = t.id;
    QMetaObject::invokeMethod(
        this, [this, id] { markFinished(id); }, Qt::QueuedConnection);
}

void ProcessSupervisor::onExitStamp(int id, qint64 monotonicNs)
{
    Tracked *t = tracked(id);
    if (!t || t->settled)
        return;
    t->exitStampNs = monotonicNs;
    if (!t->statusKnown)
        emit processExited(id);
    if (t->orphaned && !t->statusKnown)
        collectOrphan(*t);
    settle(*t);
}

void ProcessSupervisor::collectOrphan(Tracked &t)
{
    siginfo_t info{};
    if (::waitid(idtype_t(P_PIDFD), id_t(t.pidfd), &info, WEXITED | WNOHANG) == 0) {
        if (info.si_pid == 0)
            return; // still running
        m_run.processes[size_t(t.id)].reapedNs = m_recorder.relative(monotonicNowNs());
        t.status = info.si_code == CLD_EXITED
                       ? ExitStatus{ExitStatus::Kind::Normal, info.si_status, 0}
                       : ExitStatus{ExitStatus::Kind::Signal, 0, info.si_status};
    } else if (const std::optional<ExitStatus> status = resolvedChildStatus(t.id)) {
        // Collected by its parent, which said how (mpirun: from its own exit status).
        t.status = *status;
    } else {
        // Not our child after all (the lab could not become a subreaper): it has exited, but
        // nobody here can tell how.
        t.status = ExitStatus{ExitStatus::Kind::Unknown, 0, 0};
        m_run.processes[size_t(t.id)].markers.push_back(
            {m_recorder.relative(monotonicNowNs()), Marker::Kind::Note, 0,
             tr("exited; its status could not be collected")});
    }
    t.statusKnown = true;
}

void ProcessSupervisor::recordCauses(const Tracked &t, ProcessRecord &record)
{
    // Death by a signal the lab sent it (the last one of that number, through its pidfd), or its
    // parent did and said so (signal_sent).
    const ExitStatus &status = record.exit;
    if (status.kind == ExitStatus::Kind::Signal || status.kind == ExitStatus::Kind::Timeout) {
        for (auto m = record.markers.rbegin(); m != record.markers.rend(); ++m) {
            if (m->kind == Marker::Kind::SignalSent && m->signal == status.signal &&
                m->timeNs <= record.exitedNs) {
                record.exitCause = {m->sender, CauseEvent::Signal, m->signal, m->timeNs};
                break;
            }
        }
    }
    // A join that was waiting when the process exited: the exit is what let it return.
    if (t.joinSinceNs >= 0 && record.exitedNs >= t.joinSinceNs && record.reapedNs >= 0)
        record.reapCause = {record.id, CauseEvent::Exit, 0, record.exitedNs};
}

std::optional<ExitStatus> ProcessSupervisor::resolvedChildStatus(int id) const
{
    const ProcessRecord *record = m_run.process(id);
    for (const auto &[parent, resolve] : m_childStatusResolvers) {
        if (record && record->parent == parent)
            return resolve(id);
    }
    return std::nullopt;
}

void ProcessSupervisor::settle(Tracked &t)
{
    if (t.settled || !t.statusKnown)
        return;
    if (t.pidfd >= 0 && t.exitStampNs < 0) {
        // The watcher may have stamped it already with the notice still queued; otherwise it is
        // about to (the status is collected, so the pidfd is readable): wait for it.
        t.exitStampNs = m_watcher->stampOf(t.id);
        if (t.exitStampNs < 0)
            return;
    }
    ProcessRecord &record = m_run.processes[size_t(t.id)];
    const qint64 reaped = record.reapedNs;
    // A normal exit is when the process said it exits, if the OS confirms it (the status carries
    // the very code it announced, and the kernel saw it gone no earlier): what follows is the
    // kernel's teardown, which on saturated cores can wait several ms for a time slice. A death
    // by signal says nothing itself: then the kernel's pidfd stamp, else the reap. Each source is
    // an upper bound of the moment of death; the earliest is the best.
    int announced = -1;
    const qint64 own = m_recorder.exitEventNs(t.id, &announced);
    const qint64 kernel = t.exitStampNs >= 0 ? m_recorder.relative(t.exitStampNs) : -1;
    if (own >= 0 && t.status.kind == ExitStatus::Kind::Normal && t.status.code == announced &&
        (kernel < 0 || own <= kernel)) {
        record.exitedNs = own;
        record.exitStamp = ExitStamp::Worker;
    } else if (kernel >= 0) {
        record.exitedNs = kernel;
        record.exitStamp = ExitStamp::Pidfd;
    } else {
        record.exitedNs = reaped;
        record.exitStamp = ExitStamp::Noticed;
    }
    if (reaped >= 0 && record.exitedNs > reaped) {
        record.exitedNs = reaped;
        record.exitStamp = ExitStamp::Noticed;
    }
    ExitStatus status = t.status;
    // A timeout only where the lab's kill is what ended it: a process that exited on its own while
    // the kill was on its way keeps its real status (not "signal 0").
    if (isTimedOut(t.id) && status.kind == ExitStatus::Kind::Signal)
        status.kind = ExitStatus::Kind::Timeout;
    record.exit = status;
    recordCauses(t, record);
    t.settled = true;
    if (t.pidfd >= 0) {
        ::close(t.pidfd); // also takes it out of the watcher's epoll set
        t.pidfd = -1;
    }
    m_recorder.closeOpenSpans(record);
    if (!t.stderrText.isEmpty() && !t.stderrIsOutput) {
        addError(tr("process %1 (%2) wrote to stderr: %3")
                     .arg(t.id)
                     .arg(record.name, printable(QString::fromLocal8Bit(t.stderrText).trimmed())));
    }
    // A worker that ends on its own without a word is not a worker that did its job.
    if (t.process && !t.silent && status.kind == ExitStatus::Kind::Normal && record.readyNs < 0)
        addError(tr("process %1 (%2) exited without reporting ready").arg(t.id).arg(record.name));
    cleanUpOrphansOf(t.id);
    markFinished(t.id);
}

void ProcessSupervisor::cleanUpOrphansOf(int parentId)
{
    emit aboutToSettleChildren(parentId);
    // By index, and no reference kept across settle(): it runs join callbacks, which may launch
    // processes (m_run.processes grows and moves).
    for (size_t i = 0; i < m_run.processes.size(); ++i) {
        if (m_run.processes[i].parent != parentId)
            continue;
        Tracked &t = track(int(i));
        ProcessRecord &child = m_run.processes[i];
        if (t.settled || t.statusKnown)
            continue;
        t.orphaned = true;
        const qint64 now = m_recorder.relative(monotonicNowNs());
        if (child.pid <= 0 || t.pidfd < 0) {
            // Never spawned, or gone before the lab could pin it: nothing of it is left to end.
            if (child.pid > 0)
                child.markers.push_back({now, Marker::Kind::Note, 0,
                                         tr("its parent ended without reporting how it ended")});
            const std::optional<ExitStatus> resolved =
                child.pid > 0 ? resolvedChildStatus(int(i)) : std::nullopt;
            t.status = child.pid <= 0 ? ExitStatus{ExitStatus::Kind::FailedToStart, 0, 0}
                       : resolved     ? *resolved
                                      : ExitStatus{ExitStatus::Kind::Unknown, 0, 0};
            t.statusKnown = true;
            settle(t);
            continue;
        }
        if (!pidfdExited(t.pidfd) && m_orphansLiveOn) {
            // Its parent died without joining it: an orphan, adopted by the lab (the nearest
            // subreaper, as init would otherwise). It runs on; its end is collected when it comes.
            // The note sits where it happened: at its parent's death.
            const qint64 parentDied = m_run.processes[size_t(parentId)].exitedNs;
            child.markers.push_back(
                {parentDied >= 0 ? parentDied : now, Marker::Kind::Note, 0,
                 tr("orphaned: its parent died without joining it; adopted by the lab (as by "
                    "init), it runs on")});
            continue;
        }
        if (!pidfdExited(t.pidfd)) {
            // Its parent died without joining it: an orphan, now the lab's child. The lab ends it
            // so nothing lingers; how it ended is collected once the kernel says it is gone.
            if (::pidfd_send_signal(t.pidfd, SIGKILL, nullptr, 0) == 0) {
                child.markers.push_back({now, Marker::Kind::SignalSent, SIGKILL, {}});
                child.markers.push_back(
                    {now, Marker::Kind::Note, 0,
                     tr("orphaned: its parent died without joining it; the lab sent SIGKILL")});
            }
            continue;
        }
        collectOrphan(t);
        settle(t);
    }
}

void ProcessSupervisor::markFinished(int id)
{
    emit processFinished(id);
    auto joins = std::move(m_joins);
    m_joins.clear();
    std::vector<std::function<void(bool)>> ready;
    for (auto &join : joins) {
        if (join.first == id)
            ready.push_back(std::move(join.second));
        else
            m_joins.push_back(std::move(join));
    }
    const bool timedOut = isTimedOut(id);
    for (auto &then : ready)
        then(timedOut);
    emit runChanged();
    if (runningCount() == 0)
        emit allFinished();
}

void ProcessSupervisor::addError(const QString &message, const QString &key)
{
    if (!key.isEmpty()) {
        auto it = std::find_if(m_repeats.begin(), m_repeats.end(),
                               [&](const Repeat &r) { return r.key == key; });
        if (it != m_repeats.end()) {
            // Counted, not repeated: in the run and on the lab's stderr alike.
            ++it->count;
            if (it->index >= 0)
                m_run.errors[it->index] =
                    it->message + QLatin1Char(' ') + tr("(%n more like it)", nullptr, it->count);
            return;
        }
        m_repeats.push_back(
            {key, message, m_errorCount < kMaxErrors ? int(m_run.errors.size()) : -1, 0});
    }
    ++m_errorCount;
    if (m_errorCount < kMaxErrors)
        m_run.errors.append(message);
    else if (m_errorCount == kMaxErrors)
        m_run.errors.append(tr("further errors not shown"));
    if (m_errorCount <= kMaxErrors)
        qCWarning(lcEngine).noquote() << message;
}

QString ProcessSupervisor::printable(QString text)
{
    // What a worker wrote reaches messages and terminals only without control bytes.
    for (QChar &c : text) {
        if ((c.unicode() < 0x20 && c != QLatin1Char('\n')) || c.unicode() == 0x7f)
            c = QChar(0xfffd);
    }
    return text;
}

} // namespace proclab
