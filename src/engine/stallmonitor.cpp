// SPDX-License-Identifier: MIT
#include "stallmonitor.h"

#include "clock.h"
#include "logging.h"
#include "processsupervisor.h"
#include "run.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace proclab {

StallMonitor::StallMonitor(Run &run, ProcessSupervisor &supervisor, QObject *parent)
    : QObject(parent)
    , m_run(run)
    , m_supervisor(supervisor)
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMonitor::poll);
}

StallMonitor::~StallMonitor() = default;

bool StallMonitor::isStopped(int id) const
{
    return id >= 0 && size_t(id) < m_stopped.size() && m_stopped[size_t(id)];
}

namespace {

// The state letter of a /proc stat file ("pid (comm) S ppid …"), or 0 when it cannot be read.
char stateInStatFile(const char *path)
{
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    // comm is at most 16 bytes, so the state is in the first 64; it follows the last ')' (comm
    // itself may contain parentheses and spaces; later fields are numbers).
    char buffer[128];
    ssize_t size;
    do {
        size = ::read(fd, buffer, sizeof buffer);
    } while (size < 0 && errno == EINTR);
    ::close(fd);
    if (size <= 0)
        return 0;
    const char *close = nullptr;
    for (const char *c = buffer; c < buffer + size; ++c) {
        if (*c == ')')
            close = c;
    }
    if (!close || close + 2 >= buffer + size || close[1] != ' ')
        return 0;
    return close[2];
}

// The pids in a /proc/PID/task/TID/children file ("12 34 "), appended to `out`.
void readChildren(const char *path, std::vector<qint64> &out)
{
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    char buffer[4096];
    ssize_t size;
    do {
        size = ::read(fd, buffer, sizeof buffer - 1);
    } while (size < 0 && errno == EINTR);
    ::close(fd);
    if (size <= 0)
        return;
    // A full buffer may end inside a number: that partial pid is not taken (a thread with ~600
    // children is looked at in part; the bound of runningInTree is lower anyway).
    const bool complete = size < ssize_t(sizeof buffer - 1);
    qint64 pid = 0;
    for (ssize_t i = 0; i <= size; ++i) {
        if (i == size && !complete)
            break;
        const char c = i < size ? buffer[i] : ' ';
        if (c >= '0' && c <= '9') {
            pid = pid * 10 + (c - '0');
        } else if (pid > 0) {
            out.push_back(pid);
            pid = 0;
        }
    }
}

} // namespace

char StallMonitor::processState(qint64 pid)
{
    if (pid <= 0)
        return 0;
    char path[32];
    std::snprintf(path, sizeof path, "/proc/%lld/stat", static_cast<long long>(pid));
    return stateInStatFile(path);
}

bool StallMonitor::runningInTree(qint64 pid, std::set<qint64> &visited)
{
    // Bounded: a fork bomb under the program must not make one look take for ever.
    constexpr size_t kMostProcesses = 1024;
    std::vector<qint64> pending{pid};
    while (!pending.empty()) {
        const qint64 next = pending.back();
        pending.pop_back();
        if (next <= 0 || visited.size() >= kMostProcesses || !visited.insert(next).second)
            continue;
        char path[64];
        std::snprintf(path, sizeof path, "/proc/%lld/task", static_cast<long long>(next));
        DIR *tasks = ::opendir(path);
        if (!tasks)
            continue; // gone meanwhile
        bool running = false;
        while (const dirent *task = ::readdir(tasks)) {
            if (task->d_name[0] < '0' || task->d_name[0] > '9')
                continue;
            char file[sizeof path + 300]; // d_name is at most 255 bytes
            std::snprintf(file, sizeof file, "%s/%s/stat", path, task->d_name);
            if (stateInStatFile(file) == 'R') {
                running = true;
                break;
            }
            std::snprintf(file, sizeof file, "%s/%s/children", path, task->d_name);
            readChildren(file, pending);
        }
        ::closedir(tasks);
        if (running)
            return true;
    }
    return false;
}

bool StallMonitor::killedSince(const ProcessRecord &p, qint64 sinceNs)
{
    return std::any_of(p.markers.begin(), p.markers.end(), [sinceNs](const Marker &m) {
        return m.kind == Marker::Kind::SignalSent && m.signal == SIGKILL && m.timeNs >= sinceNs;
    });
}

void StallMonitor::poll()
{
    if (m_stopped.size() < m_run.processes.size()) {
        m_stopped.resize(m_run.processes.size(), false);
        m_stopSeen.resize(m_run.processes.size(), 0);
    }
    std::vector<std::pair<int, bool>> changes;
    for (ProcessRecord &p : m_run.processes) {
        // Exited (or already collected) processes are the supervisor's; a pid the lab has no
        // pidfd for is never read (isAlive() is false for it).
        if (p.exit.finished() || p.pid <= 0 || p.exitedNs >= 0 || p.reapedNs >= 0 ||
            !m_supervisor.isAlive(p.id))
            continue;
        const char state = processState(p.pid);
        const bool stopped = isStoppedState(state);
        if (state == 0)
            continue;
        // A stop counts once it is seen on two polls in a row: a process is stopped for an
        // instant now and then by no one's fault (LeakSanitizer's exit check ptrace-stops every
        // thread of the process for a moment, for one). Reported within two intervals.
        quint8 &seen = m_stopSeen[size_t(p.id)];
        seen = stopped ? quint8(std::min(seen + 1, 2)) : quint8(0);
        if (stopped && seen < 2)
            continue;
        if (stopped == m_stopped[size_t(p.id)])
            continue;
        // Killed while stopped (SIGKILL wakes it to die): dying, not continued. On a busy machine
        // its exit can take a poll or two, and "continued" would be a false note.
        if (!stopped && killedSince(p, p.stoppedNs))
            continue;
        // Alive before and after the read: it had not exited, so its pid was not reused between.
        if (!m_supervisor.isAlive(p.id))
            continue;
        m_stopped[size_t(p.id)] = stopped;
        const qint64 now = monotonicNowNs() - m_run.originNs;
        if (stopped) {
            p.stoppedNs = now;
            p.markers.push_back({now, Marker::Kind::Note, 0,
                                 tr("stopped (SIGSTOP or a debugger): it does nothing until it is "
                                    "continued")});
            qCWarning(lcEngine) << "process" << p.id << p.name << "pid" << p.pid << "is stopped";
        } else {
            p.stoppedNs = -1;
            p.markers.push_back({now, Marker::Kind::Note, 0, tr("continued")});
            qCDebug(lcEngine) << "process" << p.id << p.name << "continued";
        }
        changes.emplace_back(p.id, stopped);
    }
    // Told after the loop: whoever hears of it may signal processes or record errors.
    for (const auto &[id, stopped] : changes) {
        if (stopped)
            emit this->stopped(id);
        else
            emit continued(id);
    }
}

} // namespace proclab
