// SPDX-License-Identifier: MIT
#include "guard.h"

#include <cerrno>
#include <climits>
#include <csignal>
#include <ftw.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace proclab::mpi {

namespace {

bool waitForExit(int pidfd, int ms)
{
    pollfd p{pidfd, POLLIN, 0};
    int ready = 0;
    while ((ready = ::poll(&p, 1, ms)) < 0 && errno == EINTR) {
    }
    return ready > 0;
}

int removeEntry(const char *path, const struct stat *, int, FTW *)
{
    ::remove(path);
    return 0;
}

} // namespace

int runGuard(const WorkerOptions &options)
{
    const std::string runDir = options.text("run-dir");
    const auto mpirun = static_cast<pid_t>(options.integer("mpirun-pid", 1, INT_MAX));
    const auto lab = static_cast<pid_t>(options.integer("lab-pid", 1, INT_MAX));
    rejectUnreadOptions(options);
    if (runDir.empty())
        usageError("--run-dir is required");
    // SIGTERM is taken with sigwait, never by surprise; it comes when the lab dies.
    sigset_t terminate;
    sigemptyset(&terminate);
    sigaddset(&terminate, SIGTERM);
    ::sigprocmask(SIG_BLOCK, &terminate, nullptr);
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    // The pidfd pins mpirun now, while the lab that started it is alive: the pid cannot be reused.
    const int pidfd = int(::syscall(SYS_pidfd_open, mpirun, 0));
    if (::getppid() == lab) { // else the lab died before PR_SET_PDEATHSIG: clean up at once
        int signal = 0;
        ::sigwait(&terminate, &signal);
    }
    if (pidfd >= 0 && !waitForExit(pidfd, 10'000)) {
        ::syscall(SYS_pidfd_send_signal, pidfd, SIGKILL, nullptr, 0);
        waitForExit(pidfd, 2'000);
    }
    ::nftw(runDir.c_str(), removeEntry, 16, FTW_DEPTH | FTW_PHYS);
    return 0;
}

} // namespace proclab::mpi
