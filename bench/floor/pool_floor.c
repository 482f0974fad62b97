/* SPDX-License-Identifier: MIT */
/* Floor for the pool benchmarks: forked C workers taking chunks of task indices from one atomic
 * counter in shared memory and writing squares into shared result slots (the same shape as
 * ProcLab's pool, without events, crash handling or Qt).
 *   pool_floor tutorial REPS                  4 workers, squares of range(10), fork to join, ms
 *   pool_floor throughput N CHUNK REPS        warm pool of 4, squares of range(N), tasks/s
 * CHUNK 0 means Python's default, ceil(N / (4 * workers)). */
#include "common.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/wait.h>

enum
{
    kWorkers = 4
};

struct PoolShared
{
    pthread_barrier_t go;
    pthread_barrier_t done;
    atomic_long next;
    atomic_int quit;
    long n;
    long chunk;
    long long results[];
};

static void run_tasks(struct PoolShared *s)
{
    for (;;) {
        const long first = atomic_fetch_add(&s->next, s->chunk);
        if (first >= s->n)
            return;
        const long last = first + s->chunk < s->n ? first + s->chunk : s->n;
        for (long i = first; i < last; ++i)
            s->results[i] = (long long)i * i;
    }
}

static void check(const struct PoolShared *s)
{
    for (long i = 0; i < s->n; ++i) {
        if (s->results[i] != (long long)i * i) {
            fprintf(stderr, "pool_floor: wrong result at %ld\n", i);
            exit(1);
        }
    }
}

static long default_chunk(long n)
{
    return n == 0 ? 1 : (n + 4 * kWorkers - 1) / (4 * kWorkers);
}

static void tutorial(int reps)
{
    struct PoolShared *s = floor_shared(sizeof *s + 10 * sizeof(long long));
    double *samples = calloc((size_t)reps, sizeof *samples);
    for (int rep = 0; rep < reps; ++rep) {
        const long long t0 = floor_now_ns();
        s->n = 10;
        s->chunk = default_chunk(10);
        atomic_store(&s->next, 0);
        memset(s->results, 0xff, 10 * sizeof(long long));
        pid_t pids[kWorkers];
        for (int w = 0; w < kWorkers; ++w) {
            pids[w] = fork();
            if (pids[w] == 0) {
                run_tasks(s);
                _exit(0);
            }
        }
        for (int w = 0; w < kWorkers; ++w)
            waitpid(pids[w], NULL, 0);
        check(s);
        samples[rep] = (double)(floor_now_ns() - t0) / 1e6;
    }
    floor_print("pool_tutorial", "ms", samples, reps);
}

static void throughput(long n, long chunk, int reps)
{
    struct PoolShared *s = floor_shared(sizeof *s + (size_t)n * sizeof(long long));
    pthread_barrierattr_t ba;
    pthread_barrierattr_init(&ba);
    pthread_barrierattr_setpshared(&ba, PTHREAD_PROCESS_SHARED);
    pthread_barrier_init(&s->go, &ba, kWorkers + 1);
    pthread_barrier_init(&s->done, &ba, kWorkers + 1);
    s->n = n;
    s->chunk = chunk > 0 ? chunk : default_chunk(n);
    atomic_store(&s->quit, 0);
    pid_t pids[kWorkers];
    for (int w = 0; w < kWorkers; ++w) {
        pids[w] = fork();
        if (pids[w] == 0) {
            for (;;) {
                pthread_barrier_wait(&s->go);
                if (atomic_load(&s->quit))
                    _exit(0);
                run_tasks(s);
                pthread_barrier_wait(&s->done);
            }
        }
    }
    double *samples = calloc((size_t)reps, sizeof *samples);
    for (int rep = 0; rep < reps; ++rep) {
        memset(s->results, 0xff, (size_t)n * sizeof(long long));
        atomic_store(&s->next, 0);
        const long long t0 = floor_now_ns();
        pthread_barrier_wait(&s->go);
        pthread_barrier_wait(&s->done);
        samples[rep] = (double)n / ((double)(floor_now_ns() - t0) / 1e9);
        check(s);
    }
    atomic_store(&s->quit, 1);
    pthread_barrier_wait(&s->go);
    for (int w = 0; w < kWorkers; ++w)
        waitpid(pids[w], NULL, 0);
    floor_print(chunk == 1 ? "pool_chunk1" : "pool_default", "tasks/s", samples, reps);
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "tutorial") == 0) {
        tutorial(atoi(argv[2]));
        return 0;
    }
    if (argc == 5 && strcmp(argv[1], "throughput") == 0) {
        throughput(atol(argv[2]), atol(argv[3]), atoi(argv[4]));
        return 0;
    }
    fprintf(stderr, "usage: pool_floor tutorial REPS | throughput N CHUNK REPS\n");
    return 2;
}
