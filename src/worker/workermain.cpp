// SPDX-License-Identifier: MIT
#include "workermain.h"

#include "lifeline.h"

#include <climits>
#include <csignal>
#include <cstdio>
#include <string>
#include <sys/prctl.h>
#include <unistd.h>

namespace proclab {

namespace {

void printUsage(FILE *out, const char *program, const std::vector<RoleEntry> &roles)
{
    std::fprintf(out,
                 "usage: %s ROLE --id N [options] [--parent-pid P] [--pdeathsig 0|1]\n"
                 "Roles:\n",
                 program);
    for (const RoleEntry &role : roles)
        std::fprintf(out, "  %-14s %s\n", role.name, role.help);
}

} // namespace

int runWorker(int argc, char **argv, const char *program, const std::vector<RoleEntry> &roles)
{
    // First of all: hold the lab's lifeline, so that this process (and every child it starts)
    // ends when the lab ends, even if its parent is not the lab or is gone (see lifeline.h).
    if (!holdLifeline())
        ::kill(::getpid(), SIGKILL); // the lab died before we were armed: as if it had killed us
    const std::vector<std::string> arguments(argv, argv + argc);
    if (argc == 2 && (arguments.at(1) == "--help" || arguments.at(1) == "help")) {
        printUsage(stdout, program, roles);
        return 0;
    }
    WorkerOptions options;
    std::string error;
    if (!options.parse(arguments, &error)) {
        printUsage(stderr, program, roles);
        usageError(error);
    }

    // Die with whoever started us: the lab (or a daemon parent) must never leave workers behind,
    // even when it is killed itself. The parent-pid check closes the race where the parent died
    // before prctl() ran.
    const bool dieWithParent = options.integer("pdeathsig", 0, 1, 1) != 0;
    const long long parentPid = options.integer("parent-pid", 0, INT_MAX, 0);
    if (dieWithParent) {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (parentPid > 0 && ::getppid() != parentPid)
            return 3;
    }
    // A closed pipe must not kill the worker with SIGPIPE mid-report; writes then just fail.
    std::signal(SIGPIPE, SIG_IGN);

    for (const RoleEntry &role : roles) {
        if (options.role() == role.name)
            return role.run(options);
    }
    printUsage(stderr, program, roles);
    usageError("unknown role '" + options.role() + "'");
}

} // namespace proclab
