/* SPDX-License-Identifier: MIT */
/* Shared helpers of the floor programs: clock, CPU pinning, shared memory, result output. Every
 * program prints one JSON line per measured operation: {"op", "impl", "unit", "samples"}; the
 * report (bench/python/report.py) computes medians and spreads from the raw samples. */
#pragma once
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

static inline long long floor_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* Cross-CPU hand-offs are bimodal when the scheduler may put both parties on one CPU; pinning
 * participant i to CPU i mod ncpu makes every run measure the same thing. */
static inline void floor_pin(int index)
{
    const long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET((int)(index % (ncpu > 0 ? ncpu : 1)), &set);
    sched_setaffinity(0, sizeof set, &set);
}

static inline void *floor_shared(size_t size)
{
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        perror("mmap");
        exit(1);
    }
    return p;
}

static inline void floor_print(const char *op, const char *unit, const double *samples, int n)
{
    printf("{\"op\": \"%s\", \"impl\": \"floor\", \"unit\": \"%s\", \"samples\": [", op, unit);
    for (int i = 0; i < n; ++i)
        printf("%s%.6g", i ? ", " : "", samples[i]);
    printf("]}\n");
    fflush(stdout);
}
