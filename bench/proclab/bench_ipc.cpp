// SPDX-License-Identifier: MIT
// Lock and barrier benchmarks on the ipc library's own objects (CoordinationArena: SharedLock,
// SharedBarrier), between forked processes exactly like the floor program does with bare pthread
// objects: the difference between the two is what ProcLab's layer costs. Forked children touch
// only the inherited shared mapping and leave with _exit(), never running Qt code.
#include "bench_ipc.h"

#include "arenas.h"
#include "benchutil.h"
#include "clock.h"
#include "ipckeys.h"

#include <QThread>
#include <sched.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

namespace proclab::bench {
namespace {

// Participant i on CPU i mod cores: unpinned cross-CPU hand-offs are bimodal.
void pinTo(int index)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(index % std::max(1, QThread::idealThreadCount()), &set);
    ::sched_setaffinity(0, sizeof set, &set);
}

// Anonymous shared memory for the children's measurements (not part of what is measured).
template<typename T> T *sharedArray(size_t count)
{
    void *p = ::mmap(nullptr, sizeof(T) * count, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS,
                     -1, 0);
    if (p == MAP_FAILED)
        die(QStringLiteral("mmap failed"));
    return static_cast<T *>(p);
}

std::unique_ptr<CoordinationArena> makeArena(int parties)
{
    QString error;
    auto arena = CoordinationArena::create(newRunKey(), parties, &error);
    if (!arena)
        die(QStringLiteral("cannot create the arena: %1").arg(error));
    return arena;
}

void waitChildren(const std::vector<pid_t> &pids)
{
    for (const pid_t pid : pids) {
        int status = 0;
        ::waitpid(pid, &status, 0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
            die(QStringLiteral("a benchmark child failed"));
    }
}

} // namespace

void benchLock(qint64 iterations, int reps)
{
    std::vector<double> samples;
    qint64 *times = sharedArray<qint64>(4);
    for (int rep = 0; rep < reps; ++rep) {
        auto arena = makeArena(2); // its barrier is the start gate, its counter proves exclusion
        arena->counter().store(0);
        std::vector<pid_t> pids;
        for (int p = 0; p < 2; ++p) {
            const pid_t pid = ::fork();
            if (pid == 0) {
                pinTo(p);
                SharedLock lock = arena->lock();
                std::atomic<qint64> &counter = arena->counter();
                arena->barrier().wait();
                times[2 * p] = monotonicNowNs();
                for (qint64 i = 0; i < iterations; ++i) {
                    if (lock.lock() == SharedLock::Result::Failed)
                        ::_exit(1);
                    counter.store(counter.load(std::memory_order_relaxed) + 1,
                                  std::memory_order_relaxed);
                    lock.unlock();
                }
                times[2 * p + 1] = monotonicNowNs();
                ::_exit(0);
            }
            pids.push_back(pid);
        }
        waitChildren(pids);
        if (arena->counter().load() != 2 * iterations)
            die(QStringLiteral("lock lost updates"));
        const qint64 begin = std::min(times[0], times[2]);
        const qint64 end = std::max(times[1], times[3]);
        samples.push_back(2.0 * double(iterations) / (double(end - begin) / 1e9));
    }
    printSamples("lock", "proclab", "ops/s", samples);
}

void benchBarrier(int parties, int rounds)
{
    auto arena = makeArena(parties);
    // A barrier that let anyone through early would look fast: the first rounds check that every
    // party had arrived before any wait() returned, then the timed rounds run without checks.
    constexpr int kCheckedRounds = 200;
    auto *arrivals = sharedArray<std::atomic<int>>(kCheckedRounds);
    for (int r = 0; r < kCheckedRounds; ++r)
        new (&arrivals[r]) std::atomic<int>(0);
    double *roundUs = sharedArray<double>(size_t(rounds));
    std::vector<pid_t> pids;
    for (int p = 0; p < parties; ++p) {
        const pid_t pid = ::fork();
        if (pid == 0) {
            pinTo(p);
            SharedBarrier barrier = arena->barrier();
            for (int r = 0; r < kCheckedRounds; ++r) {
                arrivals[r].fetch_add(1);
                if (barrier.wait() == SharedBarrier::Broken || arrivals[r].load() != parties)
                    ::_exit(2);
            }
            if (barrier.wait() == SharedBarrier::Broken) // everyone is here: timing starts
                ::_exit(1);
            qint64 last = monotonicNowNs();
            for (int r = 0; r < rounds; ++r) {
                if (barrier.wait() == SharedBarrier::Broken)
                    ::_exit(1);
                if (p == 0) {
                    const qint64 t = monotonicNowNs();
                    roundUs[r] = double(t - last) / 1e3;
                    last = t;
                }
            }
            ::_exit(0);
        }
        pids.push_back(pid);
    }
    waitChildren(pids);
    const std::vector<double> samples(roundUs, roundUs + rounds);
    double total = 0;
    for (const double us : samples)
        total += us;
    const QByteArray op = "barrier" + QByteArray::number(parties);
    printSamples(op.constData(), "proclab", "us", samples);
    // The mean round (all rounds' time / rounds): robust against a bimodal per-round split.
    printSamples(("ctx_" + op + "_mean_round_us").constData(), "proclab", "us", {total / rounds});
}

} // namespace proclab::bench
