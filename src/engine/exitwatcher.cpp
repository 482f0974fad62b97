// SPDX-License-Identifier: MIT
#include "exitwatcher.h"

#include "clock.h"

#include <cerrno>
#include <future>
#include <pthread.h>
#include <sched.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace proclab {

namespace {
constexpr int kWakeKey = -1;
}

ExitWatcher::ExitWatcher(QObject *parent)
    : QObject(parent)
    , m_epoll(::epoll_create1(EPOLL_CLOEXEC))
    , m_wake(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (m_epoll < 0 || m_wake < 0) {
        if (m_epoll >= 0)
            ::close(m_epoll);
        m_epoll = -1;
        return;
    }
    epoll_event wake{};
    wake.events = EPOLLIN;
    wake.data.u64 = quint64(qint64(kWakeKey));
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &wake);
    // Wait until the thread is in epoll_wait before anything is watched. A new thread may not get
    // a CPU for milliseconds when the cores are busy (the window painting, workers starting), and
    // exits that happen before it first runs would all be stamped at once, when it finally does.
    // Once it sleeps in epoll_wait, the kernel wakes it the moment a pidfd becomes readable.
    std::promise<void> running;
    std::future<void> started = running.get_future();
    m_thread = std::thread([this, &running] { loop(&running); });
    started.wait();
}

ExitWatcher::~ExitWatcher()
{
    if (m_thread.joinable()) {
        const quint64 one = 1;
        (void)!::write(m_wake, &one, sizeof one);
        m_thread.join();
    }
    if (m_epoll >= 0)
        ::close(m_epoll);
    if (m_wake >= 0)
        ::close(m_wake);
}

bool ExitWatcher::watch(int key, int pidfd)
{
    if (m_epoll < 0 || pidfd < 0 || key < 0)
        return false;
    epoll_event event{};
    event.events = EPOLLIN | EPOLLONESHOT;
    event.data.u64 = quint64(qint64(key));
    return ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, pidfd, &event) == 0;
}

qint64 ExitWatcher::stampOf(int key) const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_stamps.find(key);
    return it == m_stamps.end() ? -1 : it->second;
}

void ExitWatcher::loop(std::promise<void> *running)
{
    epoll_event events[32];
    // Where the system allows it (root, or an RLIMIT_RTPRIO above zero), the watcher runs under
    // the real-time FIFO policy: it sleeps in epoll_wait nearly all the time, and when a process
    // exits it must run before the busy workers and the window do, or the stamp waits for a time
    // slice (up to ~15 ms on two cores kept busy). Elsewhere it stays an ordinary thread.
    const sched_param realtime{1};
    m_realtime = ::pthread_setschedparam(::pthread_self(), SCHED_FIFO, &realtime) == 0;
    running->set_value();
    for (;;) {
        const int n = ::epoll_wait(m_epoll, events, 32, -1);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        // One clock reading for the whole batch: they all became readable before this wake-up.
        const qint64 now = monotonicNowNs();
        for (int i = 0; i < n; ++i) {
            const int key = int(qint64(events[i].data.u64));
            if (key == kWakeKey)
                return;
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                m_stamps.emplace(key, now);
            }
            // Queued to the owner's thread (the emitter is this thread, the receiver lives there).
            emit exited(key, now);
        }
    }
}

} // namespace proclab
