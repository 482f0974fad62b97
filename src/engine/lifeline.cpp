// SPDX-License-Identifier: MIT
#include "lifeline.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace proclab {

namespace {
// Spelled as kLifelineVariable in src/worker/lifeline.h (the worker links no engine code).
constexpr const char *kVariable = "PROCLAB_LIFELINE";
std::atomic<int> writeEnd{-1};
} // namespace

bool Lifeline::install()
{
    if (writeEnd.load() >= 0)
        return true;
    int fds[2];
    // Both ends close-on-exec from the start, so no process started meanwhile gets the write end;
    // then the read end alone is made inheritable.
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        ::unsetenv(kVariable);
        return false;
    }
    struct stat st = {};
    if (::fcntl(fds[0], F_SETFD, 0) != 0 || ::fstat(fds[0], &st) != 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        ::unsetenv(kVariable);
        return false;
    }
    char value[96];
    std::snprintf(value, sizeof value, "%lld:%d:%llu", static_cast<long long>(::getpid()), fds[0],
                  static_cast<unsigned long long>(st.st_ino));
    if (::setenv(kVariable, value, 1) != 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        ::unsetenv(kVariable);
        return false;
    }
    // The read end stays open in the lab too (its number is what the workers are told); holding
    // a read end keeps nobody alive.
    writeEnd.store(fds[1]);
    return true;
}

bool Lifeline::isInstalled()
{
    return writeEnd.load() >= 0;
}

void Lifeline::cut()
{
    const int fd = writeEnd.exchange(-1);
    if (fd >= 0)
        ::close(fd);
}

} // namespace proclab
