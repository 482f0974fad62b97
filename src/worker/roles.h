// SPDX-License-Identifier: MIT
#pragma once

#include "workeroptions.h"

#include <vector>

namespace proclab {

// A role is what one worker process does. Each reads its options first (rejecting unknown ones),
// then reports `ready`, does its work while reporting spans, and returns its exit code.
using RoleFunction = int (*)(const WorkerOptions &options);

struct RoleEntry
{
    const char *name;
    RoleFunction run;
    const char *help;
};

// Lifecycle roles (roles_lifecycle.cpp): work, timed, daemon-parent, crash, hang, garbage.
std::vector<RoleEntry> lifecycleRoles();
// Coordination roles (roles_ipc.cpp): barrier, lock, pool, …
std::vector<RoleEntry> ipcRoles();

} // namespace proclab
