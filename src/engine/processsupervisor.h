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
#include <optional>
#include <vector>

namespace proclab {

class EventStream;
class ExitWatcher;

struct WorkerSpec
{
    QString name;     // empty: Python's default "Process-N"
    QString role;     // proclab-worker role
    QStringList args; // role options (without --id, which the supervisor adds)
    bool daemon = false;
    // Another worker executable beside the worker program (e.g. "proclab-qtworker"); empty: the
    // worker program itself.
    QString executable = {};
    // Not a ProcLab worker but a whole command (program and arguments, no role, no --id): the
    // Python runtime's interpreter under the tracing module.
    QStringList command = {};
    // Added to the lab's environment ("NAME=value").
    QStringList environment = {};
    // What it writes on stderr is its own printed output (the tutorial's prints), kept as such
    // (printedOutput()), not an error.
    bool printsOnStderr = false;
    // Sent to it by the kernel when the lab's engine thread ends (PR_SET_PDEATHSIG), for a
    // program that does not hold the lab's lifeline itself: mpirun, which on SIGTERM ends its
    // ranks and removes its session directory. 0: none.
    int parentDeathSignal = 0;
    // It speaks no protocol of its own (mpirun: its ranks announce themselves): no ready line is
    // expected from it.
    bool silent = false;
    // Its stdout and stderr go to this file instead of pipes to the lab: for a program that must
    // go on writing (and cleaning up) after the lab has died, where a pipe without reader would
    // fail it (mpirun). Empty: pipes, read by the lab.
    QString outputFile = {};
};

// The lifetime of every process of a run: launches proclab-worker processes with QProcess (no
// shell), hands their output to an EventStream each, and settles how and when each process ended.
//
// Times are the processes' own: a pidfd per process is watched by an ExitWatcher on a thread of
// its own, so exitedNs is the moment the kernel saw the process gone, not when this event loop got
// round to it; reapedNs is when its status was collected (by QProcess here, by the parent for a
// worker's own children). Signals go through pidfds, so a pid the kernel has since reused is never
// hit; children a worker reports are verified to be its children before the lab will ever signal
// them. The lab is a child subreaper: a worker's orphans become its children, so the status the
// kernel reports for them is collected, not assumed.
//
// It never waits: joins are callbacks, timeouts are timers. Every process it started (and every
// child a worker reported) is killed when the supervisor goes away, so no run leaves processes
// behind.
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
    // What happens to a process whose parent dies without joining it. By default the lab ends it
    // at once (nothing lingers); "live on" lets it run as it would under init (the lab, a child
    // subreaper, adopts it and collects its end), which is what the Daemons scenario's "kill the
    // parent" shows. The run's time limit, Stop and the lab's lifeline still end it.
    void setOrphansLiveOn(bool liveOn) { m_orphansLiveOn = liveOn; }
    // For an owner going away mid-run: no further signal is emitted, every process is SIGKILLed
    // and collected (zombies only: microseconds each). After it, nothing of the run runs.
    void killAndCollectAll();
    // The executable a spec runs: the worker program, or spec.executable in its directory.
    QString programFor(const WorkerSpec &spec) const;
    // Removes the records reserved at the end of the run's list that no process ever took (the
    // Python runtime reserves ids for the processes a program may start). Call once every process
    // has ended. Returns how many were removed.
    int dropUnusedReservations();
    // What a process launched with printsOnStderr printed (at most 64 KiB).
    QByteArray printedOutput(int id) const;

    // An event stream for lines of `sourceId`'s that reach the lab another way than its pipe (an
    // MPI rank's, which mpirun collects per rank); `label` names their writer in errors. Applied
    // as if read from that process's pipe: it speaks for itself and its declared children.
    std::unique_ptr<EventStream> createEventStream(int sourceId, const QString &label);
    // How the children of `parentId` ended, for a parent that collects them itself without
    // reporting it (mpirun reaps its ranks): asked for each child that has exited and whose status
    // the lab cannot collect, once the parent has ended; nullopt: unknown.
    using ChildStatusResolver = std::function<std::optional<ExitStatus>(int childId)>;
    void setChildStatusResolver(int parentId, ChildStatusResolver resolver);

