"""Wall and CPU time of the tutorial programs with and without the tracer.

    python3 python/tools/overhead.py [--runs N] [--methods fork,spawn] [--only NAME[,NAME]]

"Without" is the program as its reader runs it, `python3 SCRIPT --start-method M ARGS`; "with" is
the lab's `python3 RUNTIME/proclab_trace/__main__.py --start-method M SCRIPT ARGS` (the same as
`python3 -m proclab_trace ...` without -m's cost) with its event descriptor, so the
difference is all the tracer costs: loading it, patching multiprocessing and tracing. Both run as
the lab runs them (PYTHONDONTWRITEBYTECODE=1, bytecode only where the build compiled it); events go
to a pipe that is drained as the lab would. Runs alternate in pairs (plain then traced, traced then
plain, ...) so that load changes hit both alike. Wall: the best of N runs, and the median of the N
paired ratios traced/plain with their spread (p10-p90; min-max below 10 runs); CPU (user + system
of the program and every process it waited for): the median, which a loaded machine disturbs far
less than wall time. --only keeps the cases whose program name contains one of the words (e.g.
--only pool,spawning).

PROCLAB_EXTENSION_DIR=BUILD/bin/python runs the build's copy of the runtime (the tracer, the
tutorial programs with their compiled bytecode, and _proclab_tasks: the C task timing the lab's
tracer uses; scripts/bench.sh sets it), as the lab does. Without it, the source tree's, whose
tracer is then compiled at every run and its tasks timed in Python."""

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

EXTENSION_DIR = os.environ.get("PROCLAB_EXTENSION_DIR", "")
SOURCE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNTIME_DIR = EXTENSION_DIR if os.path.isdir(os.path.join(EXTENSION_DIR, "proclab_trace")) \
    else SOURCE_DIR
TUTORIAL = os.path.join(RUNTIME_DIR, "tutorial")

CASES = [
    ("naming_processes.py", ["--workload", "300000"]),
    ("spawning_processes.py", ["--workers", "6", "--workload", "30000"]),
    ("processes_barrier.py", ["--workers", "2", "--rounds", "20", "--workload", "20000"]),
    ("process_pool.py", ["--workers", "2", "--tasks", "2000", "--workload", "200"]),
    ("process_pool.py", ["--workers", "2", "--tasks", "20000", "--chunksize", "0"]),
]


def once(script, args, method, traced):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PROCLAB_") and k != "PYTHONPATH"}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    program = [os.path.join(TUTORIAL, script), "--start-method", method, *args]
    if traced:
        env.update({"PROCLAB_EVENT_FD": "1", "PROCLAB_PROCESS_ID": "0",
                    "PROCLAB_CHILD_IDS": "1-100"})
        if EXTENSION_DIR and EXTENSION_DIR != RUNTIME_DIR:
            env["PYTHONPATH"] = EXTENSION_DIR  # the build's _proclab_tasks for the source's tracer
        # The lab's command line (PythonScenario::begin): the tracer by its path, the start method
        # to it as well.
        command = [sys.executable, os.path.join(RUNTIME_DIR, "proclab_trace", "__main__.py"),
                   "--start-method", method, *program]
    else:
        command = [sys.executable, *program]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit("%s failed (%d)" % (script, done.returncode))
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu, done.stdout.count(b"\n")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--methods", default="fork,spawn")
    p.add_argument("--only", default="", help="comma-separated words of program names")
    p.add_argument("--args", default=None, help="the arguments, instead of the cases' own")
    args = p.parse_args()
    words = [w for w in args.only.split(",") if w]
    cases = [(s, a) for s, a in CASES if not words or any(w in s for w in words)]
    if args.args is not None:
        cases = [(s, args.args.split()) for s in dict.fromkeys(s for s, _ in cases)]
    print("%-22s %-6s %-42s %15s %7s %21s %15s %7s %6s" % (
        "program", "method", "arguments", "wall ms (best)", "", "wall traced/plain", "cpu ms",
        "", "lines"))
    print("%-22s %-6s %-42s %7s %7s %7s %13s %7s %7s %7s" % (
        "", "", "", "plain", "traced", "median", "spread", "plain", "traced", "cost"))
    for method in args.methods.split(","):
        for script, script_args in cases:
            plain, traced = [], []
            for i in range(args.runs):  # interleaved, so that load changes hit both alike,
                # and in turn first of their pair (no bias from what ran just before)
                for traced_run in ((False, True) if i % 2 == 0 else (True, False)):
                    (traced if traced_run else plain).append(
                        once(script, script_args, method, traced_run))
            a, b = min(r[0] for r in plain), min(r[0] for r in traced)
            ratios = sorted(t[0] / q[0] for q, t in zip(plain, traced))
            if len(ratios) >= 10:
                lo, hi = ratios[len(ratios) // 10], ratios[-1 - len(ratios) // 10]
            else:
                lo, hi = ratios[0], ratios[-1]
            c = statistics.median(r[1] for r in plain)
            d = statistics.median(r[1] for r in traced)
            print("%-22s %-6s %-42s %7.1f %7.1f %6.3fx %6.3f-%5.3fx %7.1f %7.1f %6.1f%% %6d" % (
                script, method, " ".join(script_args), a * 1e3, b * 1e3,
                statistics.median(ratios), lo, hi, c * 1e3, d * 1e3, (d - c) / c * 100,
                traced[-1][2]))
            sys.stdout.flush()


if __name__ == "__main__":
    main()
