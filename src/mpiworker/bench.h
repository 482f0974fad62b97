// SPDX-License-Identifier: MIT
#pragma once

#include "workeroptions.h"

namespace proclab::mpi {

// `proclab-mpi-worker bench --what WHAT [--count N] [--reps K] [--chunksize C]` under mpirun, for
// scripts/bench.sh: the MPI figures beside the shared-memory families' and Python's, as JSON lines
// ({"op", "impl": "mpi", "unit", "samples"}) on one rank's stdout. WHAT: barrier (N rounds, one
// sample per MPI_Barrier round on rank 0, µs); lock (every rank acquires and releases the MCS lock
// N times: hand-overs per second, K reps); pool (map(square, range(N)) by fetch-and-add chunks,
// gathered on rank 0: tasks per second, K reps); clock (K offset estimates against the test skew
// PROCLAB_MPI_TEST_SKEW_NS: error and reported uncertainty, µs); noop (MPI_Init and MPI_Finalize
// only: mpirun's start-up is timed around it).
int runBench(int argc, char **argv, const WorkerOptions &options);

} // namespace proclab::mpi
