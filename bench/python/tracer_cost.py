# SPDX-License-Identifier: MIT
"""What the Python tracer (python/proclab_trace) costs, for scripts/bench.sh. Reuses the project's
own tools rather than copies of them: python/tools/overhead.py (one run of a tutorial program,
untraced as `python3 SCRIPT` or traced as the lab runs it, `python3 .../proclab_trace/__main__.py
SCRIPT` with its events drained from a pipe) and the per-event micro-benchmark of
python/tests/test_trace.py (BENCH, run through its run_traced()). Prints JSON lines like
bench_mp.py ({"op", "impl", "unit", "samples"}).

    tracer_cost.py scenarios --method fork --reps 31 [--cases naming,...] [--proclab-bench BIN]
    tracer_cost.py wall --method fork --reps 7 [--cases naming,spawning,barrier,pool,pool_default]
    tracer_cost.py events --reps 3 [--n 30000]

scenarios: the six scenarios as the lab runs them at its defaults (the target rows; op
tracer_scenario_<scenario>_<method>); wall: overhead.py's CASES, short runs with many events, where
the tracer's fixed cost shows (context). Both: traced and untraced alternated within each
repetition and the order flipped every repetition (ABBA), so that a load change hits both alike;
samples are wall milliseconds (impl traced/plain); the pairs' ratios and differences, and CPU
(user + system of the program and every process it waited for), as context lines.
events: ns per event written into a pipe that someone reads (the lab's case) and into /dev/null
(Python's share: clock, formatting, os.write); a traced Lock's acquire+release (4 events) and an
untraced one, per the micro-benchmark's own definitions.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON_DIR = os.path.join(os.path.dirname(os.path.dirname(HERE)), "python")
sys.path.insert(0, os.path.join(PYTHON_DIR, "tools"))
sys.path.insert(0, os.path.join(PYTHON_DIR, "tests"))

import overhead  # noqa: E402  (python/tools/overhead.py)

CASE_NAMES = {
    "naming_processes.py": "naming",
    "spawning_processes.py": "spawning",
    "processes_barrier.py": "barrier",
}


def case_key(script, args):
    if script == "process_pool.py":
        return "pool_default" if "--chunksize" in args else "pool"
    return CASE_NAMES.get(script, script.replace(".py", ""))


def emit(op, impl, unit, samples, label=None):
    line = {"op": op, "impl": impl, "unit": unit, "samples": samples}
    if label:
        line["label"] = label  # report.py's row label
    print(json.dumps(line), flush=True)


def lab_defaults(proclab_bench):
    """(scenario, script, arguments) of the six scenarios at the lab's defaults, from the lab's
    own code (`proclab-bench python-arguments`: PythonScenario::programArguments), without its
    --start-method (overhead.once sets the method measured)."""
    done = subprocess.run([proclab_bench, "python-arguments"], stdout=subprocess.PIPE, check=True,
                          text=True)
    cases = []
    for line in done.stdout.splitlines():
        case = json.loads(line)
        args = case["arguments"]
        if "--start-method" in args:
            i = args.index("--start-method")
            del args[i:i + 2]
        cases.append((case["scenario"], case["script"], args))
    return cases


def measure_wall(op, label, script, args, method, reps):
    overhead.once(script, args, method, False)  # warm the page cache and the pyc files
    wall = {False: [], True: []}
    cpu = {False: [], True: []}
    for rep in range(reps):
        order = (False, True) if rep % 2 == 0 else (True, False)
        for traced in order:
            elapsed, used, _lines = overhead.once(script, args, method, traced)
            wall[traced].append(elapsed * 1e3)
            cpu[traced].append(used * 1e3)
    # Each repetition's traced run over its own untraced one: the pair ran back to back, so
    # what the shared machine did meanwhile mostly cancels (the walls alone spread +-15%).
    emit("ctx_%s_wall_ratio" % op, "python", "x",
         [t / u for t, u in zip(wall[True], wall[False])])
    emit("ctx_%s_wall_added_ms" % op, "python", "ms",
         [t - u for t, u in zip(wall[True], wall[False])])
    emit(op, "traced", "ms", wall[True],
         "%s %s, %s (%s; ProcLab column: traced; Python: `python3 SCRIPT`)" % (
             script, " ".join(args), method, label))
    emit(op, "plain", "ms", wall[False])
    emit("ctx_%s_cpu_ms_traced" % op, "python", "ms", cpu[True])
    emit("ctx_%s_cpu_ms_plain" % op, "python", "ms", cpu[False])


def bench_wall(method, reps, wanted):
    """overhead.py's short programs: the tracer's fixed cost (its start-up, per process) shows."""
    for script, args in overhead.CASES:
        key = case_key(script, args)
        if wanted and key not in wanted:
            continue
        measure_wall("tracer_%s_%s" % (key, method), "a short run", script, args, method, reps)


def bench_scenarios(method, reps, wanted, proclab_bench, budget_s=60.0):
    """The six scenarios as the lab runs them by default. Repetitions: `reps`, fewer for a long
    program (about budget_s seconds of pairs each, at least 5): its fixed cost is a small share
    of its time, and its runs spread less."""
    for scenario, script, args in lab_defaults(proclab_bench):
        if wanted and scenario not in wanted:
            continue
        start = time.perf_counter()
        overhead.once(script, args, method, False)
        single = time.perf_counter() - start
        n = max(5, min(reps, int(budget_s / (2 * single))))
        measure_wall("tracer_scenario_%s_%s" % (scenario, method), "the lab's defaults", script,
                     args, method, n)


def bench_events(reps, n):
    import test_trace  # python/tests/test_trace.py: its BENCH program and run_traced()

    bench = test_trace.BENCH.replace("N = 100_000", "N = %d" % n)
    if bench == test_trace.BENCH and n != 100_000:
        raise SystemExit("tracer_cost: test_trace.BENCH no longer sets N = 100_000")
    number = r"(-?\d+)"
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "bench_events.py")
        with open(script, "w", encoding="utf-8") as f:
            f.write(bench)
        for _ in range(reps):
            _pid, code, _out, err = test_trace.run_traced(script)
            if code != 0:
                raise SystemExit("tracer_cost: the micro-benchmark failed: " + err[-2000:])
            for where in ("pipe", "null"):
                m = re.search(where + r": emit %s note %s lock %s untraced-lock %s"
                              % ((number,) * 4), err)
                if m is None:
                    raise SystemExit("tracer_cost: no %s figures in: %s" % (where, err[-2000:]))
                emit_ns, note_ns, lock_ns, untraced_ns = (int(g) for g in m.groups())
                results.setdefault(where, []).append((emit_ns, note_ns, lock_ns, untraced_ns))
    emit("tracer_event", "pipe", "ns", [r[0] for r in results["pipe"]])
    emit("tracer_event", "null", "ns", [r[0] for r in results["null"]])
    emit("ctx_tracer_note_event_ns_pipe", "python", "ns", [r[1] for r in results["pipe"]])
    emit("ctx_tracer_note_event_ns_null", "python", "ns", [r[1] for r in results["null"]])
    # The micro-benchmark's "lock" is a traced acquire+release divided by its 4 events (the lock's
    # own cost included); the added cost per event takes the untraced pair out.
    emit("ctx_tracer_lock_added_ns_per_event_pipe", "python", "ns",
         [r[2] - r[3] / 4 for r in results["pipe"]])
    emit("ctx_tracer_lock_added_ns_per_event_null", "python", "ns",
         [r[2] - r[3] / 4 for r in results["null"]])
    emit("ctx_untraced_lock_acquire_release_ns", "python", "ns", [r[3] for r in results["pipe"]])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("operation", choices=("wall", "scenarios", "events"))
    parser.add_argument("--method", default="fork")
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--cases", default="")
    parser.add_argument("--n", type=int, default=30_000)
    parser.add_argument("--proclab-bench", default="build-bench/bin/proclab-bench",
                        help="scenarios: the build's proclab-bench, which prints the lab's "
                             "arguments")
    a = parser.parse_args()
    wanted = set(filter(None, a.cases.split(",")))
    if a.operation == "wall":
        bench_wall(a.method, a.reps, wanted)
    elif a.operation == "scenarios":
        bench_scenarios(a.method, a.reps, wanted, a.proclab_bench)
    else:
        bench_events(a.reps, a.n)


if __name__ == "__main__":
    main()
