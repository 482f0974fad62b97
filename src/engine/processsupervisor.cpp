// SPDX-License-Identifier: MIT
#include "processsupervisor.h"

#include "clock.h"
#include "logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <algorithm>
#include <csignal>
#include <sys/types.h>

namespace proclab {

namespace {
constexpr int kMaxErrors = 200; // a worker spewing garbage must not flood the run
constexpr qsizetype kMaxQuotedLine = 160;
constexpr qsizetype kMaxStderr = 4096;
} // namespace

struct ProcessSupervisor::Worker
{
    int id = 0;
    QProcess *process = nullptr;
    QByteArray partial; // bytes after the last newline, kept until the rest of the line arrives
    QByteArray stderrText;
};

ProcessSupervisor::ProcessSupervisor(Run &run, QObject *parent)
    : QObject(parent)
    , m_run(run)
    , m_recorder(run)
    , m_program(defaultWorkerProgram())
{
}

ProcessSupervisor::~ProcessSupervisor()
{
    // Nothing may call back into a half-destroyed supervisor; then make sure no process survives.
    for (auto &worker : m_workers)
        worker->process->disconnect(this);
    killAll();
    for (auto &worker : m_workers) {
        // SIGKILL has been sent; this only collects the zombie (microseconds), it never waits on
        // work.
        worker->process->waitForFinished(1000);
    }
}

QString ProcessSupervisor::defaultWorkerProgram()
{
    const QString fromEnv = qEnvironmentVariable("PROCLAB_WORKER");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QCoreApplication::applicationDirPath() + QStringLiteral("/proclab-worker");
}

int ProcessSupervisor::launch(const WorkerSpec &spec)
{
    const int id = nextId();
    ProcessRecord record;
    record.id = id;
    record.name = spec.name.isEmpty() ? QStringLiteral("Process-%1").arg(id + 1) : spec.name;
    record.daemon = spec.daemon;
    m_run.processes.push_back(record);

    auto worker = std::make_unique<Worker>();
    worker->id = id;
    worker->process = new QProcess(this);
    Worker *w = worker.get();
    m_workers.push_back(std::move(worker));

    QProcess *process = w->process;
    process->setProgram(m_program);
    QStringList arguments{spec.role, QStringLiteral("--id"), QString::number(id),
                          QStringLiteral("--parent-pid"),
                          QString::number(QCoreApplication::applicationPid())};
    arguments += spec.args;
    process->setArguments(arguments);
    process->setStandardInputFile(QProcess::nullDevice());
    connect(process, &QProcess::readyReadStandardOutput, this, [this, w] { readEvents(*w); });
    connect(process, &QProcess::readyReadStandardError, this, [w] {
        const QByteArray text = w->process->readAllStandardError();
        w->stderrText += text.left(std::max<qsizetype>(0, kMaxStderr - w->stderrText.size()));
    });
    connect(process, &QProcess::finished, this,
            [this, w](int code, QProcess::ExitStatus status) { onFinished(*w, code, status); });
    connect(process, &QProcess::errorOccurred, this,
            [this, w](QProcess::ProcessError error) { onError(*w, error); });

    m_run.processes[size_t(id)].launchedNs = m_recorder.relative(monotonicNowNs());
    qCDebug(lcEngine) << "launch" << id << m_program << arguments;
    process->start();
    if (const qint64 pid = process->processId(); pid > 0)
        m_run.processes[size_t(id)].pid = pid;
    return id;
}

int ProcessSupervisor::reserveChild(int parentId)
{
    ProcessRecord record;
    record.id = nextId();
    record.parent = parentId;
    record.name = QStringLiteral("Process-%1:%2").arg(parentId + 1).arg(record.id + 1);
    m_run.processes.push_back(record);
    return record.id;
}

bool ProcessSupervisor::sendSignal(int id, int signal)
{
    ProcessRecord *record = m_run.process(id);
    if (!record || !isAlive(id))
        return false;
    record->markers.push_back(
        {m_recorder.relative(monotonicNowNs()), Marker::Kind::SignalSent, signal, {}});
    return ::kill(pid_t(record->pid), signal) == 0;
}

bool ProcessSupervisor::isAlive(int id) const
{
    const ProcessRecord *record = m_run.process(id);
    if (!record || record->pid <= 0 || record->exit.finished())
        return false;
    // /proc/PID/stat: "pid (comm) S …"; the state follows the last ')'. A zombie (Z) or dead (X)
    // process has exited even if nobody has collected its status yet.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(record->pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype paren = line.lastIndexOf(')');
    if (paren < 0 || paren + 2 >= line.size())
        return false;
    const char state = line.at(paren + 2);
    return state != 'Z' && state != 'X' && state != 'x';
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

void ProcessSupervisor::join(int id, int timeoutMs, std::function<void(bool)> then)
{
    if (hasFinished(id)) {
        QMetaObject::invokeMethod(
            this, [then] { then(false); }, Qt::QueuedConnection);
        return;
    }
    m_joins.emplace_back(id, std::move(then));
    if (timeoutMs > 0) {
        QTimer::singleShot(timeoutMs, this, [this, id] {
            if (hasFinished(id))
                return;
            addError(tr("process %1 (%2) did not finish in time and was killed")
                         .arg(id)
                         .arg(m_run.processes[size_t(id)].name));
            m_timedOut.push_back(id);
            ProcessRecord &record = m_run.processes[size_t(id)];
            if (record.pid > 0)
                ::kill(pid_t(record.pid), SIGKILL);
        });
    }
}

void ProcessSupervisor::killAll(ExitStatus::Kind as)
{
    for (const ProcessRecord &record : m_run.processes) {
        if (record.exit.finished() || record.pid <= 0)
            continue;
        if (as == ExitStatus::Kind::Timeout)
            m_timedOut.push_back(record.id);
        ::kill(pid_t(record.pid), SIGKILL);
    }
}

void ProcessSupervisor::readEvents(Worker &worker)
{
    QByteArray data = worker.process->readAllStandardOutput();
    if (!worker.partial.isEmpty())
        data.prepend(worker.partial);
    qsizetype start = 0;
    for (qsizetype nl = data.indexOf('\n'); nl >= 0; nl = data.indexOf('\n', start)) {
        applyLine(worker, QByteArrayView(data).sliced(start, nl - start));
        start = nl + 1;
    }
    worker.partial = data.mid(start);
    emit runChanged();
}

void ProcessSupervisor::applyLine(Worker &worker, QByteArrayView line)
{
    QString error;
    const auto event = parseEventLine(line, &error);
    if (event) {
        if (m_recorder.apply(*event, &error)) {
            switch (event->type) {
            case EventType::Ready:
                emit processReady(event->processId);
                break;
            case EventType::Reaped:
                markFinished(event->childId);
                break;
            default:
                break;
            }
            return;
        }
    }
    const QString quoted = QString::fromUtf8(line.first(std::min(line.size(), kMaxQuotedLine)));
    addError(tr("process %1 (%2): bad event line \"%3\": %4")
                 .arg(worker.id)
                 .arg(m_run.processes[size_t(worker.id)].name, quoted, error));
}

void ProcessSupervisor::onFinished(Worker &worker, int exitCode, QProcess::ExitStatus status)
{
    readEvents(worker);
    if (!worker.partial.isEmpty()) {
        applyLine(worker, worker.partial); // reports it: a line without its newline is incomplete
        worker.partial.clear();
    }
    ProcessRecord &record = m_run.processes[size_t(worker.id)];
    if (record.exit.finished())
        return;
    record.finishedNs = m_recorder.relative(monotonicNowNs());
    const bool timedOut =
        std::find(m_timedOut.begin(), m_timedOut.end(), worker.id) != m_timedOut.end();
    if (status == QProcess::CrashExit)
        record.exit = {timedOut ? ExitStatus::Kind::Timeout : ExitStatus::Kind::Signal, 0,
                       exitCode};
    else
        record.exit = {timedOut ? ExitStatus::Kind::Timeout : ExitStatus::Kind::Normal, exitCode,
                       0};
    m_recorder.closeOpenSpans(record);
    if (!worker.stderrText.isEmpty()) {
        addError(tr("process %1 (%2) wrote to stderr: %3")
                     .arg(worker.id)
                     .arg(record.name, QString::fromLocal8Bit(worker.stderrText).trimmed()));
    }
    cleanUpOrphansOf(worker.id);
    markFinished(worker.id);
}

void ProcessSupervisor::onError(Worker &worker, QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes and read errors arrive with finished()
    ProcessRecord &record = m_run.processes[size_t(worker.id)];
    if (record.exit.finished())
        return;
    record.exit = {ExitStatus::Kind::FailedToStart, 0, 0};
    record.pid = 0;
    record.finishedNs = m_recorder.relative(monotonicNowNs());
    addError(tr("process %1 (%2) failed to start: %3 (%4)")
                 .arg(worker.id)
                 .arg(record.name, worker.process->errorString(), m_program));
    // start() may report this synchronously; let launch() return before anyone hears of it.
    const int id = worker.id;
    QMetaObject::invokeMethod(
        this, [this, id] { markFinished(id); }, Qt::QueuedConnection);
}

void ProcessSupervisor::cleanUpOrphansOf(int parentId)
{
    for (ProcessRecord &child : m_run.processes) {
        if (child.parent != parentId || child.exit.finished())
            continue;
        child.finishedNs = m_recorder.relative(monotonicNowNs());
        if (child.pid <= 0) {
            child.exit = {ExitStatus::Kind::FailedToStart, 0, 0};
        } else {
            // Its parent died without reaping it: an orphan. The lab ends it so nothing lingers.
            child.markers.push_back(
                {child.finishedNs, Marker::Kind::Note, 0, tr("orphaned: killed by the lab")});
            ::kill(pid_t(child.pid), SIGKILL);
            child.exit = {ExitStatus::Kind::Signal, 0, SIGKILL};
        }
        m_recorder.closeOpenSpans(child);
        markFinished(child.id);
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
    const bool timedOut = std::find(m_timedOut.begin(), m_timedOut.end(), id) != m_timedOut.end();
    for (auto &then : ready)
        then(timedOut);
    emit runChanged();
    if (runningCount() == 0)
        emit allFinished();
}

void ProcessSupervisor::addError(const QString &message)
{
    ++m_errorCount;
    if (m_errorCount < kMaxErrors)
        m_run.errors.append(message);
    else if (m_errorCount == kMaxErrors)
        m_run.errors.append(tr("further errors not shown"));
    qCWarning(lcEngine).noquote() << message;
}

} // namespace proclab
