// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QtGlobal>
#include <future>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace proclab {

// Stamps the moment each watched process exits, on a thread of its own that does nothing else:
// epoll over the processes' pidfds. A pidfd becomes readable when its process has exited (whether
// or not anyone has collected the status yet), so the stamp is taken within microseconds of the
// death, whatever the engine's or the GUI's event loop is busy with. The stamps are delivered to
// the owner's thread with exited(); the watcher never owns or closes the pidfds it is given.
class ExitWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ExitWatcher(QObject *parent = nullptr);
    ~ExitWatcher() override;

    bool isValid() const { return m_epoll >= 0; }
    // Whether the watcher thread got the real-time scheduling it asks for (see loop()).
    bool isRealtime() const { return m_realtime; }
    // Watches `pidfd` and reports exited(key, ns) once its process has exited. Thread-safe.
    bool watch(int key, int pidfd);
    // The exit stamp of `key` if the watcher has taken it already (it may not have been
    // delivered yet). Thread-safe.
    qint64 stampOf(int key) const;

signals:
    // Absolute CLOCK_MONOTONIC time at which the watcher saw the process of `key` gone.
    void exited(int key, qint64 monotonicNs);

private:
    void loop(std::promise<void> *running);

    int m_epoll = -1;
    int m_wake = -1; // eventfd: ends the loop
    bool m_realtime = false;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::unordered_map<int, qint64> m_stamps;
};

} // namespace proclab
