/* SPDX-License-Identifier: MIT */
/* The floor of the qt family (issue 9): the protocol of src/ipc/qtparticipant.cpp done with raw
 * semop() between forked processes, without Qt, without exec and without the worker's events.
 * Same kernel objects (one System V semaphore set of one semaphore per QSystemSemaphore), same
 * operations (every semop one sembuf with SEM_UNDO, as QSystemSemaphore::acquire()/release()
 * make them), same shared bookkeeping:
 *   lock:    acquire the lock semaphore (-1), read and note the holder pid, plain load + store
 *            increment of the counter, clear the holder, release (+1).
 *   barrier: each participant draws a slot and owns three arrive semaphores; round r, phase
 *            p = r % 3: (a) r >= 2: take back arrive[i][(r+1) % 3]; (b) draw a ticket, release
 *            arrive[i][p]; (c) for every other slot j: acquire arrive[j][p] and release it at
 *            once. The broken flag is read after every acquire, as the participant does.
 *   end:     participants that used the barrier wait at the exit gate (-1) until the parent has
 *            seen all of them there (GETNCNT) and releases it by their number.
 * The lock benchmark starts both processes with that barrier, as `lock-counter --sync 1` does.
 *   semop_floor lock ITERATIONS REPS    contended acquire+release, 2 processes, ops/s per rep
 *   semop_floor barrier N ROUNDS        per-round time in µs (participant 0), one sample a round */
#include "common.h"

#include <errno.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/sem.h>
#include <sys/wait.h>

#define MAX_PARTIES 64

struct Shared
{
    int parties;
    int lock;
    int gate;
    int arrive[MAX_PARTIES][3];
    atomic_uint slots_taken;
    atomic_uint broken;
    _Alignas(64) atomic_ullong arrivals;
    _Alignas(64) atomic_llong counter;
    _Alignas(64) atomic_llong holder;
    _Alignas(64) long long begin[MAX_PARTIES];
    long long end[MAX_PARTIES];
    double rounds[];
};

static int new_semaphore(int value)
{
    const int id = semget(IPC_PRIVATE, 1, IPC_CREAT | 0600);
    if (id == -1 || semctl(id, 0, SETVAL, value) == -1) {
        perror("semop_floor: semget");
        exit(1);
    }
    return id;
}

/* QSystemSemaphore's modifySemaphore(): one operation, SEM_UNDO, retried on EINTR. */
static int modify(int id, short count)
{
    struct sembuf op = {0, count, SEM_UNDO};
    while (semop(id, &op, 1) == -1) {
        if (errno != EINTR)
            return 0;
    }
    return 1;
}

static int is_broken(struct Shared *s)
{
    return atomic_load_explicit(&s->broken, memory_order_acquire) != 0;
}

static int acquire_unless_broken(struct Shared *s, int id)
{
    if (!modify(id, -1))
        return 0;
    if (is_broken(s)) {
        modify(id, 1);
        return 0;
    }
    return 1;
}

struct Participant
{
    int slot;
    long long round;
};

/* QtParticipant::barrierWait(): the arrival index, or -1 when broken. */
static int barrier_wait(struct Shared *s, struct Participant *me)
{
    if (is_broken(s))
        return -1;
    const int n = s->parties;
    if (me->slot < 0) {
        const unsigned slot = atomic_fetch_add(&s->slots_taken, 1);
        if (slot >= (unsigned)n)
            return -1;
        me->slot = (int)slot;
    }
    const long long round = me->round;
    const int phase = (int)(round % 3);
    const int *own = s->arrive[me->slot];
    if (round >= 2 && !acquire_unless_broken(s, own[(round + 1) % 3]))
        return -1;
    const unsigned long long ticket = atomic_fetch_add(&s->arrivals, 1);
    if (!modify(own[phase], 1))
        return -1;
    for (int j = 0; j < n; ++j) {
        if (j == me->slot)
            continue;
        if (!acquire_unless_broken(s, s->arrive[j][phase]) || !modify(s->arrive[j][phase], 1))
            return -1;
    }
    ++me->round;
    return (int)(ticket - (unsigned long long)round * (unsigned long long)n);
}

static int lock(struct Shared *s)
{
    if (!modify(s->lock, -1))
        return -1;
    const long long previous = atomic_load_explicit(&s->holder, memory_order_acquire);
    atomic_store_explicit(&s->holder, (long long)getpid(), memory_order_release);
    return previous != 0;
}

static void unlock(struct Shared *s)
{
    atomic_store_explicit(&s->holder, 0, memory_order_release);
    modify(s->lock, 1);
}

/* QtParticipant::leave(). */
static int leave(struct Shared *s, const struct Participant *me)
{
    if (me->slot < 0)
        return 1;
    if (is_broken(s) || !modify(s->gate, -1))
        return 0;
    return !is_broken(s);
}

