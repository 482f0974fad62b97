// SPDX-License-Identifier: MIT
// proclab-worker: one process of a ProcLab run. Runs one role and reports timestamped events on
// stdout, one line each (see event.h). No event loop: roles are straight-line code.
#include "roles.h"

#include <QStringList>
#include <climits>
#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <unistd.h>

using namespace proclab;

namespace {

std::vector<RoleEntry> allRoles()
{
    std::vector<RoleEntry> roles = lifecycleRoles();
    const std::vector<RoleEntry> ipc = ipcRoles();
    roles.insert(roles.end(), ipc.begin(), ipc.end());
    return roles;
}

void printUsage(FILE *out)
{
    std::fprintf(out, "usage: proclab-worker ROLE --id N [options] [--parent-pid P] [--pdeathsig 0|1]\n"
                      "Roles:\n");
    for (const RoleEntry &role : allRoles())
        std::fprintf(out, "  %-14s %s\n", role.name, role.help);
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (argc == 2 && (arguments.at(1) == QLatin1String("--help") || arguments.at(1) == QLatin1String("help"))) {
        printUsage(stdout);
        return 0;
    }
    WorkerOptions options;
    QString error;
    if (!options.parse(arguments, &error)) {
        printUsage(stderr);
        usageError(error);
    }

    // Die with whoever started us: the lab (or a daemon parent) must never leave workers behind,
    // even when it is killed itself. The parent-pid check closes the race where the parent died
    // before prctl() ran.
    const bool dieWithParent = options.integer(QStringLiteral("pdeathsig"), 0, 1, 1) != 0;
    const qint64 parentPid = options.integer(QStringLiteral("parent-pid"), 0, INT_MAX, 0);
    if (dieWithParent) {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (parentPid > 0 && ::getppid() != parentPid)
            return 3;
    }
    // A closed pipe must not kill the worker with SIGPIPE mid-report; writes then just fail.
    std::signal(SIGPIPE, SIG_IGN);

    for (const RoleEntry &role : allRoles()) {
        if (options.role() == QLatin1String(role.name))
            return role.run(options);
    }
    printUsage(stderr);
    usageError(QStringLiteral("unknown role '%1'").arg(options.role()));
}
