// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>
#include <set>
#include <vector>

namespace proclab {

struct Run;
struct ProcessRecord;
class ProcessSupervisor;

// Notices the run's processes that are stopped (SIGSTOP, SIGTSTP, a debugger: state T or t in
// /proc/PID/stat). A stopped process neither runs nor exits, so nothing else in the engine hears
// of it: its pipe is quiet, its pidfd never becomes readable, and the others wait for it.
//
// A timer on the engine thread reads the state of each live process a few times a second: one
// small read of /proc per process, no waiting. Only processes the supervisor holds a pidfd for
// are read, and only while it says they are alive both before and after the read, so the state
// read is that process's, never a reused pid's. A stop is reported once (stopped()), with a note
// on the process's lane and its stoppedNs set, so the window shows it as stopped while it is; if
// it is continued, continued() and another note say so and stoppedNs is -1 again.
class StallMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 200;

    StallMonitor(Run &run, ProcessSupervisor &supervisor, QObject *parent = nullptr);
    ~StallMonitor() override;

    void setIntervalMs(int ms) { m_timer.setInterval(ms); }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    bool isActive() const { return m_timer.isActive(); }
    // Whether process `id` was found stopped and has not been seen running since.
    bool isStopped(int id) const;

    // The state letter of /proc/PID/stat ('R', 'S', 'T', …), or 0 when it cannot be read.
    static char processState(qint64 pid);
    // Whether a thread of process `pid`, or of any process descended from it, is running or
    // runnable (state R of /proc/PID/task/TID/stat; the children from …/TID/children). A program
    // that sleeps in join() waits for whoever it joins: a process that still works, and one the
    // lab may not know (a child that has not reported its start yet, multiprocessing's helpers, a
    // bare fork). `visited`: the pids looked at already (each once per look, shared between calls).
    static bool runningInTree(qint64 pid, std::set<qint64> &visited);
    // Whether the lab sent `p` SIGKILL at or after sinceNs (run time).
    static bool killedSince(const ProcessRecord &p, qint64 sinceNs);
    static bool isStoppedState(char state) { return state == 'T' || state == 't'; }

    // One look at every live process now (the timer calls it).
    void poll();

signals:
    void stopped(int id);
    void continued(int id);

private:
    Run &m_run;
    ProcessSupervisor &m_supervisor;
    QTimer m_timer;
    std::vector<bool> m_stopped;    // by process id
    std::vector<quint8> m_stopSeen; // consecutive polls that found it stopped
};

} // namespace proclab
