// SPDX-License-Identifier: MIT
#include "clockoffset.h"

#include <limits>

namespace proclab::mpi {

namespace {
// Exchanges per peer: at least kMinExchanges, and more (up to kMaxExchanges or kMaxSpendNs) until
// one round trip was short. On a loaded machine a rank may wait for a CPU between any two reads
// (oversubscribed ranks yield); the shortest exchange is the one to trust, and the longer the
// search the shorter it gets.
constexpr int kMinExchanges = 16;
constexpr int kMaxExchanges = 2000;
constexpr long long kGoodRoundTripNs = 20'000;
constexpr long long kMaxSpendNs = 300'000'000;
constexpr int kTag = 7001;
} // namespace

ClockOffset estimateOffsetToRank0(MPI_Comm comm, const std::function<long long()> &clock)
{
    int rank = 0;
    int size = 1;
    MPI_Comm_rank(comm, &rank);
    MPI_Comm_size(comm, &size);
    ClockOffset result;
    if (rank == 0) {
        // Answer each peer in turn until it says it has what it needs (a request of 0).
        for (int peer = 1; peer < size; ++peer) {
            for (;;) {
                int more = 0;
                MPI_Recv(&more, 1, MPI_INT, peer, kTag, comm, MPI_STATUS_IGNORE);
                if (!more)
                    break;
                const long long now = clock();
                MPI_Send(&now, 1, MPI_LONG_LONG, peer, kTag, comm);
            }
        }
        result.atNs = clock();
        return result;
    }
    long long best = std::numeric_limits<long long>::max();
    const long long began = clock();
    for (int k = 0; k < kMaxExchanges; ++k) {
        if (k >= kMinExchanges && (best <= kGoodRoundTripNs || clock() - began > kMaxSpendNs))
            break;
        const int more = 1;
        const long long t1 = clock();
        MPI_Send(&more, 1, MPI_INT, 0, kTag, comm);
        long long remote = 0;
        MPI_Recv(&remote, 1, MPI_LONG_LONG, 0, kTag, comm, MPI_STATUS_IGNORE);
        const long long t2 = clock();
        if (t2 - t1 < best) {
            best = t2 - t1;
            const long long middle = t1 + (t2 - t1) / 2;
            result.offsetNs = remote - middle;
            result.atNs = middle;
            result.uncertaintyNs = (best + 1) / 2;
        }
    }
    const int done = 0;
    MPI_Send(&done, 1, MPI_INT, 0, kTag, comm);
    return result;
}

} // namespace proclab::mpi
