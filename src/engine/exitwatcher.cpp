// SPDX-License-Identifier: MIT
#include "exitwatcher.h"

#include "clock.h"

#include <cerrno>
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
    m_thread = std::thread([this] { loop(); });
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

void ExitWatcher::loop()
{
    epoll_event events[32];
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
