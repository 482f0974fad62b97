# SPDX-License-Identifier: MIT
"""Python's launch, barrier, lock and pool figures taken from the tutorial's own programs
(python/tutorial/*.py), run through the lab exactly as a user runs them:
`proclab --batch SCENARIO --runtime python --start-method M`, i.e. under the tracing module
(python/proclab_trace), with the figures read from the run's JSON file (the events the programs'
processes wrote). Prints one JSON line per figure, as bench_mp.py does ({"op", "impl", "unit",
"samples"}); impl is "pytrace-<start method>".

    lab_python.py OPERATION --proclab BIN/proclab --method fork|spawn|forkserver [options]

Operations:
  launch         spawning_processes.py --workload 0 --join-in-loop: the tutorial's mistake runs
                 the children one after another, so each child's launched_ns (its parent's
                 start() call) to ready_ns (its first line, written by the tracer in the child)
                 is one launch, as bench_mp.py's launch measures Process.start() to the child's
                 first message. The first child is left out, as there (the first forkserver start
                 starts the server; the first spawn starts the resource tracker).
  barrier        processes_barrier.py --workload 0: participant p1's gaps between consecutive
                 `end barrier_wait` stamps (round 0, everyone started, starts the clock), as
                 bench_mp.py measures participant 0's returns. A round of the program also prints
                 under the Lock and each participant writes 6 trace events per round: both are in
                 the figure. Context: the lock spans of the same run.
  pool-throughput  process_pool.py --tasks T --chunksize C: T / (last task's end - first task's
                 begin), over all workers (the warm map, as bench_mp.py's figure); context: T /
                 (first worker's start() to the last worker's reap), as bench_mp.py pool-cold.
  pool-tutorial  process_pool.py with the tutorial's defaults (4 workers, range(10)): the first
                 worker's start() to the last worker's reap (Pool(4) ... close(), join()).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

SCENARIO_FILE = {"spawning": "spawning-python.json", "barrier": "barrier-python.json",
                 "pool": "pool-python.json"}


def emit(op, impl, unit, samples):
    print(json.dumps({"op": op, "impl": impl, "unit": unit, "samples": samples}), flush=True)


def lab_run(proclab, scenario, method, options):
    """One `proclab --batch` run; returns the run JSON (errors, or a failed exit, end the bench
    step with a message rather than a wrong figure)."""
    out = tempfile.mkdtemp(prefix="proclab-bench-py-")
    try:
        # method "mpi": the same scenario on MPI ranks under mpirun (--runtime mpi), for the MPI
        # rows beside Python's.
        runtime = ["--runtime", "mpi"] if method == "mpi" else [
            "--runtime", "python", "--start-method", method]
        command = [proclab, "--batch", scenario, *runtime, "--out", out,
                   *[str(o) for o in options]]
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              timeout=300)
        path = os.path.join(out, scenario + "-mpi.json" if method == "mpi"
                            else SCENARIO_FILE[scenario])
        if done.returncode != 0 or not os.path.exists(path):
            raise SystemExit("lab_python: %s failed (%d): %s" % (
                " ".join(command), done.returncode, done.stderr.decode(errors="replace")[-2000:]))
        with open(path, encoding="utf-8") as f:
            run = json.load(f)
    finally:
        shutil.rmtree(out, ignore_errors=True)
    if run.get("errors"):
        raise SystemExit("lab_python: %s run reported errors: %s" % (scenario, run["errors"]))
    return run


def children(run):
    return [p for p in run["processes"] if p.get("parent") is not None]


def bench_launch(proclab, method, workers, reps):
    impl = "pytrace-" + method
    samples, cpu_note = [], []
    for _ in range(reps):
        run = lab_run(proclab, "spawning", method,
                      ["--workers", workers, "--workload", 0, "--join-in-loop"])
        kids = sorted(children(run), key=lambda p: p["launched_ns"])
        for p in kids[1:]:
            if p.get("ready_ns") and p.get("launched_ns") is not None:
                samples.append((p["ready_ns"] - p["launched_ns"]) / 1e3)
        # The whole run of `workers` sequential launches, for scale.
        cpu_note.append(run["wall_ns"] / 1e6)
    emit("launch", impl, "us", samples)
    emit("ctx_pytrace_launch_run_wall_ms_%s_%d_children" % (method, workers), "python", "ms",
         cpu_note)


def bench_barrier(proclab, method, parties, rounds):
    impl = "pytrace-" + method
    run = lab_run(proclab, "barrier", method,
                  ["--workers", parties, "--rounds", rounds, "--workload", 0])
    facts = run.get("facts", {})
    if not facts.get("barrier_order_ok") or not facts.get("lock_exclusive_ok"):
        raise SystemExit("lab_python: barrier facts not met: %s" % facts)
    participants = [p for p in children(run) if "test_with_barrier" in p["name"]]
    if len(participants) != parties:
        raise SystemExit("lab_python: %d participants, expected %d" % (len(participants), parties))
    first = min(participants, key=lambda p: p["name"].split(" ")[0])  # p1
    ends = sorted(s["end_ns"] for s in first["spans"] if s["kind"] == "barrier_wait")
    if len(ends) != rounds:
        raise SystemExit("lab_python: %d barrier rounds in p1, expected %d" % (len(ends), rounds))
    emit("barrier%d" % parties, impl, "us", [(b - a) / 1e3 for a, b in zip(ends, ends[1:])])
    # Context: the barrier's own release (last arrival's begin to the first participant's return,
    # per round) and the tutorial's lock (acquisition wait and hold, with its print inside).
    by_round = {}
    for p in participants:
        for s in p["spans"]:
            if s["kind"] == "barrier_wait":
                by_round.setdefault(s["round"], []).append(s)
    release = [(min(s["end_ns"] for s in spans) - max(s["begin_ns"] for s in spans)) / 1e3
               for r, spans in sorted(by_round.items()) if r > 0 and len(spans) == parties]
    emit("ctx_pytrace_barrier%d_%s_last_arrival_to_first_return_us" % (parties, method), "python",
         "us", release)
    for kind in ("lock_wait", "lock_hold"):
        spans = [(s["end_ns"] - s["begin_ns"]) / 1e3 for p in participants for s in p["spans"]
                 if s["kind"] == kind]
        emit("ctx_pytrace_barrier%d_%s_%s_us" % (parties, method, kind), "python", "us", spans)


def pool_workers(run):
    return [p for p in children(run) if "PoolWorker" in p["name"] or p.get("rank") is not None]


def bench_pool_throughput(proclab, method, tasks, chunksize, reps):
    impl = "mpi-lab" if method == "mpi" else "pytrace-" + method
    window, cold = [], []
    for _ in range(reps):
        run = lab_run(proclab, "pool", method,
                      ["--tasks", tasks, "--chunksize", chunksize, "--workers", 4])
        if not run.get("facts", {}).get("every_task_once"):
            raise SystemExit("lab_python: pool facts not met: %s" % run.get("facts"))
        workers = pool_workers(run)
        spans = [s for p in workers for s in p["spans"] if s["kind"] == "task"]
        begin = min(s["begin_ns"] for s in spans)
        end = max(s["end_ns"] for s in spans)
        window.append(tasks / ((end - begin) / 1e9))
        start = min(p["launched_ns"] for p in workers)
        # mpirun reaps the ranks without telling: their exit is the latest the lab knows of them.
        joined = max(p["reaped_ns"] or p["exited_ns"] for p in workers)
        cold.append(tasks / ((joined - start) / 1e9))
    name = "chunk1" if chunksize == 1 else "default"
    emit("pool_" + name, impl, "tasks/s", window)
    emit("ctx_%s_pool_%s_%s_start_to_join_tasks_per_s_%d_tasks" % (
        "mpi_lab" if method == "mpi" else "pytrace", name, method, tasks),
         "mpi" if method == "mpi" else "python", "tasks/s", cold)


def bench_pool_tutorial(proclab, method, reps):
    impl = "pytrace-" + method
    samples = []
    for _ in range(reps):
        run = lab_run(proclab, "pool", method, ["--tasks", 10, "--workers", 4, "--chunksize", 0])
        workers = pool_workers(run)
        if len(workers) != 4:
            raise SystemExit("lab_python: %d pool workers, expected 4" % len(workers))
        samples.append((max(p["reaped_ns"] for p in workers)
                        - min(p["launched_ns"] for p in workers)) / 1e6)
    emit("pool_tutorial", impl, "ms", samples)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("operation")
    parser.add_argument("--proclab", required=True)
    parser.add_argument("--method", default="fork")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--workers", type=int, default=20)
    parser.add_argument("--parties", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=1000)
    parser.add_argument("--tasks", type=int, default=20000)
    parser.add_argument("--chunksize", type=int, default=1)
    a = parser.parse_args()
    if a.operation == "launch":
        bench_launch(a.proclab, a.method, a.workers, a.reps)
    elif a.operation == "barrier":
        bench_barrier(a.proclab, a.method, a.parties, a.rounds)
    elif a.operation == "pool-throughput":
        bench_pool_throughput(a.proclab, a.method, a.tasks, a.chunksize, a.reps)
    elif a.operation == "pool-tutorial":
        bench_pool_tutorial(a.proclab, a.method, a.reps)
    else:
        parser.error("unknown operation " + a.operation)


if __name__ == "__main__":
    sys.exit(main())
