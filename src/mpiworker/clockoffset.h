// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <mpi.h>

namespace proclab::mpi {

// How far this rank's clock is from rank 0's, measured by ping-pong (Cristian's method): the rank
// reads its clock (t1), asks rank 0 for its time (r), reads its clock again (t2). Rank 0 read r
// somewhere between t1 and t2, so r - (t1 + t2) / 2 is rank 0's clock minus this one's, wrong by
// at most half the round trip. Of the exchanges the one with the smallest round trip is kept (the
// least delayed); there are more of them until one is short (see clockoffset.cpp). Rank 0's own
// offset is 0, exactly.
struct ClockOffset
{
    long long offsetNs = 0;      // add to this rank's clock to get rank 0's
    long long uncertaintyNs = 0; // half the best round trip
    long long atNs = 0;          // this rank's clock at the middle of the best exchange
};

// Collective over `comm`: every rank calls it; rank 0 answers everyone in turn. `clock` is the
// rank's clock (CLOCK_MONOTONIC, plus a test-only skew).
ClockOffset estimateOffsetToRank0(MPI_Comm comm, const std::function<long long()> &clock);

} // namespace proclab::mpi
