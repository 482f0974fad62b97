// SPDX-License-Identifier: MIT
// Floor for the CPU-bound speedup: the tutorial's do_something written exactly as ProcLab's
// proclab::doSomething (mt19937_64, uniform_real_distribution, push_back without reserve), run in
// forked processes without Qt, exec or events. Speedup = wall(1 process, TOTAL items) /
// wall(W processes, TOTAL / W items each); one sample per interleaved pair of runs.
//   speedup_floor WORKERS TOTAL REPS
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

long long nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

std::vector<double> doSomething(long long count, std::mt19937_64 &random)
{
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<double> out;
    for (long long i = 0; i < count; ++i)
        out.push_back(uniform(random));
    return out;
}

double wallMs(int workers, long long total)
{
    const long long t0 = nowNs();
    std::vector<pid_t> pids;
    for (int w = 0; w < workers; ++w) {
        const pid_t pid = ::fork();
        if (pid == 0) {
            std::mt19937_64 random(std::random_device{}() ^
                                   (static_cast<unsigned long long>(w) << 32));
            const auto out = doSomething(total / workers, random);
            ::_exit(out.size() == static_cast<size_t>(total / workers) ? 0 : 1);
        }
        pids.push_back(pid);
    }
    for (const pid_t pid : pids)
        ::waitpid(pid, nullptr, 0);
    return double(nowNs() - t0) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: speedup_floor WORKERS TOTAL REPS\n");
        return 2;
    }
    const int workers = std::atoi(argv[1]);
    const long long total = std::atoll(argv[2]);
    const int reps = std::atoi(argv[3]);
    std::vector<double> speedups;
    for (int rep = 0; rep < reps; ++rep) {
        const double one = wallMs(1, total);
        const double many = wallMs(workers, total);
        speedups.push_back(one / many);
    }
    std::printf("{\"op\": \"speedup\", \"impl\": \"floor\", \"unit\": \"x\", \"samples\": [");
    for (size_t i = 0; i < speedups.size(); ++i)
        std::printf("%s%.4f", i ? ", " : "", speedups[i]);
    std::printf("]}\n");
    return 0;
}
