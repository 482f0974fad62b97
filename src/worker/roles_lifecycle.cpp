// SPDX-License-Identifier: MIT
#include "clock.h"
#include "eventwriter.h"
#include "roles.h"
#include "workload.h"

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>
#include <string>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace proclab {
namespace {

constexpr long long kMaxItems = 2'000'000'000;
constexpr long long kMaxMs = 3'600'000;
// Items between clock checks: ~1 ms, keeps the loop responsive.
constexpr long long kTimedChunk = 100'000;

int processIdOption(const WorkerOptions &options)
{
    return int(options.integer("id", 0, 1'000'000));
}

std::mt19937_64 seededRandom(int id)
{
    return std::mt19937_64(std::random_device{}() ^ (static_cast<unsigned long long>(id) << 32));
}

// do_something for `ms` milliseconds: the long-running work of the kill and daemon demos. It never
// blocks signals, so SIGTERM and SIGKILL end it at once.
long long timedWork(long long ms, std::mt19937_64 &random)
{
    const long long deadline = monotonicNowNs() + ms * 1'000'000;
    long long items = 0;
    do {
        items += static_cast<long long>(doSomething(kTimedChunk, random).size());
    } while (monotonicNowNs() < deadline);
    return items;
}

int roleWork(const WorkerOptions &options)
{
    const int id = processIdOption(options);
    const long long count = options.integer("count", 0, kMaxItems);
    const int exitCode = int(options.integer("exit-code", 0, 255, 0));
    rejectUnreadOptions(options);
    EventWriter events(id);
    auto random = seededRandom(id);
    events.ready();
    events.begin(SpanKind::Work);
    const long long produced = static_cast<long long>(doSomething(count, random).size());
    // The last lines go out in one write, with exit(): a write of its own for `end work` wakes
    // the engine's reader, and on a busy machine (64 workers on 2 CPUs) the wake-up could take
    // this process off the CPU for milliseconds between its last span and its exit stamp.
    events.hold();
    events.end(SpanKind::Work);
    events.output(produced);
    events.exit(exitCode);
    return exitCode;
}

int roleTimed(const WorkerOptions &options)
{
    const int id = processIdOption(options);
    const long long ms = options.integer("ms", 0, kMaxMs);
    rejectUnreadOptions(options);
    EventWriter events(id);
    auto random = seededRandom(id);
    events.ready();
    events.begin(SpanKind::Work);
    const long long produced = timedWork(ms, random);
    events.hold(); // as in roleWork: the last lines in one write with exit()
    events.end(SpanKind::Work);
    events.output(produced);
    events.exit(0);
    return 0;
}

// Starts `argv` as a child that shares our stdout (the engine's pipe). The child waits on a pipe
// until we have reported the spawn, so the engine always learns of a child before its first event.
pid_t spawnChild(EventWriter &events, int childId, bool daemon, const std::string &name,
                 const std::vector<std::string> &arguments)
{
    int go[2];
    if (::pipe(go) != 0)
        return -1;
    std::vector<char *> argv;
    for (const std::string &a : arguments)
        argv.push_back(const_cast<char *>(a.c_str())); // execv() does not write to them
    argv.push_back(nullptr);
    static const std::string self = [] {
        char path[PATH_MAX];
        const ssize_t n = ::readlink("/proc/self/exe", path, sizeof path - 1);
        return std::string(path, n > 0 ? size_t(n) : 0);
    }();

    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(go[1]);
        char byte;
        while (::read(go[0], &byte, 1) < 0 && errno == EINTR) {
        }
        ::close(go[0]);
        ::execv(self.c_str(), argv.data());
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
    pid_t got;
    while ((got = ::waitpid(pid, &status, 0)) < 0 && errno == EINTR) {
    }
    if (got != pid) {
        // Nothing was collected: say so instead of reporting an exit that did not happen.
        events.note("could not join child " + std::to_string(childId) + ": " +
                    std::strerror(errno));
        return;
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
    const long long ms = options.integer("ms", 0, kMaxMs);
    const int daemonId = int(options.integer("daemon-id", 0, 1'000'000));
    const int childId = int(options.integer("child-id", 0, 1'000'000));
    // 0: children do not die with this parent, to show what orphans do when it is killed.
    const bool tieChildren = options.integer("tie-children", 0, 1, 1) != 0;
    rejectUnreadOptions(options);
    EventWriter events(id);
    auto random = seededRandom(id);
    events.ready();

    const std::string parentPid = std::to_string(::getpid());
    const std::string tie = tieChildren ? "1" : "0";
    auto childArgs = [&](int cid, long long childMs) {
        return std::vector<std::string>{
            "proclab-worker",        "timed",        "--id",    std::to_string(cid), "--ms",
            std::to_string(childMs), "--parent-pid", parentPid, "--pdeathsig",       tie};
    };
    // As in the tutorial: the daemon would run far longer than the parent, the regular child a bit.
    const pid_t daemonPid =
        spawnChild(events, daemonId, true, "background_process", childArgs(daemonId, ms * 4));
    const pid_t childPid =
        spawnChild(events, childId, false, "NO_background_process", childArgs(childId, ms * 2));
    if (daemonPid < 0 || childPid < 0) {
        events.note("fork failed");
        events.exit(1);
        return 1;
    }
    events.begin(SpanKind::Work);
    events.output(timedWork(ms, random));
    events.end(SpanKind::Work);
    events.note("terminating daemon child");
    events.signalSent(daemonId, SIGTERM);
    ::kill(daemonPid, SIGTERM);
    reap(events, daemonId, daemonPid);
    events.note("joining non-daemon child");
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
         "--id N --ms MS --daemon-id A --child-id B [--tie-children 0|1]: the daemons demo's "
         "parent"},
        {"crash", roleCrash, "--id N: report ready, then die of SIGSEGV"},
        {"hang", roleHang, "--id N: report ready, then sleep forever"},
        {"garbage", roleGarbage, "--id N: write a malformed event line"},
    };
}

} // namespace proclab
