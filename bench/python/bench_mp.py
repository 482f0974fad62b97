# SPDX-License-Identifier: MIT
"""The Python side of scripts/bench.sh: each operation done with the standard library's
multiprocessing, the way a user of the tutorial would do it. Prints one JSON line per operation
with raw samples ({"op", "impl", "unit", "samples"}); report.py computes medians and spreads.

    bench_mp.py OPERATION [options]      (see main() for the operations)
"""
import argparse
import gc
import json
import math
import multiprocessing as mp
import os
import random
import resource
import subprocess
import sys
import time
import tracemalloc

now = time.monotonic_ns  # CLOCK_MONOTONIC, the clock every ProcLab and floor figure uses


def emit(op, impl, unit, samples):
    print(json.dumps({"op": op, "impl": impl, "unit": unit, "samples": samples}), flush=True)


def pin(index):
    # Cross-CPU hand-offs are bimodal unpinned; same placement as the floor and ProcLab runs.
    cpus = os.cpu_count() or 1
    os.sched_setaffinity(0, {index % cpus})


# --- launch: Process.start() until the child reports it is running ------------------------------

def _ready(conn):
    conn.send_bytes(b"ready")
    conn.close()


def bench_launch(method, reps):
    ctx = mp.get_context(method)
    samples = []
    for rep in range(reps + 1):
        reader, writer = ctx.Pipe(duplex=False)
        t0 = now()
        p = ctx.Process(target=_ready, args=(writer,))
        p.start()
        reader.recv_bytes()
        t1 = now()
        p.join()
        writer.close()
        reader.close()
        if rep > 0:  # the first forkserver start also starts the server itself
            samples.append((t1 - t0) / 1e3)
    emit("launch", "python-" + method, "us", samples)


# --- barrier round ------------------------------------------------------------------------------

def _barrier_party(barrier, index, rounds, out):
    pin(index)
    barrier.wait()  # everyone is up: round timing starts here
    last = now()
    times = []
    for _ in range(rounds):
        barrier.wait()
        t = now()
        times.append((t - last) / 1e3)
        last = t
    if index == 0:
        out.send(times)


def bench_barrier(parties, rounds):
    ctx = mp.get_context("fork")
    barrier = ctx.Barrier(parties)
    reader, writer = ctx.Pipe(duplex=False)
    procs = [ctx.Process(target=_barrier_party, args=(barrier, i, rounds, writer))
             for i in range(parties)]
    for p in procs:
        p.start()
    times = reader.recv()
    for p in procs:
        p.join()
    emit("barrier%d" % parties, "python", "us", times)


# --- contended lock -----------------------------------------------------------------------------

def _lock_party(lock, gate, index, iterations, out):
    pin(index)
    acquire, release = lock.acquire, lock.release
    gate.wait()  # both start together, or the first would run uncontended while the second forks
    t0 = now()
    for _ in range(iterations):
        acquire()
        release()
    out.send((t0, now()))


def bench_lock(iterations, reps):
    ctx = mp.get_context("fork")
    samples = []
    for _ in range(reps):
        lock = ctx.Lock()
        gate = ctx.Barrier(2)
        reader, writer = ctx.Pipe(duplex=False)
        procs = [ctx.Process(target=_lock_party, args=(lock, gate, i, iterations, writer))
                 for i in range(2)]
        for p in procs:
            p.start()
        spans = [reader.recv() for _ in procs]
        for p in procs:
            p.join()
        begin = min(s[0] for s in spans)
        end = max(s[1] for s in spans)
        samples.append(2 * iterations / ((end - begin) / 1e9))
    emit("lock", "python", "ops/s", samples)


# --- pool ---------------------------------------------------------------------------------------

def square(x):
    return x * x


def cpu_ms(who):
    r = resource.getrusage(who)
    return (r.ru_utime + r.ru_stime) * 1e3


def bench_pool_tutorial(reps):
    ctx = mp.get_context("fork")
    samples, workers_cpu, parent_cpu = [], [], []
    for _ in range(reps):
        c0, s0 = cpu_ms(resource.RUSAGE_CHILDREN), cpu_ms(resource.RUSAGE_SELF)
        t0 = now()
        pool = ctx.Pool(4)
        result = pool.map(square, range(10))
        pool.close()
        pool.join()
        samples.append((now() - t0) / 1e6)
        workers_cpu.append(cpu_ms(resource.RUSAGE_CHILDREN) - c0)
        parent_cpu.append(cpu_ms(resource.RUSAGE_SELF) - s0)
        assert result == [i * i for i in range(10)]
    emit("pool_tutorial", "python", "ms", samples)
    emit("ctx_pool_tutorial_cpu_ms_all_4_workers", "python", "ms", workers_cpu)
    emit("ctx_pool_tutorial_cpu_ms_engine", "python", "ms", parent_cpu)


