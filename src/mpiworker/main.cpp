// SPDX-License-Identifier: MIT
// proclab-mpi-worker: one MPI rank of a Barrier & Lock or Pool run, started by mpirun (the engine's
// MPI runtime, src/engine/mpiscenario.h). It reports the same event lines as proclab-worker on its
// stdout, which mpirun collects per rank (--output-filename): its own lines under the id
// --first-id + rank, and one line for mpirun (--launcher-id) announcing it as "rank R on HOST".
//
//   proclab-mpi-worker barrier --launcher-id L --first-id F --rounds R --workload W --seed S
//                              [--park-holder RANK --park-round R]
//   proclab-mpi-worker pool --launcher-id L --first-id F --tasks N --chunksize C --workload W
//                           --results FILE
//   proclab-mpi-worker guard --run-dir DIR --mpirun-pid P --lab-pid L   (see guard.h)
//   proclab-mpi-worker bench --what barrier|lock|pool|clock|noop …     (see bench.h)
//
// Every timestamp is on rank 0's clock: the rank measures its offset at the start (and again at
// the end, to show drift) by ping-pong, and stamps CLOCK_MONOTONIC plus that offset. A test-only
// skew (PROCLAB_MPI_TEST_SKEW_NS=RANK:NS) shifts one rank's clock, as if it ran on another host.

#include "clock.h"
#include "clockoffset.h"
#include "bench.h"
#include "eventwriter.h"
#include "guard.h"
#include "mcslock.h"
#include "rankwindow.h"
#include "workeroptions.h"
#include "workload.h"

#include <algorithm>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/prctl.h>
#include <unistd.h>
#include <vector>

using namespace proclab;
using namespace proclab::mpi;

