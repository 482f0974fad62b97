// SPDX-License-Identifier: MIT
#pragma once

#include "roles.h"

#include <vector>

namespace proclab {

// The whole main() of a worker program: holds the lab's lifeline (lifeline.h), parses
// `ROLE --id N [options]`, ties the process to its parent (--pdeathsig, --parent-pid), ignores
// SIGPIPE and runs the role. Shared by proclab-worker
// and proclab-qtworker so that both take the same command line.
int runWorker(int argc, char **argv, const char *program, const std::vector<RoleEntry> &roles);

} // namespace proclab
