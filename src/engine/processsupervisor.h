// SPDX-License-Identifier: MIT
#pragma once

#include "run.h"

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace proclab {

struct WorkerSpec
{
    QString name;     // empty: Python's default "Process-N"
    QString role;     // proclab-worker role
    QStringList args; // role options (without --id, which the supervisor adds)
    bool daemon = false;
};

// Launches proclab-worker processes with QProcess (no shell), turns their event lines into the
// run model, and reports readiness and finishes by signal. It never waits: joins are callbacks,
// timeouts are timers. Every process it started (and every child a worker reported) is killed when
// the supervisor goes away, so no run leaves processes behind.
class ProcessSupervisor : public QObject
{
    Q_OBJECT
public:
    explicit ProcessSupervisor(Run &run, QObject *parent = nullptr);
    ~ProcessSupervisor() override;

    // The worker executable: $PROCLAB_WORKER if set, else proclab-worker beside this program.
    static QString defaultWorkerProgram();
    void setWorkerProgram(const QString &program) { m_program = program; }
    QString workerProgram() const { return m_program; }

    // Starts a worker; returns its process id in the run. A worker that cannot start is recorded
    // as failed_to_start and reported through processFinished() from the event loop.
    int launch(const WorkerSpec &spec);
    // The id the next launch() or reserveChild() will hand out.
    int nextId() const { return int(m_run.processes.size()); }
    // Adds a record for a process that worker `parentId` will start itself (daemons demo).
    int reserveChild(int parentId);

    // Sends a signal (SIGTERM, SIGKILL, …) and records it on the lane. Returns false if the process
    // had already ended (like Python's terminate() on a finished process: nothing happens).
    bool sendSignal(int id, int signal);
    // Python's is_alive(): the process exists and has not exited (a zombie counts as exited).
    bool isAlive(int id) const;
    bool hasFinished(int id) const;
    int runningCount() const;

    // Calls `then(timedOut)` once the process has finished. After timeoutMs (if > 0) the process is
    // killed with SIGKILL, recorded as a timeout, and `then(true)` is called when it is gone.
    void join(int id, int timeoutMs, std::function<void(bool timedOut)> then);

    // SIGKILLs every process still running; those are recorded with exit kind `as`.
    void killAll(ExitStatus::Kind as = ExitStatus::Kind::Signal);

signals:
    void processReady(int id);
    void processFinished(int id);
    void allFinished();
    void runChanged(); // new events arrived; views may redraw (they should batch)

private:
    struct Worker;
    void readEvents(Worker &worker);
    void applyLine(Worker &worker, QByteArrayView line);
    void onFinished(Worker &worker, int exitCode, QProcess::ExitStatus status);
    void onError(Worker &worker, QProcess::ProcessError error);
    void markFinished(int id);
    void cleanUpOrphansOf(int parentId);
    void addError(const QString &message);

    Run &m_run;
    RunRecorder m_recorder;
    QString m_program;
    std::vector<std::unique_ptr<Worker>> m_workers; // direct children only
    std::vector<std::pair<int, std::function<void(bool)>>> m_joins;
    std::vector<int> m_timedOut;
    int m_errorCount = 0;
};

} // namespace proclab
