// SPDX-License-Identifier: MIT
#include "lifeline.h"

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <initializer_list>
#include <poll.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

namespace proclab {

namespace {

struct Coordinates
{
    long long labPid = 0;
    int fd = -1;
    unsigned long long inode = 0;
};

// Decimal digits up to `stop`; advances *text past them. (Not sscanf or strtoll: a process's first
// sscanf costs ~15 µs of stdio and locale set-up, as much as the rest of holding the lifeline.)
bool parseNumber(const char **text, char stop, unsigned long long *value)
{
    const char *p = *text;
    unsigned long long v = 0;
    int digits = 0;
    for (; *p >= '0' && *p <= '9'; ++p, ++digits) {
        if (digits == 19)
            return false;
        v = v * 10 + static_cast<unsigned long long>(*p - '0');
    }
    if (digits == 0 || *p != stop)
        return false;
    *text = stop ? p + 1 : p;
    *value = v;
    return true;
}

// "LABPID:FD:INODE"
bool parse(const char *text, Coordinates *c)
{
    unsigned long long pid = 0;
    unsigned long long fd = 0;
    if (!parseNumber(&text, ':', &pid) || !parseNumber(&text, ':', &fd) ||
        !parseNumber(&text, '\0', &c->inode) || pid == 0 || pid > INT_MAX || fd > INT_MAX ||
        c->inode == 0)
        return false;
    c->labPid = static_cast<long long>(pid);
    c->fd = static_cast<int>(fd);
    return true;
}

// Appends the decimal digits of `value` at `out`; returns the end.
char *appendNumber(char *out, unsigned long long value)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value);
    while (n)
        *out++ = digits[--n];
    return out;
}

// "/proc/PID/fd/FD", or "/proc/self/fd/FD" for pid 0.
void procPath(char *path, long long pid, int fd)
{
    char *p = path;
    for (const char *s = "/proc/"; *s; ++s)
        *p++ = *s;
    if (pid > 0)
        p = appendNumber(p, static_cast<unsigned long long>(pid));
    else
        for (const char *s = "self"; *s; ++s)
            *p++ = *s;
    for (const char *s = "/fd/"; *s; ++s)
        *p++ = *s;
    p = appendNumber(p, static_cast<unsigned long long>(fd));
    *p = '\0';
}

bool isTheLifeline(int fd, unsigned long long inode)
{
    struct stat st = {};
    return ::fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode) && st.st_ino == inode;
}

// True once the pipe has no writer any more: the lab is gone. Asked of the inherited descriptor,
// which every process has, whichever way it holds the lifeline.
bool labGone(int inheritedFd)
{
    pollfd p{inheritedFd, POLLIN, 0};
    int n;
    while ((n = ::poll(&p, 1, 0)) < 0 && errno == EINTR) {
    }
    return n > 0 && (p.revents & (POLLHUP | POLLERR)) != 0;
}

// A description of our own on the lifeline pipe, close-on-exec (children open their own).
int openOwnDescription(const Coordinates &c)
{
    char path[64];
    for (const long long pid : {c.labPid, 0LL}) {
        procPath(path, pid, c.fd);
        const int fd = ::open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            continue;
        // Through the lab's pid a reused pid could show someone else's descriptor: it must be
        // the very pipe we inherited.
        if (isTheLifeline(fd, c.inode))
            return fd;
        ::close(fd);
    }
    return -1;
}

// SIGKILL to this process, from the kernel, when the pipe's last writer (the lab) closes it.
bool armKill(int fd)
{
    const f_owner_ex owner{F_OWNER_PID, ::getpid()};
    // O_ASYNC last, once owner and signal are set (open() ignores O_ASYNC; F_SETFL sets the
    // status flags whole, and these are all of them).
    return ::fcntl(fd, F_SETOWN_EX, &owner) == 0 && ::fcntl(fd, F_SETSIG, SIGKILL) == 0 &&
           ::fcntl(fd, F_SETFL, O_NONBLOCK | O_ASYNC) == 0;
}

// The fallback: a thread that sleeps in poll() until the lab's end hangs up.
void *watch(void *arg)
{
    const int fd = int(reinterpret_cast<long>(arg));
    while (!labGone(fd)) {
        pollfd p{fd, POLLIN, 0};
        ::poll(&p, 1, -1);
        if (p.revents & POLLIN) {
            // Nobody writes to the lifeline; should someone, do not spin on the byte.
            char buffer[64];
            (void)!::read(fd, buffer, sizeof buffer);
        }
    }
    ::kill(::getpid(), SIGKILL);
    return nullptr;
}

bool startWatcherThread(int fd)
{
    pthread_attr_t attributes;
    if (::pthread_attr_init(&attributes) != 0)
        return false;
    ::pthread_attr_setstacksize(&attributes, 64 * 1024);
    ::pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
    // Signals stay with the main thread: the roles' SIGTERM and SIGINT behaviour is unchanged.
    sigset_t all;
    sigset_t previous;
    sigfillset(&all);
    ::pthread_sigmask(SIG_SETMASK, &all, &previous);
    pthread_t thread;
    const bool started =
        ::pthread_create(&thread, &attributes, watch, reinterpret_cast<void *>(long(fd))) == 0;
    ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    ::pthread_attr_destroy(&attributes);
    return started;
}

} // namespace

bool holdLifeline()
{
    const char *text = std::getenv(kLifelineVariable);
    Coordinates c;
    if (!text || !parse(text, &c) || !isTheLifeline(c.fd, c.inode))
        return true;
    const int own = openOwnDescription(c);
    if (own < 0 || !armKill(own)) {
        if (own >= 0)
            ::close(own);
        if (!startWatcherThread(c.fd))
            return !labGone(c.fd); // nothing more we can do: PR_SET_PDEATHSIG remains
    }
    // Armed (the descriptor stays open, unused, for the process's life). Did the lab die before?
    return !labGone(c.fd);
}

} // namespace proclab