def bench_pool_throughput(tasks, chunksize, reps):
    ctx = mp.get_context("fork")
    samples = []
    with ctx.Pool(4) as pool:
        pool.map(square, range(100))  # warm: workers up and importing done
        for _ in range(reps):
            t0 = now()
            result = pool.map(square, range(tasks), chunksize=chunksize or None)
            samples.append(tasks / ((now() - t0) / 1e9))
            assert len(result) == tasks and result[-1] == (tasks - 1) ** 2
    emit("pool_chunk1" if chunksize == 1 else "pool_default", "python", "tasks/s", samples)


# --- CPU-bound do_something speedup -------------------------------------------------------------

def do_something(count, out_list):
    for _ in range(count):
        out_list.append(random.random())


def _work(count):
    do_something(count, [])


def bench_pool_cold(tasks, chunksize, reps):
    """Context for the ProcLab figure, which always includes starting and joining its workers."""
    ctx = mp.get_context("fork")
    samples = []
    for _ in range(reps):
        t0 = now()
        with ctx.Pool(4) as pool:
            result = pool.map(square, range(tasks), chunksize=chunksize or None)
            pool.close()
            pool.join()
        samples.append(tasks / ((now() - t0) / 1e9))
        assert len(result) == tasks
    emit("ctx_pool_%s_start_to_join" % ("chunk1" if chunksize == 1 else "default"), "python",
         "tasks/s", samples)


def bench_speedup(total, reps):
    ctx = mp.get_context("fork")
    workers = os.cpu_count() or 1

    def wall(n):
        t0 = now()
        procs = [ctx.Process(target=_work, args=(total // n,)) for _ in range(n)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        return now() - t0

    samples = []
    for _ in range(reps):
        samples.append(wall(1) / wall(workers))
    emit("speedup", "python", "x", samples)


# --- events: json.loads of worker lines read from a pipe ----------------------------------------

def bench_events(emitter, events, reps):
    samples = []
    for _ in range(reps):
        t0 = now()
        proc = subprocess.Popen([emitter, "--events", str(events), "--json"], stdout=subprocess.PIPE)
        loads = json.loads
        count = 0
        for line in proc.stdout:
            loads(line)
            count += 1
        proc.wait()
        samples.append(count / ((now() - t0) / 1e9))
        assert count == events
    emit("events", "python", "events/s", samples)


# --- memory per recorded span (context only: no Python target) ----------------------------------

def bench_span_memory(spans, lanes):
    gc.collect()
    tracemalloc.start()
    base = 1_000_000_000_000
    run = [[] for _ in range(lanes)]
    for s in range(spans):
        # (begin, end, round, task, kind): what a span holds, as the natural Python record.
        run[s % lanes].append((base + s, base + s + 10, -1, s, "task"))
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    emit("span_mem", "python", "B", [current / spans])


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("operation")
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--method", default="fork")
    parser.add_argument("--parties", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=1000)
    parser.add_argument("--iterations", type=int, default=100000)
    parser.add_argument("--tasks", type=int, default=100000)
    parser.add_argument("--chunksize", type=int, default=0)
    parser.add_argument("--total", type=int, default=2000000)
    parser.add_argument("--events", type=int, default=200000)
    parser.add_argument("--emitter", default="")
    a = parser.parse_args()
    op = a.operation
    if op == "launch":
        bench_launch(a.method, a.reps)
    elif op == "barrier":
        bench_barrier(a.parties, a.rounds)
    elif op == "lock":
        bench_lock(a.iterations, a.reps)
    elif op == "pool-tutorial":
        bench_pool_tutorial(a.reps)
    elif op == "pool-throughput":
        bench_pool_throughput(a.tasks, a.chunksize, a.reps)
    elif op == "pool-cold":
        bench_pool_cold(a.tasks, a.chunksize, a.reps)
    elif op == "speedup":
        bench_speedup(a.total, a.reps)
    elif op == "events":
        bench_events(a.emitter, a.events, a.reps)
    elif op == "span-memory":
        bench_span_memory(1_000_000, 64)
    else:
        parser.error("unknown operation " + op)


if __name__ == "__main__":
    main()