namespace {

constexpr long long kMaxItems = 200'000'000;
constexpr long long kTaskBlock = 4096; // tasks per report of a huge chunk (as proclab-worker)

struct Rank
{
    int rank = 0;
    int size = 1;
    std::string host;
    long long skewNs = 0; // test only
    long long clock() const { return monotonicNowNs() + skewNs; }
};

long long testSkew(int rank)
{
    const char *value = std::getenv("PROCLAB_MPI_TEST_SKEW_NS");
    if (!value)
        return 0;
    int skewedRank = -1;
    long long ns = 0;
    if (std::sscanf(value, "%d:%lld", &skewedRank, &ns) != 2)
        usageError("PROCLAB_MPI_TEST_SKEW_NS must be RANK:NS");
    return skewedRank == rank ? ns : 0;
}

// The line mpirun would write if it spoke the protocol: it started this rank. The pid field is
// this rank's parent (mpirun here, orted on another host); the engine puts mpirun's own pid in.
void announce(int launcherId, int id, long long startedNs, const std::string &name)
{
    EventFields spawn;
    spawn.timestampNs = startedNs;
    spawn.pid = ::getppid();
    spawn.processId = launcherId;
    spawn.type = EventType::Spawn;
    spawn.childId = id;
    spawn.value = ::getpid();
    std::string line;
    appendEventLine(line, spawn, name);
    if (::write(1, line.data(), line.size()) < 0)
        std::_Exit(3);
}

void clockNote(EventWriter &events, const ClockOffset &start, const ClockOffset &end)
{
    // Times of the two estimates on the clock the events carry (this rank's plus the start
    // offset), so the engine can spread the drift over the events between them.
    events.note("mpi-clock offset_start_ns=" + std::to_string(start.offsetNs) +
                " uncertainty_start_ns=" + std::to_string(start.uncertaintyNs) +
                " at_start_ns=" + std::to_string(start.atNs + start.offsetNs) +
                " offset_end_ns=" + std::to_string(end.offsetNs) +
                " uncertainty_end_ns=" + std::to_string(end.uncertaintyNs) +
                " at_end_ns=" + std::to_string(end.atNs + start.offsetNs));
}

long long runBarrier(const WorkerOptions &options, const Rank &self, EventWriter &events,
                     RankWindow &window)
{
    const long long rounds = options.integer("rounds", 1, 100'000);
    const long long workload = options.integer("workload", 0, kMaxItems);
    const auto seed = static_cast<unsigned long long>(options.integer("seed", 0, INT_MAX, 1));
    const long long parkRank = options.integer("park-holder", -1, INT_MAX, -1);
    const long long parkRound = options.integer("park-round", -1, 100'000, -1);
    rejectUnreadOptions(options);
    McsLock lock(window);
    std::mt19937_64 random(seed ^ (static_cast<unsigned long long>(self.rank) << 32));
    long long produced = 0;
    for (int round = 0; round < rounds; ++round) {
        events.begin(SpanKind::Work, round);
        produced += static_cast<long long>(
            doSomething(unevenItems(seed, self.rank, round, workload), random).size());
        events.end(SpanKind::Work, round);
        events.begin(SpanKind::BarrierWait, round);
        MPI_Barrier(MPI_COMM_WORLD);
        events.end(SpanKind::BarrierWait, round);
        events.begin(SpanKind::LockWait, round);
        lock.acquire();
        events.end(SpanKind::LockWait, round);
        events.begin(SpanKind::LockHold, round);
        if (self.rank == parkRank && round == parkRound) {
            events.note("parked holding the lock in round " + std::to_string(round));
            for (;;)
                ::pause();
        }
        // The critical section: a read-modify-write of rank 0's counter that is deliberately not
        // atomic (a get, then a put), so that only the lock keeps increments from being lost.
        long value = 0;
        MPI_Get(&value, 1, MPI_LONG, 0, Counter, 1, MPI_LONG, window.win);
        MPI_Win_flush(0, window.win);
        ++value;
        MPI_Put(&value, 1, MPI_LONG, 0, Counter, 1, MPI_LONG, window.win);
        MPI_Win_flush(0, window.win);
        events.end(SpanKind::LockHold, round);
        lock.release();
    }
    events.note("mpi-lock rma_atomics=" + std::to_string(lock.atomics()) +
                " uncontended_pairs=" + std::to_string(lock.uncontendedPairs()) +
                " uncontended_max_rma_atomics=" + std::to_string(lock.uncontendedMaxAtomics()));
    MPI_Barrier(MPI_COMM_WORLD); // every increment is done
    if (self.rank == 0) {
        long value = 0;
        MPI_Fetch_and_op(nullptr, &value, MPI_LONG, 0, Counter, MPI_NO_OP, window.win);
        MPI_Win_flush(0, window.win);
        events.note("mpi-counter value=" + std::to_string(value));
    }
    return produced;
}

// Pool.map(square, range(n)) with chunks handed out dynamically by an RMA fetch-and-add on rank
// 0's chunk counter (like the shared-memory queue's atomic counter: no rank is only a dispatcher);
// results gathered in order on rank 0, which writes them to --results.
long long runPool(const WorkerOptions &options, const Rank &self, EventWriter &events,
                  RankWindow &window)
{
    const long long n = options.integer("tasks", 0, 10'000'000);
    const long long chunksize = options.integer("chunksize", 1, 10'000'000);
    const long long workload = options.integer("workload", 0, kMaxItems);
    const std::string resultsPath = options.text("results");
    rejectUnreadOptions(options);
    std::mt19937_64 random(std::random_device{}() ^ (static_cast<unsigned long long>(self.rank)));
    std::vector<long long> mine; // task, result pairs
    std::vector<long long> times;
    long long done = 0;
    const long one = 1;
    for (;;) {
        long chunk = 0;
        MPI_Fetch_and_op(&one, &chunk, MPI_LONG, 0, NextChunk, MPI_SUM, window.win);
        MPI_Win_flush(0, window.win);
        const long long begin = chunk * chunksize;
        if (begin >= n)
            break;
        const long long end = std::min(n, begin + chunksize);
        long long now = events.now();
        for (long long first = begin; first < end; first += kTaskBlock) {
            const int count = int(std::min(end - first, kTaskBlock));
            times.resize(size_t(2 * count));
            for (int k = 0; k < count; ++k) {
                const long long task = first + k;
                times[size_t(2 * k)] = now;
                if (workload > 0)
                    doSomething(workload, random);
                mine.push_back(task);
                mine.push_back(square(task));
                now = events.now();
                times[size_t(2 * k + 1)] = now;
                ++done;
            }
            events.tasks(int(first), times.data(), count);
        }
    }
    // Gather every rank's (task, result) pairs on rank 0 and put them in order.
    int count = int(mine.size());
    std::vector<int> counts(size_t(self.size));
    MPI_Gather(&count, 1, MPI_INT, counts.data(), 1, MPI_INT, 0, MPI_COMM_WORLD);
    std::vector<int> displacements(size_t(self.size), 0);
    long long total = 0;
    for (int r = 0; r < self.size; ++r) {
        displacements[size_t(r)] = int(total);
        total += counts[size_t(r)];
    }
    std::vector<long long> all(self.rank == 0 ? size_t(total) : 0);
    MPI_Gatherv(mine.data(), count, MPI_LONG_LONG, all.data(), counts.data(), displacements.data(),
                MPI_LONG_LONG, 0, MPI_COMM_WORLD);
    if (self.rank == 0) {
        std::vector<long long> results(size_t(n), 0);
        std::vector<int> executions(size_t(n), 0);
        for (size_t i = 0; i + 1 < all.size(); i += 2) {
            const long long task = all[i];
            if (task >= 0 && task < n) {
                results[size_t(task)] = all[i + 1];
                ++executions[size_t(task)];
            }
        }
        // The results in order, and how often each task ran: n, then n results, then n counts.
        FILE *file = std::fopen(resultsPath.c_str(), "wb");
        const bool ok = file && std::fwrite(&n, sizeof n, 1, file) == 1 &&
                        std::fwrite(results.data(), sizeof(long long), results.size(), file) ==
                            results.size() &&
                        std::fwrite(executions.data(), sizeof(int), executions.size(), file) ==
                            executions.size();
        if (file)
            std::fclose(file);
        if (!ok)
            events.note("could not write the gathered results to " + resultsPath);
    }
    return done;
}

} // namespace

int main(int argc, char **argv)
{
    const long long startedNs = monotonicNowNs();
    WorkerOptions options;
    std::string error;
    if (!options.parse(std::vector<std::string>(argv, argv + argc), &error))
        usageError(error);
    const std::string role = options.role();
    if (role == "guard")
        return runGuard(options);
    if (role == "bench")
        return runBench(argc, argv, options);
    if (role != "barrier" && role != "pool")
        usageError("unknown role '" + role + "' (barrier, pool or guard)");
    // A rank dies with its parent (mpirun, or orted on another host): nothing of a job outlives
    // the launcher that the lab supervises.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    ::signal(SIGPIPE, SIG_IGN);
    const int launcherId = int(options.integer("launcher-id", 0, 1'000'000));
    const int firstId = int(options.integer("first-id", 0, 1'000'000));

    MPI_Init(&argc, &argv);
    Rank self;
    MPI_Comm_rank(MPI_COMM_WORLD, &self.rank);
    MPI_Comm_size(MPI_COMM_WORLD, &self.size);
    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    self.host = host;
    self.skewNs = testSkew(self.rank);
    const auto clock = [&self] { return self.clock(); };

    const ClockOffset start = estimateOffsetToRank0(MPI_COMM_WORLD, clock);
    EventWriter events(firstId + self.rank);
    events.setClockShift(self.skewNs + start.offsetNs);
    announce(launcherId, events.processId(), startedNs + self.skewNs + start.offsetNs,
             "rank " + std::to_string(self.rank) + " on " + self.host);

    RankWindow window;
    window.rank = self.rank;
    MPI_Win_allocate(MPI_Aint(SlotCount * sizeof(long)), sizeof(long), MPI_INFO_NULL,
                     MPI_COMM_WORLD, &window.local, &window.win);
    std::fill(window.local, window.local + SlotCount, 0);
    window.local[LockNext] = -1;
    window.local[LockTail] = -1;
    MPI_Win_lock_all(0, window.win);
    MPI_Win_sync(window.win);
    MPI_Barrier(MPI_COMM_WORLD); // every window initialised before anyone's first access
    events.ready();

    const long long produced = role == "barrier" ? runBarrier(options, self, events, window)
                                                 : runPool(options, self, events, window);

    MPI_Win_unlock_all(window.win);
    MPI_Barrier(MPI_COMM_WORLD);
    const ClockOffset end = estimateOffsetToRank0(MPI_COMM_WORLD, clock);
    clockNote(events, start, end);
    events.output(produced);
    MPI_Win_free(&window.win);
    MPI_Finalize();
    events.exit(0);
    return 0;
}