    // Starts a worker; returns its process id in the run. The first launch is the run's origin.
    // A worker that cannot start is recorded as failed_to_start and reported through
    // processFinished() from the event loop.
    int launch(const WorkerSpec &spec);
    // The id the next launch() or reserveChild() will hand out.
    int nextId() const { return int(m_run.processes.size()); }
    // Adds a record for a process that worker `parentId` will start itself (daemons demo).
    int reserveChild(int parentId);

    // Sends a signal (SIGTERM, SIGKILL, …) through the process's pidfd and records it on the lane.
    // Returns false, recording nothing, if it was not sent: the process had already exited (like
    // Python's terminate() on a finished process) or the lab cannot be sure the pid is still it.
    bool sendSignal(int id, int signal);
    // Python's is_alive(): the process exists and has not exited (a zombie counts as exited).
    bool isAlive(int id) const;
    bool hasFinished(int id) const;
    // How process `id` ended, read from the kernel while it is a zombie (exited, its status not
    // yet collected by its parent: /proc/PID/stat, state Z, exit_code), Kind::Unknown otherwise.
    // For a child a worker or a Python program has not joined yet (it may never be).
    ExitStatus statusOfZombie(int id) const;
    int runningCount() const;

    // Calls `then(timedOut)` once the process has finished. After timeoutMs (if > 0) the process is
    // killed with SIGKILL, recorded as a timeout, and `then(true)` is called when it is gone.
    void join(int id, int timeoutMs, std::function<void(bool timedOut)> then);

    // SIGKILLs every process still running; those are recorded with exit kind `as`.
    void killAll(ExitStatus::Kind as = ExitStatus::Kind::Signal);

    // The recorder of this run (snapshots ask it which spans were revised).
    RunRecorder &recorder() { return m_recorder; }

signals:
    void processReady(int id);
    void processFinished(int id);
    // The kernel says process `id` has exited (its pidfd), before anyone collected its status.
    void processExited(int id);
    void allFinished();
    // `parentId` has ended and its children are about to be settled (their status collected or
    // resolved): the last moment to apply what they reported another way.
    void aboutToSettleChildren(int parentId);
    void runChanged(); // new events arrived; views may redraw (they should batch)
    // The run recorded as many spans as its budget allows (RecorderLimits::spans): it must end.
    void budgetExceeded();

private:
    struct Tracked;
    Tracked &track(int id);
    Tracked *tracked(int id) const;
    void watchExit(Tracked &t, qint64 pid);
    void onEvent(const Event &event);
    void onSpawn(const Event &event);
    void onProcessFinished(Tracked &t, int exitCode, QProcess::ExitStatus status);
    void onFailedToStart(Tracked &t);
    void onExitStamp(int id, qint64 monotonicNs);
    void collectOrphan(Tracked &t);
    std::optional<ExitStatus> resolvedChildStatus(int id) const;
    void settle(Tracked &t);
    void recordCauses(const Tracked &t, ProcessRecord &record);
    void cleanUpOrphansOf(int parentId);
    void markFinished(int id);
    // `key`: errors with the same key are counted in the first one's entry, not repeated.
    void addError(const QString &message, const QString &key = {});
    static QString printable(QString text);
    bool isTimedOut(int id) const;

    Run &m_run;
    RunRecorder m_recorder;
    QString m_program;
    std::unique_ptr<ExitWatcher> m_watcher;
    std::vector<std::unique_ptr<Tracked>> m_tracked; // by process id; null for unknown ids
    std::vector<std::pair<int, std::function<void(bool)>>> m_joins;
    std::vector<int> m_timedOut;
    int m_errorCount = 0;
    struct Repeat
    {
        QString key;
        QString message;
        int index; // in m_run.errors, or -1 when it was past the cap
        int count;
    };
    std::vector<Repeat> m_repeats;
    bool m_budgetReported = false;
    bool m_orphansLiveOn = false;
    std::vector<std::pair<int, ChildStatusResolver>> m_childStatusResolvers;
};

} // namespace proclab
