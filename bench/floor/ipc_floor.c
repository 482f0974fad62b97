/* SPDX-License-Identifier: MIT */
/* Floors for the lock and barrier benchmarks: a process-shared pthread mutex and barrier in
 * anonymous shared memory between forked processes. This is what the kernel's futex allows without
 * any of SharedLock's crash recovery or Python's semaphore layers.
 *   ipc_floor lock ITERATIONS REPS      contended acquire+release, 2 processes, ops/s per rep
 *   ipc_floor barrier N ROUNDS          per-round time in µs, one sample per round */
#include "common.h"

#include <pthread.h>
#include <string.h>
#include <sys/wait.h>

struct LockShared
{
    pthread_mutex_t mutex;
    pthread_barrier_t start;
    long long begin[2];
    long long end[2];
    volatile long counter;
};

static void lock_bench(long iterations, int reps)
{
    struct LockShared *s = floor_shared(sizeof *s);
    pthread_mutexattr_t ma;
    pthread_mutexattr_init(&ma);
    pthread_mutexattr_setpshared(&ma, PTHREAD_PROCESS_SHARED);
    pthread_mutex_init(&s->mutex, &ma);
    pthread_barrierattr_t ba;
    pthread_barrierattr_init(&ba);
    pthread_barrierattr_setpshared(&ba, PTHREAD_PROCESS_SHARED);
    double *samples = calloc((size_t)reps, sizeof *samples);
    for (int rep = 0; rep < reps; ++rep) {
        pthread_barrier_init(&s->start, &ba, 2);
        s->counter = 0;
        pid_t pids[2];
        for (int p = 0; p < 2; ++p) {
            pids[p] = fork();
            if (pids[p] == 0) {
                floor_pin(p);
                pthread_barrier_wait(&s->start);
                s->begin[p] = floor_now_ns();
                for (long i = 0; i < iterations; ++i) {
                    pthread_mutex_lock(&s->mutex);
                    s->counter = s->counter + 1;
                    pthread_mutex_unlock(&s->mutex);
                }
                s->end[p] = floor_now_ns();
                _exit(0);
            }
        }
        for (int p = 0; p < 2; ++p)
            waitpid(pids[p], NULL, 0);
        if (s->counter != 2 * iterations) {
            fprintf(stderr, "ipc_floor: lock lost updates\n");
            exit(1);
        }
        const long long b = s->begin[0] < s->begin[1] ? s->begin[0] : s->begin[1];
        const long long e = s->end[0] > s->end[1] ? s->end[0] : s->end[1];
        samples[rep] = 2.0 * (double)iterations / ((double)(e - b) / 1e9);
        pthread_barrier_destroy(&s->start);
    }
    floor_print("lock", "ops/s", samples, reps);
}

struct BarrierShared
{
    pthread_barrier_t barrier;
    double rounds[];
};

static void barrier_bench(int n, int rounds)
{
    struct BarrierShared *s = floor_shared(sizeof *s + sizeof(double) * (size_t)rounds);
    pthread_barrierattr_t ba;
    pthread_barrierattr_init(&ba);
    pthread_barrierattr_setpshared(&ba, PTHREAD_PROCESS_SHARED);
    pthread_barrier_init(&s->barrier, &ba, (unsigned)n);
    pid_t *pids = calloc((size_t)n, sizeof *pids);
    for (int p = 0; p < n; ++p) {
        pids[p] = fork();
        if (pids[p] == 0) {
            floor_pin(p);
            pthread_barrier_wait(&s->barrier); /* everyone is up: round timing starts here */
            long long last = floor_now_ns();
            for (int r = 0; r < rounds; ++r) {
                pthread_barrier_wait(&s->barrier);
                if (p == 0) {
                    const long long t = floor_now_ns();
                    s->rounds[r] = (double)(t - last) / 1000.0;
                    last = t;
                }
            }
            _exit(0);
        }
    }
    for (int p = 0; p < n; ++p)
        waitpid(pids[p], NULL, 0);
    char op[32];
    snprintf(op, sizeof op, "barrier%d", n);
    floor_print(op, "us", s->rounds, rounds);
}

int main(int argc, char **argv)
{
    if (argc == 4 && strcmp(argv[1], "lock") == 0) {
        lock_bench(atol(argv[2]), atoi(argv[3]));
        return 0;
    }
    if (argc == 4 && strcmp(argv[1], "barrier") == 0) {
        barrier_bench(atoi(argv[2]), atoi(argv[3]));
        return 0;
    }
    fprintf(stderr, "usage: ipc_floor lock ITERATIONS REPS | barrier N ROUNDS\n");
    return 2;
}
