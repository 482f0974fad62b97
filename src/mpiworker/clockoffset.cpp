// SPDX-License-Identifier: MIT
#include "clockoffset.h"

#include <limits>

namespace proclab::mpi {

namespace {
constexpr int kExchanges = 32;
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
        for (int peer = 1; peer < size; ++peer) {
            for (int k = 0; k < kExchanges; ++k) {
                MPI_Recv(nullptr, 0, MPI_BYTE, peer, kTag, comm, MPI_STATUS_IGNORE);
                const long long now = clock();
                MPI_Send(&now, 1, MPI_LONG_LONG, peer, kTag, comm);
            }
        }
        result.atNs = clock();
        return result;
    }
    long long best = std::numeric_limits<long long>::max();
    for (int k = 0; k < kExchanges; ++k) {
        const long long t1 = clock();
        MPI_Send(nullptr, 0, MPI_BYTE, 0, kTag, comm);
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
    return result;
}

} // namespace proclab::mpi
