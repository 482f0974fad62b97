// SPDX-License-Identifier: MIT
#include "clock.h"
#include "eventwriter.h"
#include "roles.h"
#include "workload.h"

#include <QFile>
#include <cerrno>
#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace proclab {
namespace {

constexpr qint64 kMaxItems = 2'000'000'000;
constexpr qint64 kMaxMs = 3'600'000;
constexpr qint64 kTimedChunk = 100'000; // items between clock checks: ~1 ms, keeps the loop responsive

int processIdOption(const WorkerOptions &options)
{
    return int(options.integer(QStringLiteral("id"), 0, 1'000'000));
}

std::mt19937_64 seededRandom(int id)
{
    return std::mt19937_64(std::random_device{}() ^ (quint64(id) << 32));
}

// do_something for `ms` milliseconds: the long-running work of the kill and daemon demos. It never
// blocks signals, so SIGTERM and SIGKILL end it at once.
qint64 timedWork(qint64 ms, std::mt19937_64 &random)
{
    const qint64 deadline = monotonicNowNs() + ms * 1'000'000;
    qint64 items = 0;
    do {
        items += qint64(doSomething(kTimedChunk, random).size());
    } while (monotonicNowNs() < deadline);
    return items;
}

int roleWork(const WorkerOptions &options)
{
    const int id = processIdOption(options);
    const qint64 count = options.integer(QStringLiteral("count"), 0, kMaxItems);
    const int exitCode = int(options.integer(QStringLiteral("exit-code"), 0, 255, 0));
    rejectUnreadOptions(options);
    EventWriter events(id);
    auto random = seededRandom(id);
    events.ready();
    events.begin(SpanKind::Work);
    const qint64 produced = qint64(doSomething(count, random).size());
    events.end(SpanKind::Work);
    events.output(produced);
    events.exit(exitCode);
    return exitCode;
}

int roleTimed(const WorkerOptions &options)
{
    const int id = processIdOption(options);
    const qint64 ms = options.integer(QStringLiteral("ms"), 0, kMaxMs);
    rejectUnreadOptions(options);
    EventWriter events(id);
    auto random = seededRandom(id);
    events.ready();
    events.begin(SpanKind::Work);
    const qint64 produced = timedWork(ms, random);
    events.end(SpanKind::Work);
    events.output(produced);
    events.exit(0);
    return 0;
}

// Starts `argv` as a child that shares our stdout (the engine's pipe). The child waits on a pipe
// until we have reported the spawn, so the engine always learns of a child before its first event.
pid_t spawnChild(EventWriter &events, int childId, bool daemon, const QString &name,
                 const QStringList &arguments)
{
    int go[2];
    if (::pipe(go) != 0)
        return -1;
    QList<QByteArray> encoded;
    for (const QString &a : arguments)
        encoded.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : encoded)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    static const QByteArray self = QFile::encodeName(QFile::symLinkTarget(QStringLiteral("/proc/self/exe")));

    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(go[1]);
        char byte;
        while (::read(go[0], &byte, 1) < 0 && errno == EINTR) {
        }
        ::close(go[0]);
        ::execv(self.constData(), argv.data());
        ::_exit(127);
    }
    ::close(go[0]);
    if (pid > 0)
        events.spawn(childId, pid, daemon, name);
    const char byte = 1;
    (void)!::write(go[1], &byte, 1);
    ::close(go[1]);
    return pid;
}

// Waits for a child and reports how it ended, as Python's join() would see it.
void reap(EventWriter &events, int childId, pid_t pid)
{
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFSIGNALED(status))
        events.reaped(childId, true, WTERMSIG(status));
    else
        events.reaped(childId, false, WEXITSTATUS(status));
}