static struct Shared *make_shared(int parties, int rounds)
{
    struct Shared *s = floor_shared(sizeof *s + sizeof(double) * (size_t)(rounds > 0 ? rounds : 1));
    memset(s, 0, sizeof *s);
    s->parties = parties;
    s->lock = new_semaphore(1);
    s->gate = new_semaphore(0);
    for (int i = 0; i < parties; ++i) {
        for (int p = 0; p < 3; ++p)
            s->arrive[i][p] = new_semaphore(0);
    }
    return s;
}

static void remove_shared(struct Shared *s)
{
    semctl(s->lock, 0, IPC_RMID);
    semctl(s->gate, 0, IPC_RMID);
    for (int i = 0; i < s->parties; ++i) {
        for (int p = 0; p < 3; ++p)
            semctl(s->arrive[i][p], 0, IPC_RMID);
    }
}

/* The lab's side: open the exit gate once all `n` wait there, then reap them. */
static void gate_and_reap(struct Shared *s, const pid_t *pids, int n)
{
    const long long deadline = floor_now_ns() + 120LL * 1000000000LL;
    while (semctl(s->gate, 0, GETNCNT) < n) {
        if (floor_now_ns() > deadline) {
            fprintf(stderr, "semop_floor: participants never reached the exit gate\n");
            exit(1);
        }
        usleep(1000);
    }
    struct sembuf op = {0, (short)n, 0};
    semop(s->gate, &op, 1);
    for (int p = 0; p < n; ++p) {
        int status = 0;
        waitpid(pids[p], &status, 0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            fprintf(stderr, "semop_floor: a participant failed\n");
            exit(1);
        }
    }
}

static void lock_bench(long iterations, int reps)
{
    double *samples = calloc((size_t)reps, sizeof *samples);
    for (int rep = 0; rep < reps; ++rep) {
        struct Shared *s = make_shared(2, 0);
        pid_t pids[2];
        for (int p = 0; p < 2; ++p) {
            pids[p] = fork();
            if (pids[p] == 0) {
                floor_pin(p);
                struct Participant me = {-1, 0};
                if (barrier_wait(s, &me) < 0) /* --sync 1: start together */
                    _exit(1);
                s->begin[p] = floor_now_ns();
                for (long i = 0; i < iterations; ++i) {
                    if (lock(s) < 0)
                        _exit(1);
                    atomic_store_explicit(
                        &s->counter, atomic_load_explicit(&s->counter, memory_order_relaxed) + 1,
                        memory_order_relaxed);
                    unlock(s);
                }
                s->end[p] = floor_now_ns();
                _exit(leave(s, &me) ? 0 : 1);
            }
        }
        gate_and_reap(s, pids, 2);
        if (atomic_load(&s->counter) != 2 * iterations) {
            fprintf(stderr, "semop_floor: lock lost updates\n");
            exit(1);
        }
        const long long b = s->begin[0] < s->begin[1] ? s->begin[0] : s->begin[1];
        const long long e = s->end[0] > s->end[1] ? s->end[0] : s->end[1];
        samples[rep] = 2.0 * (double)iterations / ((double)(e - b) / 1e9);
        remove_shared(s);
        munmap(s, sizeof *s + sizeof(double));
    }
    floor_print("lock_qt", "ops/s", samples, reps);
}

static void barrier_bench(int n, int rounds)
{
    if (n < 1 || n > MAX_PARTIES) {
        fprintf(stderr, "semop_floor: 1 to %d parties\n", MAX_PARTIES);
        exit(2);
    }
    struct Shared *s = make_shared(n, rounds);
    pid_t *pids = calloc((size_t)n, sizeof *pids);
    for (int p = 0; p < n; ++p) {
        pids[p] = fork();
        if (pids[p] == 0) {
            floor_pin(p);
            struct Participant me = {-1, 0};
            if (barrier_wait(s, &me) < 0) /* everyone is up: round timing starts here */
                _exit(1);
            long long last = floor_now_ns();
            for (int r = 0; r < rounds; ++r) {
                if (barrier_wait(s, &me) < 0)
                    _exit(1);
                if (p == 0) {
                    const long long t = floor_now_ns();
                    s->rounds[r] = (double)(t - last) / 1000.0;
                    last = t;
                }
            }
            _exit(leave(s, &me) ? 0 : 1);
        }
    }
    gate_and_reap(s, pids, n);
    if (atomic_load(&s->arrivals) != (unsigned long long)n * (unsigned long long)(rounds + 1)) {
        fprintf(stderr, "semop_floor: arrivals do not add up\n");
        exit(1);
    }
    char op[32];
    snprintf(op, sizeof op, "barrier%d_qt", n);
    floor_print(op, "us", s->rounds, rounds);
    remove_shared(s);
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
    fprintf(stderr, "usage: semop_floor lock ITERATIONS REPS | barrier N ROUNDS\n");
    return 2;
}
