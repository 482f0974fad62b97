"""Wall and CPU time of the tutorial programs with and without the tracer.

    python3 python/tools/overhead.py [--runs N] [--methods fork,spawn]

"Without" runs the same `python3 -m proclab_trace SCRIPT` with no PROCLAB_EVENT_FD (the tracer
then only runs the script), so the difference is the tracing alone; events go to a pipe that is
drained as the lab would. Wall: the best of N runs; CPU (user + system of the program and every
process it waited for): the median, which a loaded machine disturbs far less than wall time."""

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

PYTHON_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TUTORIAL = os.path.join(PYTHON_DIR, "tutorial")

CASES = [
    ("naming_processes.py", ["--workload", "300000"]),
    ("spawning_processes.py", ["--workers", "6", "--workload", "30000"]),
    ("processes_barrier.py", ["--workers", "2", "--rounds", "20", "--workload", "20000"]),
    ("process_pool.py", ["--workers", "2", "--tasks", "2000", "--workload", "200"]),
    ("process_pool.py", ["--workers", "2", "--tasks", "20000", "--chunksize", "0"]),
]


def once(script, args, method, traced):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PROCLAB_")}
    env["PYTHONPATH"] = PYTHON_DIR
    if traced:
        env.update({"PROCLAB_EVENT_FD": "1", "PROCLAB_PROCESS_ID": "0",
                    "PROCLAB_CHILD_IDS": "1-100"})
    command = [sys.executable, "-m", "proclab_trace", "--start-method", method,
               os.path.join(TUTORIAL, script), *args]
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
    args = p.parse_args()
    print("%-22s %-6s %-42s %15s %7s %15s %7s %6s" % (
        "program", "method", "arguments", "wall ms", "", "cpu ms", "", "lines"))
    print("%-22s %-6s %-42s %7s %7s %7s %7s %7s %7s" % (
        "", "", "", "plain", "traced", "cost", "plain", "traced", "cost"))
    for method in args.methods.split(","):
        for script, script_args in CASES:
            plain, traced = [], []
            for _ in range(args.runs):  # interleaved, so that load changes hit both alike
                plain.append(once(script, script_args, method, False))
                traced.append(once(script, script_args, method, True))
            a, b = min(r[0] for r in plain), min(r[0] for r in traced)
            c = statistics.median(r[1] for r in plain)
            d = statistics.median(r[1] for r in traced)
            print("%-22s %-6s %-42s %7.1f %7.1f %6.1f%% %7.1f %7.1f %6.1f%% %6d" % (
                script, method, " ".join(script_args), a * 1e3, b * 1e3, (b - a) / a * 100,
                c * 1e3, d * 1e3, (d - c) / c * 100, traced[-1][2]))


if __name__ == "__main__":
    main()
