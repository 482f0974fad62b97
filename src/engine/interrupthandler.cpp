// SPDX-License-Identifier: MIT
#include "interrupthandler.h"

#include "lifeline.h"
#include "logging.h"
#include "stalecleanup.h"

#include <QDir>
#include <QFile>
#include <QSocketNotifier>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace proclab {

namespace {

constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};
// The self-pipe: [0] read by the notifier, [1] written by the handler. -1 when not installed.
int selfPipe[2] = {-1, -1};

extern "C" void onSignal(int signal)
{
    const int savedErrno = errno;
    const unsigned char byte = static_cast<unsigned char>(signal);
    // Non-blocking: should the pipe ever be full, the signal is dropped rather than the process
    // hung in a handler (64 KiB of unread signals mean the event loop is not running anyway).
    (void)!::write(selfPipe[1], &byte, 1);
    errno = savedErrno;
}

// /proc/PID/stat: "pid (comm) S ppid …".
qint64 parentOf(const QString &pid)
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

InterruptHandler::InterruptHandler(QObject *parent)
    : QObject(parent)
{
    if (selfPipe[0] >= 0) {
        qCWarning(lcEngine) << "only one InterruptHandler per process";
        return;
    }
    if (::pipe2(selfPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        qCWarning(lcEngine) << "no signal handling: pipe2 failed:" << strerror(errno);
        selfPipe[0] = selfPipe[1] = -1;
        return;
    }
    m_notifier = new QSocketNotifier(selfPipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptHandler::readSignals);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    for (const int s : kSignals)
        sigaddset(&action.sa_mask, s); // one handler at a time
    action.sa_flags = SA_RESTART;
    for (const int s : kSignals)
        ::sigaction(s, &action, nullptr);
}

InterruptHandler::~InterruptHandler()
{
    if (!m_notifier)
        return;
    for (const int s : kSignals)
        std::signal(s, SIG_DFL);
    delete m_notifier;
    m_notifier = nullptr;
    ::close(selfPipe[0]);
    ::close(selfPipe[1]);
    selfPipe[0] = selfPipe[1] = -1;
}

void InterruptHandler::readSignals()
{
    unsigned char bytes[64];
    ssize_t n;
    while ((n = ::read(selfPipe[0], bytes, sizeof bytes)) > 0 || (n < 0 && errno == EINTR)) {
        for (ssize_t i = 0; i < n; ++i) {
            const int signal = bytes[i];
            if (++m_received > 1) {
                qCWarning(lcEngine).noquote()
                    << signalName(signal) << "while stopping: killing every process, exiting now";
                killEverythingAndExit(signal);
            }
            qCDebug(lcEngine) << signalName(signal) << "received";
            emit interrupted(signal);
        }
    }
}

QString InterruptHandler::signalName(int signal)
{
    switch (signal) {
    case SIGTERM:
        return QStringLiteral("SIGTERM");
    case SIGINT:
        return QStringLiteral("SIGINT");
    case SIGHUP:
        return QStringLiteral("SIGHUP");
    default:
        if (const char *abbrev = ::sigabbrev_np(signal))
            return QStringLiteral("SIG") + QLatin1String(abbrev);
        return QStringLiteral("signal %1").arg(signal);
    }
}

void InterruptHandler::killEverythingAndExit(int signal)
{
    // Every process of every run, wherever it is in the process tree, dies with the lifeline.
    Lifeline::cut();
    // Belt and braces for a process that does not hold it (a lab without a lifeline): our own
    // children. An unreaped child's pid cannot have been reused, so signalling it by pid is safe;
    // their own children die with them (PR_SET_PDEATHSIG) or are our children already (we are
    // their subreaper once their parent is gone).
    const qint64 self = ::getpid();
    const QStringList entries =
        QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (ok && pid != self && parentOf(entry) == self)
            ::kill(pid_t(pid), SIGKILL);
    }
    // The runs' segments and key files would wait for the next start otherwise.
    removeIpcObjectsOwnedBy(self);
    ::_exit(exitCode(signal));
}

} // namespace proclab
