// SPDX-License-Identifier: MIT
#pragma once

#include "workeroptions.h"

namespace proclab::mpi {

// `proclab-mpi-worker guard --run-dir DIR --mpirun-pid P --lab-pid L`: the MPI run's clean-up for
// the case the lab cannot do it, its own death. The kernel sends mpirun SIGTERM when the lab dies
// (PR_SET_PDEATHSIG), and mpirun then ends its ranks; but an mpirun that ends abruptly leaves its
// session directory (it happened here in about half the trials). The guard, a child of the lab
// beside mpirun that does not hold the lab's lifeline, waits; when the lab dies (SIGTERM, its own
// PR_SET_PDEATHSIG) it waits for mpirun to end (SIGKILL after 10 s), then removes the run's
// directory: session, the ranks' output, everything. While the lab lives it only waits; the lab
// kills it at the end of the run and removes the directory itself.
int runGuard(const WorkerOptions &options);

} // namespace proclab::mpi
