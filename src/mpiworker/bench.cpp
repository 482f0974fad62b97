// SPDX-License-Identifier: MIT
#include "bench.h"

#include "clock.h"
#include "clockoffset.h"
#include "mcslock.h"
#include "rankwindow.h"
#include "workload.h"

#include <algorithm>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace proclab::mpi {

namespace {

void emit(const char *op, const char *unit, const std::vector<double> &samples)
{
    std::string line = std::string("{\"op\": \"") + op + "\", \"impl\": \"mpi\", \"unit\": \"" +
                       unit + "\", \"samples\": [";
    for (size_t i = 0; i < samples.size(); ++i)
        line += (i ? ", " : "") + std::to_string(samples[i]);
    line += "]}\n";
    std::fputs(line.c_str(), stdout);
    std::fflush(stdout);
}

std::string suffixed(const char *op, int size)
{
    return std::string(op) + std::to_string(size);
}

} // namespace

int runBench(int argc, char **argv, const WorkerOptions &options)
{
    const std::string what = options.text("what");
    const long long count = options.integer("count", 0, 100'000'000, 1000);
    const long long reps = options.integer("reps", 1, 1000, 5);
    const long long chunksize = options.integer("chunksize", 0, 10'000'000, 0);
    rejectUnreadOptions(options);
    MPI_Init(&argc, &argv);
    int rank = 0;
    int size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    RankWindow window;
    window.rank = rank;
    MPI_Win_allocate(MPI_Aint(SlotCount * sizeof(long)), sizeof(long), MPI_INFO_NULL,
                     MPI_COMM_WORLD, &window.local, &window.win);
    std::fill(window.local, window.local + SlotCount, 0);
    window.local[LockNext] = -1;
    window.local[LockTail] = -1;
    MPI_Win_lock_all(0, window.win);
    MPI_Win_sync(window.win);
    MPI_Barrier(MPI_COMM_WORLD);

    if (what == "barrier") {
        // One sample per round, on rank 0: from its entry into MPI_Barrier to its return.
        std::vector<double> samples;
        for (long long r = 0; r < count; ++r) {
            const long long t0 = monotonicNowNs();
            MPI_Barrier(MPI_COMM_WORLD);
            samples.push_back(double(monotonicNowNs() - t0) / 1e3);
        }
        if (rank == 0)
            emit(suffixed("mpi_barrier", size).c_str(), "us", samples);
    } else if (what == "lock") {
        // Every rank acquires and releases `count` times, back to back: hand-overs per second.
        McsLock lock(window);
        std::vector<double> rates;
        for (long long k = 0; k < reps; ++k) {
            MPI_Barrier(MPI_COMM_WORLD);
            const long long t0 = monotonicNowNs();
            for (long long i = 0; i < count; ++i) {
                lock.acquire();
                lock.release();
            }
            MPI_Barrier(MPI_COMM_WORLD);
            rates.push_back(double(count * size) * 1e9 / double(monotonicNowNs() - t0));
        }
        if (rank == 0) {
            emit(suffixed("mpi_lock", size).c_str(), "ops/s", rates);
            emit("mpi_lock_uncontended_atomics", "count", {double(lock.uncontendedMaxAtomics())});
        }
    } else if (what == "pool") {
        // map(square, range(count)) by fetch-and-add chunks, gathered on rank 0; each rep from a
        // common start to the gathered results (no launch: the ranks are up).
        const long long chunk =
            chunksize > 0 ? chunksize : std::max(1LL, (count + 4LL * size - 1) / (4LL * size));
        std::vector<double> rates;
        for (long long k = 0; k < reps; ++k) {
            if (rank == 0) {
                window.local[NextChunk] = 0;
                MPI_Win_sync(window.win);
            }
            MPI_Barrier(MPI_COMM_WORLD);
            const long long t0 = monotonicNowNs();
            std::vector<long long> mine;
            const long one = 1;
            for (;;) {
                long next = 0;
                MPI_Fetch_and_op(&one, &next, MPI_LONG, 0, NextChunk, MPI_SUM, window.win);
                MPI_Win_flush(0, window.win);
                const long long begin = next * chunk;
                if (begin >= count)
                    break;
                for (long long t = begin; t < std::min(count, begin + chunk); ++t) {
                    mine.push_back(t);
                    mine.push_back(square(t));
                }
            }
            int n = int(mine.size());
            std::vector<int> counts(static_cast<size_t>(size));
            MPI_Gather(&n, 1, MPI_INT, counts.data(), 1, MPI_INT, 0, MPI_COMM_WORLD);
            std::vector<int> displacements(static_cast<size_t>(size), 0);
            for (int r = 1; r < size; ++r)
                displacements[size_t(r)] = displacements[size_t(r - 1)] + counts[size_t(r - 1)];
            std::vector<long long> all(rank == 0 ? size_t(2 * count) : 0);
            MPI_Gatherv(mine.data(), n, MPI_LONG_LONG, all.data(), counts.data(),
                        displacements.data(), MPI_LONG_LONG, 0, MPI_COMM_WORLD);
            if (rank == 0) {
                std::vector<long long> results(static_cast<size_t>(count));
                for (size_t i = 0; i + 1 < all.size(); i += 2)
                    results[size_t(all[i])] = all[i + 1];
                rates.push_back(double(count) * 1e9 / double(monotonicNowNs() - t0));
            }
            MPI_Barrier(MPI_COMM_WORLD);
        }
        if (rank == 0)
            emit(chunksize == 1 ? "mpi_pool_chunk1" : "mpi_pool_default", "tasks/s", rates);
    } else if (what == "clock") {
        // Rank 1's clock skewed by PROCLAB_MPI_TEST_SKEW_NS=1:NS: the estimate's error against
        // the true offset (-NS on one machine), and the uncertainty it reported.
        long long skew = 0;
        int skewed = -1;
        if (const char *value = std::getenv("PROCLAB_MPI_TEST_SKEW_NS"))
            std::sscanf(value, "%d:%lld", &skewed, &skew);
        if (rank != skewed)
            skew = 0;
        std::vector<double> errors;
        std::vector<double> uncertainties;
        for (long long k = 0; k < reps; ++k) {
            const ClockOffset offset =
                estimateOffsetToRank0(MPI_COMM_WORLD, [skew] { return monotonicNowNs() + skew; });
            errors.push_back(double(std::llabs(offset.offsetNs + skew)) / 1e3);
            uncertainties.push_back(double(offset.uncertaintyNs) / 1e3);
        }
        if (rank == 1) {
            emit("mpi_clock_error", "us", errors);
            emit("mpi_clock_uncertainty", "us", uncertainties);
        }
    } else if (what != "noop") {
        std::fprintf(stderr, "bench: unknown --what '%s'\n", what.c_str());
    }
    MPI_Win_unlock_all(window.win);
    MPI_Win_free(&window.win);
    MPI_Finalize();
    return 0;
}

} // namespace proclab::mpi