// The daemons demo, with Python's rules: at the end of the parent's own work, daemonic children are
// terminated and non-daemonic children are joined; then the parent exits.
int roleDaemonParent(const WorkerOptions &options)
{
    const int id = processIdOption(options);
    const qint64 ms = options.integer(QStringLiteral("ms"), 0, kMaxMs);
    const int daemonId = int(options.integer(QStringLiteral("daemon-id"), 0, 1'000'000));
    const int childId = int(options.integer(QStringLiteral("child-id"), 0, 1'000'000));
    // 0: children do not die with this parent, to show what orphans do when it is killed.
    const bool tieChildren = options.integer(QStringLiteral("tie-children"), 0, 1, 1) != 0;
    rejectUnreadOptions(options);
    EventWriter events(id);
    auto random = seededRandom(id);
    events.ready();

    const QString parentPid = QString::number(::getpid());
    const QString tie = tieChildren ? QStringLiteral("1") : QStringLiteral("0");
    auto childArgs = [&](int cid, qint64 childMs) {
        return QStringList{QStringLiteral("proclab-worker"), QStringLiteral("timed"),
                           QStringLiteral("--id"),         QString::number(cid),
                           QStringLiteral("--ms"),         QString::number(childMs),
                           QStringLiteral("--parent-pid"), parentPid,
                           QStringLiteral("--pdeathsig"),  tie};
    };
    // As in the tutorial: the daemon would run far longer than the parent, the regular child a bit.
    const pid_t daemonPid = spawnChild(events, daemonId, true, QStringLiteral("background_process"),
                                       childArgs(daemonId, ms * 4));
    const pid_t childPid = spawnChild(events, childId, false, QStringLiteral("NO_background_process"),
                                      childArgs(childId, ms * 2));
    if (daemonPid < 0 || childPid < 0) {
        events.note(QStringLiteral("fork failed"));
        events.exit(1);
        return 1;
    }
    events.begin(SpanKind::Work);
    events.output(timedWork(ms, random));
    events.end(SpanKind::Work);
    events.note(QStringLiteral("terminating daemon child"));
    ::kill(daemonPid, SIGTERM);
    reap(events, daemonId, daemonPid);
    events.note(QStringLiteral("joining non-daemon child"));
    reap(events, childId, childPid);
    events.exit(0);
    return 0;
}

int roleCrash(const WorkerOptions &options)
{
    const int id = processIdOption(options);
    rejectUnreadOptions(options);
    EventWriter events(id);
    events.ready();
    events.begin(SpanKind::Work);
    const rlimit noCore{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore); // a crash demo should not litter core files
    std::signal(SIGSEGV, SIG_DFL);
    ::raise(SIGSEGV);
    return 1;
}

int roleHang(const WorkerOptions &options)
{
    const int id = processIdOption(options);
    rejectUnreadOptions(options);
    EventWriter events(id);
    events.ready();
    events.begin(SpanKind::Work);
    for (;;)
        ::pause();
}

// Writes lines that break the protocol, to show the engine reports them instead of dropping them.
int roleGarbage(const WorkerOptions &options)
{
    const int id = processIdOption(options);
    rejectUnreadOptions(options);
    EventWriter events(id);
    events.ready();
    const char junk[] = "this is not an event\n";
    (void)!::write(1, junk, sizeof junk - 1);
    events.exit(0);
    return 0;
}

} // namespace

std::vector<RoleEntry> lifecycleRoles()
{
    return {
    {"work", roleWork, "--id N --count ITEMS [--exit-code C]: do_something(ITEMS) once"},
    {"timed", roleTimed, "--id N --ms MS: do_something in a loop for MS milliseconds"},
    {"daemon-parent", roleDaemonParent,
     "--id N --ms MS --daemon-id A --child-id B [--tie-children 0|1]: the daemons demo's parent"},
    {"crash", roleCrash, "--id N: report ready, then die of SIGSEGV"},
    {"hang", roleHang, "--id N: report ready, then sleep forever"},
    {"garbage", roleGarbage, "--id N: write a malformed event line"},
    };
}

} // namespace proclab
