# SPDX-License-Identifier: MIT
"""Turns the raw samples that bench.sh collected (JSON lines from proclab-bench, the floor programs
and bench_mp.py) into one Markdown table: medians with p10-p90 spreads, ratios, targets (issue 5).

    report.py RESULTS.jsonl
"""
import json
import statistics
import sys

# Targets of the per-family rows (issue 9): futex keeps the targets of the rows above; posix, the
# kernel primitive of Python's Lock and Barrier without the interpreter, at least 2x Python; qt
# within 1.3x of the raw-semop floor doing the same protocol (bench/floor/semop_floor.c). Launch:
# posix runs the same proclab-worker as futex, so futex's target; qt's worker links QtCore, so its
# floor is a do-nothing QtCore program, held to the qt family's 1.3x.
FAMILY_TARGETS = {
    ("lock", "futex"): (">= 2x Python", lambda p, y, f: None if y is None else p / y >= 2),
    ("lock", "posix"): (">= 2x Python", lambda p, y, f: None if y is None else p / y >= 2),
    ("lock", "qt"): ("within 1.3x of semop floor",
                     lambda p, y, f: None if f is None else p * 1.3 >= f),
    ("barrier", "futex"): (">= 5x faster than Python",
                           lambda p, y, f: None if y is None else y / p >= 5),
    ("barrier", "posix"): (">= 2x faster than Python",
                           lambda p, y, f: None if y is None else y / p >= 2),
    ("barrier", "qt"): ("within 1.3x of semop floor",
                       lambda p, y, f: None if f is None else p <= 1.3 * f),
    ("launch", "futex"): ("<= 2x floor", lambda p, y, f: None if f is None else p <= 2 * f),
    ("launch", "posix"): ("<= 2x floor", lambda p, y, f: None if f is None else p <= 2 * f),
    ("launch", "qt"): ("<= 1.3x floor (QtCore-only program)",
                       lambda p, y, f: None if f is None else p <= 1.3 * f),
}


def _family_sources():
    # op -> ((python op, impl) or None, (floor op, impl) or None)
    sources = {}
    for family in ("qt", "posix", "futex"):
        same_floor = family == "futex"  # the pthread floor: the futex family's own primitive
        sources["lock_" + family] = (("lock", "python"), ("lock", "floor") if same_floor else (
            ("lock_qt", "floor") if family == "qt" else None))
        for n in (2, 4):
            op = "barrier%d" % n
            sources["%s_%s" % (op, family)] = ((op, "python"), (op, "floor") if same_floor else (
                (op + "_qt", "floor") if family == "qt" else None))
        sources["launch_" + family] = (("launch", "python-fork"), (
            "launch_qtcore" if family == "qt" else "launch_libc", "floor"))
    return sources


FAMILY_SOURCES = _family_sources()
# Issue 12, the cost of recording causes: the "floor" column is the same family's run without
# the cause board (--causes 0), interleaved with the runs with it; no Python figure.
for _family in ("qt", "posix", "futex"):
    for _op in ("causes_lock_", "causes_handoff_", "causes_barrier2_"):
        FAMILY_SOURCES[_op + _family] = (("none", "none"), (_op + _family, "proclab_nocauses"))

# op key, label, unit shown, scale from the raw unit, higher-is-better, target text, check
# The check gets the three medians (ProcLab, Python, floor) in raw units; None when not measurable.
OPERATIONS = [
    ("launch", "launch a worker until it reports ready", "ms", 1e-3, False,
     "<= 2x floor", lambda p, y, f: None if f is None else p <= 2 * f),
    ("barrier2", "barrier round, N = 2", "µs", 1, False,
     ">= 5x faster than Python", lambda p, y, f: None if y is None else y / p >= 5),
    ("barrier4", "barrier round, N = 4", "µs", 1, False,
     ">= 5x faster than Python", lambda p, y, f: None if y is None else y / p >= 5),
    ("lock", "contended lock acquire+release, 2 processes", "M/s", 1e-6, True,
     ">= 2x Python", lambda p, y, f: None if y is None else p / y >= 2),
] + [
    # Barrier & Lock per primitive family (issue 9): the scenario's own worker processes. Python's
    # column is the same run's multiprocessing figure of the operation (FAMILY_SOURCES).
    row for family in ("qt", "posix", "futex") for row in (
        ("lock_" + family, "%s family: contended lock acquire+release, 2 worker processes"
         % family, "M/s", 1e-6, True) + FAMILY_TARGETS["lock", family],
        ("barrier2_" + family, "%s family: barrier round, N = 2 worker processes" % family, "µs",
         1, False) + FAMILY_TARGETS["barrier", family],
        ("barrier4_" + family, "%s family: barrier round, N = 4 worker processes" % family, "µs",
         1, False) + FAMILY_TARGETS["barrier", family],
        ("launch_" + family, "%s family: launch its worker (%s) until it reports ready"
         % (family, "proclab-qtworker" if family == "qt" else "proclab-worker"), "ms", 1e-3,
         False) + FAMILY_TARGETS["launch", family],
    )
] + [
    row for family in ("qt", "posix", "futex") for row in (
        ("causes_handoff_" + family, "%s family: lock hand-offs, 2 processes taking turns, "
         "each queued for the lock while the other holds it 1 µs, with causes recorded (floor: "
         "without)" % family, "M/s", 1e-6, True, "<= 5% slower",
         lambda p, y, f: None if f is None else p >= 0.95 * f),
        # Context, no target: in a free-for-all loop the scheduler decides how often the lock
        # changes hands (the share is shown), and that decides the rate more than recording.
        ("causes_lock_" + family, "%s family: lock acquisitions, 2 processes in a free-for-all "
         "tight loop, with causes recorded (floor: without; context)" % family, "M/s", 1e-6,
         True, "–", lambda p, y, f: None),
        ("causes_barrier2_" + family, "%s family: mean barrier round, N = 2, with causes "
         "recorded (floor: without)" % family, "µs", 1, False, "<= 5% slower",
         lambda p, y, f: None if f is None else p <= 1.05 * f),
    )
] + [
    ("timeline_arrows_focus", "timeline redraw, 64 lanes x 1,000 spans, cause arrows of the "
     "selected process and the critical path", "ms/frame", 1, False, "<= 50 ms",
     lambda p, y, f: p <= 50),
    ("timeline_arrows_all", "timeline redraw, 64 lanes x 1,000 spans, all ~21,000 cause arrows "
     "(limit lifted) and the critical path", "ms/frame", 1, False, "<= 50 ms",
     lambda p, y, f: p <= 50),
    ("pool_tutorial", "tutorial pool: 4 workers, squares of range(10), start to join", "ms", 1, False,
     "<= 0.5x Python", lambda p, y, f: None if y is None else p <= 0.5 * y),
    ("pool_chunk1", "pool throughput, range(100000), chunk size 1", "k tasks/s", 1e-3, True,
     ">= 5x Python", lambda p, y, f: None if y is None else p / y >= 5),
    ("pool_default", "pool throughput, range(100000), default chunk size", "M tasks/s", 1e-6, True,
     ">= 1x Python", lambda p, y, f: None if y is None else p / y >= 1),
    ("speedup", "CPU-bound do_something speedup, workers = cores", "x", 1, True,
     ">= 0.95x floor", lambda p, y, f: None if f is None else p / f >= 0.95),
    ("events", "worker events parsed by the engine", "M events/s", 1e-6, True,
     ">= 1 M/s", lambda p, y, f: p >= 1e6),
    ("timeline", "timeline redraw, 64 lanes x 1,000 spans, offscreen", "ms/frame", 1, False,
     "<= 50 ms", lambda p, y, f: p <= 50),
    ("span_mem", "memory per recorded span in the engine", "B/span", 1, False,
     "<= 64 B", lambda p, y, f: p <= 64),
    ("batch_mem", "peak RSS per span, proclab --batch pool, 1,000,000 tasks, chunk size 1, "
     "all exports", "B/span", 1, False, "<= 100 B", lambda p, y, f: p <= 100),
    ("batch_mem_10m_files", "files of proclab --batch pool --tasks 10000000 (the maximum), "
     "chunk size 1", "GB", 1e-9, False, "< 4 GB", lambda p, y, f: p < 4e9),
]

# Python's figures taken from the tutorial's own programs (python/tutorial), run through the lab
# under the tracer (`proclab --batch S --runtime python --start-method M`; bench/python/
# lab_python.py), one row per start method under the row of the same operation: the same ProcLab
# and floor figures, Python's column from the program. op -> (what the program run is, target,
# check); None: no Python target for that operation (launch's target is against the floor).
START_METHODS = ("fork", "forkserver", "spawn")
PYTRACE_ROWS = {
    "launch": ("spawning_processes.py --join-in-loop: start() to the child's ready", None),
    "barrier2": ("processes_barrier.py --workload 0: p1's rounds, incl. its print under the Lock",
                 (">= 5x faster than Python", lambda p, y, f: None if y is None else y / p >= 5)),
    "barrier4": ("processes_barrier.py --workload 0: p1's rounds, incl. its print under the Lock",
                 (">= 5x faster than Python", lambda p, y, f: None if y is None else y / p >= 5)),
    "pool_tutorial": ("process_pool.py: first worker's start() to the last one's join",
                      ("<= 0.5x Python", lambda p, y, f: None if y is None else p <= 0.5 * y)),
    "pool_chunk1": ("process_pool.py --tasks 10000 --chunksize 1: first task to last",
                    (">= 5x Python", lambda p, y, f: None if y is None else p / y >= 5)),
    "pool_default": ("process_pool.py --tasks 100000: first task to last",
                     (">= 1x Python", lambda p, y, f: None if y is None else p / y >= 1)),
}

# The tracer's own cost (bench/python/tracer_cost.py): each tutorial program's wall time traced
# (ProcLab column: what the lab runs) against untraced (Python column), alternated in one run; and
# the cost of one traced event. Labels come from the samples' "label" field. The target applies to
# the scenarios as the lab runs them (tracer_scenario_*); the short runs of overhead.py's cases are
# context: there the tracer's fixed cost (start-up, per process) is most of the difference.
TRACER_WALL_TARGET = ("<= 1.05x untraced", lambda p, y: None if y is None else p <= 1.05 * y)
TRACER_TARGET_PREFIX = "tracer_scenario_"
TRACER_EVENT_ROWS = [
    ("pipe", "tracer: one traced event (`begin work`) into a pipe the reader drains, the lab's "
     "case (python/tests/test_trace.py's micro-benchmark)"),
    ("null", "tracer: the same event into /dev/null: the tracer's own Python share (clock, "
     "format, os.write)"),
]

# ProcLab-only latency rows judged by their tail, not their median: the cell shows the median, p99
# and maximum over all samples (and how many exceeded `over`, when set); the check gets the median
# and the maximum in raw units. No Python or floor counterpart: those columns show "–".
# op key, label, unit shown, scale from the raw unit, target text, over (raw units or None), check
TAIL_OPERATIONS = [
    ("gui_stall_spawn64", "GUI event loop blocked (1 ms timer gaps), Spawning tab shown, "
     "64 workers, run to the end", "ms", 1, "max <= 16 ms", 16, lambda med, mx: mx <= 16),
    ("gui_stall_pool1m", "GUI event loop blocked (1 ms timer gaps), Pool tab shown, 8 workers, "
     "1,000,000 tasks, chunk size 1", "ms", 1, "max <= 16 ms", 16, lambda med, mx: mx <= 16),
    ("exit_stamp", "exit stamp error: exited_ns - end of the last span, Spawning, 64 workers",
     "ms", 1, "median < 0.5 ms, max < 5 ms", None, lambda med, mx: med < 0.5 and mx < 5),
    ("stop_report_barrier", "SIGSTOP to its report (the lane's \"stopped\" note), Barrier & "
     "Lock, 3 participants, through a RunController", "ms", 1, "max <= 1000 ms", 1000,
     lambda med, mx: mx <= 1000),
    ("stop_report_pool", "SIGSTOP to its report (the lane's \"stopped\" note), Pool, 4 workers, "
     "2,000,000 tasks, chunk size 1000", "ms", 1, "max <= 1000 ms", 1000,
     lambda med, mx: mx <= 1000),
    ("stop_end_barrier", "SIGSTOP to the run's end (last exit), Barrier & Lock, 3 participants",
     "ms", 1, "max <= 2000 ms", 2000, lambda med, mx: mx <= 2000),
    ("stop_end_pool", "SIGSTOP to the run's end (last exit), Pool, 4 workers, 2,000,000 tasks",
     "ms", 1, "max <= 2000 ms", 2000, lambda med, mx: mx <= 2000),
    ("fault_end", "fault matrix: fault (SIGTERM, SIGKILL, SIGSTOP) to the end of the run, every "
     "cell (tests/ipc/tst_faultmatrix; per cell below)", "ms", 1, "max < 2000 ms", 2000,
     lambda med, mx: mx < 2000),
]
# Tail rows that fail whatever their samples say when a companion count is above zero: a stop the
# run never reported has no report sample, so the maximum alone would not show it.
TAIL_FAILED_BY = {
    "stop_report_barrier": ("ctx_stop_unreported_barrier", "unreported"),
    "stop_report_pool": ("ctx_stop_unreported_pool", "unreported"),
}
# Context lines shown like the rows above (median, p99, max): op key, label, unit, scale, over.
TAIL_CONTEXT = [
    ("ctx_exit_stamp_without_sched_fifo", "exit stamp error with an ordinary exit-watcher thread "
     "(no right to SCHED_FIFO, as in a user session with RLIMIT_RTPRIO 0)", "ms", 1, None),
]


LABELS = {}


def load(path):
    results = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line.startswith("{"):
                continue
            d = json.loads(line)
            results.setdefault((d["op"], d["impl"]), []).extend(d["samples"])
            if d.get("label"):
                LABELS[d["op"]] = d["label"]
    return results


def quantile(sorted_samples, q):
    # Linear interpolation between closest ranks (numpy's default), fine for small sample counts.
    if len(sorted_samples) == 1:
        return sorted_samples[0]
    pos = q * (len(sorted_samples) - 1)
    lo = int(pos)
    hi = min(lo + 1, len(sorted_samples) - 1)
    return sorted_samples[lo] + (sorted_samples[hi] - sorted_samples[lo]) * (pos - lo)


def summary(samples):
    s = sorted(samples)
    return statistics.median(s), quantile(s, 0.1), quantile(s, 0.9), len(s)


def fmt(value, scale):
    v = value * scale
    if abs(v) >= 100:
        return "%.0f" % v
    if abs(v) >= 10:
        return "%.1f" % v
    return "%.2f" % v if abs(v) >= 1 else "%.3f" % v


def cell(results, op, impl, unit, scale):
    samples = results.get((op, impl))
    if not samples:
        return None, "–"
    med, p10, p90, n = summary(samples)
    return med, "%s %s (%s–%s, n=%d)" % (fmt(med, scale), unit, fmt(p10, scale), fmt(p90, scale), n)


def tail_cell(results, op, unit, scale, over):
    samples = results.get((op, "proclab"))
    if not samples:
        return None, None, "–"
    s = sorted(samples)
    med, p99, mx = statistics.median(s), quantile(s, 0.99), s[-1]
    extra = "" if over is None else ", %d > %s %s" % (sum(1 for v in s if v > over),
                                                       fmt(over, scale), unit)
    return med, mx, "median %s, p99 %s, max %s %s (n=%d%s)" % (
        fmt(med, scale), fmt(p99, scale), fmt(mx, scale), unit, len(s), extra)


def ratio(a, b):
    if a is None or b is None or b == 0:
        return "–"
    r = a / b
    # Small ratios keep two significant digits: a barrier 3,000x faster must not show as 0.00.
    return "%.2f" % r if r >= 0.1 else "%.2g" % r


def print_tracer_rows(results):
    ops = sorted({op for op, impl in results if op.startswith("tracer_") and impl == "traced"},
                 key=lambda op: (not op.startswith(TRACER_TARGET_PREFIX),
                                 op.rsplit("_", 1)[-1] != "fork", op))
    for op in ops:
        judged = op.startswith(TRACER_TARGET_PREFIX)
        p, pc = cell(results, op, "traced", "ms", 1)
        y, yc = cell(results, op, "plain", "ms", 1)
        # The verdict on the median of the repetitions' paired ratios (traced over the untraced
        # run beside it) where there are any, else on the ratio of the medians.
        paired, pairedCell = cell(results, "ctx_%s_wall_ratio" % op, "python", "x", 1)
        if paired is not None and y:
            verdict = TRACER_WALL_TARGET[1](paired * y, y)
            shown_ratio = "%.2f (paired: %s)" % (paired, pairedCell.replace(" x (", " ("))
        else:
            verdict = None if p is None else TRACER_WALL_TARGET[1](p, y)
            shown_ratio = ratio(p, y)
        label = "tracer cost, wall: %s" % LABELS.get(op, op[len("tracer_"):])
        # CPU (getrusage of the program and its children), which other load disturbs far less.
        c, _ = cell(results, "ctx_%s_cpu_ms_traced" % op, "python", "ms", 1)
        u, _ = cell(results, "ctx_%s_cpu_ms_plain" % op, "python", "ms", 1)
        if c is not None and u:
            pc += "; CPU %s ms vs %s ms untraced: %+.0f%%" % (fmt(c, 1), fmt(u, 1),
                                                               (c / u - 1) * 100)
        added, _ = cell(results, "ctx_%s_wall_added_ms" % op, "python", "ms", 1)
        if added is not None:
            pc += "; %+.1f ms a run (paired median)" % added
        if not judged:
            verdict = None
        print("| %s | traced %s | untraced %s | – | %s | – | %s | %s |" % (
            label, pc, yc, shown_ratio,
            TRACER_WALL_TARGET[0] if judged else "context (short run: the fixed cost)",
            "–" if verdict is None else ("yes" if verdict else "**no**")))
    for impl, label in TRACER_EVENT_ROWS:
        p, pc = cell(results, "tracer_event", impl, "µs", 1e-3)
        if p is None:
            continue
        print("| %s | %s | – | – | – | – | <= 1 µs per event | %s |" % (
            label, pc, "yes" if p <= 1000 else "**no**"))


def print_fault_cells(results):
    """The fault matrix, one row per cell: fault to the end of the run (target < 2 s each)."""
    cells = sorted(op for op, impl in results if op.startswith("fault_end:"))
    if not cells:
        return
    print()
    print("Fault matrix, fault to the end of the run per cell (family or pool, state, signal):")
    print()
    print("| cell | median | max | n | < 2 s |")
    print("|---|---|---|---|---|")
    for op in cells:
        s = sorted(results[(op, "proclab")])
        print("| %s | %s ms | %s ms | %d | %s |" % (
            LABELS.get(op, op[len("fault_end:"):]), fmt(statistics.median(s), 1), fmt(s[-1], 1),
            len(s), "yes" if s[-1] < 2000 else "**no**"))


# The MPI runtime (issue 11), on this machine: each MPI figure beside the same operation's
# shared-memory (ProcLab) and Python figures of the same run. No target for the absolute numbers
# on one machine; the targets are the lock's RMA atomics per uncontended acquire+release (counted)
# and the clock offset estimate's error on an injected skew.
# mpi op, label, unit shown, scale, higher-is-better, shared-memory op or None, target, check
MPI_OPERATIONS = [
    ("mpi_barrier2", "MPI_Barrier round, N = 2 ranks", "µs", 1, False, "barrier2", "–", None),
    ("mpi_barrier4", "MPI_Barrier round, N = 4 ranks", "µs", 1, False, "barrier4", "–", None),
    ("mpi_lock2", "MCS lock (MPI-3 RMA atomics): contended acquire+release, 2 ranks", "M/s", 1e-6,
     True, "lock", "–", None),
    ("mpi_pool_chunk1", "pool throughput, range(100000), chunk size 1, 2 ranks: RMA "
     "fetch-and-add dispatch and squares only, ranks up, no events", "k tasks/s", 1e-3, True,
     "pool_chunk1", "–", None),
    ("mpi_pool_default", "pool throughput, range(100000), default chunk size, 2 ranks: the same",
     "M tasks/s", 1e-6, True, "pool_default", "–", None),
    ("mpi_lab_pool_chunk1", "↳ through the lab: proclab --batch pool --runtime mpi, 4 ranks, "
     "range(10000), chunk size 1, first task to last (events included)", "k tasks/s", 1e-3, True,
     "pool_chunk1", "–", None),
    ("mpi_lab_pool_default", "↳ through the lab: the same, range(100000), default chunk size",
     "M tasks/s", 1e-6, True, "pool_default", "–", None),
    ("mpi_startup2", "mpirun start-up to MPI_Finalize, N = 2", "ms", 1e-3, False, None, "–", None),
    ("mpi_startup4", "mpirun start-up to MPI_Finalize, N = 4", "ms", 1e-3, False, None, "–", None),
    ("mpi_clock_error", "clock offset estimate's error on a 5 ms injected skew", "µs", 1, False,
     None, "< 50 µs", lambda m: m < 50),
    ("mpi_clock_uncertainty", "the estimate's reported uncertainty (half the best round trip)",
     "µs", 1, False, None, "–", None),
    ("mpi_lock_uncontended_atomics", "RMA atomics of an uncontended acquire+release (most of "
     "any; tst_mpibarrier counts them too)", "", 1, False, None, "<= 2", lambda m: m <= 2),
]


def print_mpi_table(results):
    if not any(impl == "mpi" for _, impl in results):
        return
    print()
    print("MPI runtime (Open MPI under mpirun, ranks on this machine, shared memory):")
    print()
    print("| operation | MPI median | shared-memory (ProcLab) median | Python median | "
          "MPI/shared memory | MPI/Python | target | met |")
    print("|---|---|---|---|---|---|---|---|")
    for op, label, unit, scale, higher, shm, target, check in MPI_OPERATIONS:
        # The lab's runs (bench/python/lab_python.py --method mpi) are the pool rows' impl mpi-lab.
        lab = op.startswith("mpi_lab_")
        m, mc = cell(results, op.replace("mpi_lab_", "") if lab else op,
                     "mpi-lab" if lab else "mpi", unit, scale)
        if m is None:
            continue
        p, pc = (None, "–") if shm is None else cell(results, shm, "proclab", unit, scale)
        y, yc = (None, "–") if shm is None else cell(results, shm, "python", unit, scale)
        met = "–" if check is None else ("yes" if check(m * scale) else "**no**")
        print("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
            label, mc, pc, yc, ratio(m, p), ratio(m, y), target, met))


def main():
    results = load(sys.argv[1])
    print("| operation | ProcLab median | Python median | floor median | ProcLab/Python | "
          "ProcLab/floor | target | met |")
    print("|---|---|---|---|---|---|---|---|")
    slower_than_python = []
    for op, label, unit, scale, higher, target, check in OPERATIONS:
        p, pc = cell(results, op, "proclab", unit, scale)
        python_src, floor_src = FAMILY_SOURCES.get(
            op, ((op, "python-fork" if op == "launch" else "python"), (op, "floor")))
        y, yc = cell(results, python_src[0], python_src[1], unit, scale)
        if python_src[1] == "python-fork" and y is not None:
            yc = "fork " + yc
        f, fc = (None, "–") if floor_src is None else cell(results, floor_src[0], floor_src[1],
                                                               unit, scale)
        if op in FAMILY_SOURCES and p is not None and y is not None and (
                p < y if higher else p > y):
            slower_than_python.append("%s (ProcLab/Python %s)" % (label, ratio(p, y)))
        if p is None and op in FAMILY_SOURCES:
            continue  # a partial run (some families only): no pending row for the others
        if p is None:
            met = "pending"
        else:
            verdict = check(p, y, f)
            met = "–" if verdict is None else ("yes" if verdict else "**no**")
        floor_ratio = ratio(p, f)
        if op.startswith("causes_") and p is not None:
            # Judged on the median of the pairs' ratios (with over without, run back to back),
            # as the tracer's rows are: the runs alone drift more than the cost between pairs.
            paired, paired_cell = cell(results, "ctx_%s_ratio" % op, "proclab", "x", 1)
            if paired is not None and f:
                floor_ratio = "%.2f (paired: %s)" % (paired, paired_cell.replace(" x (", " ("))
                verdict = check(paired * f, y, f)
                met = "–" if verdict is None else ("yes" if verdict else "**no**")
            for share_op, what in (("ctx_%s_share_pct" % op, "changed hands"),
                                   ("ctx_%s_queued_pct" % op, "queued at the release")):
                share, _ = cell(results, share_op, "proclab", "%", 1)
                if share is not None:
                    pc += "; %.0f%% %s" % (share, what)
        print("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
            label, pc, yc, fc, ratio(p, y), floor_ratio, target, met))
        if op in PYTRACE_ROWS:
            what, judged = PYTRACE_ROWS[op]
            for method in START_METHODS:
                y, yc = cell(results, op, "pytrace-" + method, unit, scale)
                if y is None:
                    continue
                verdict = None if judged is None or p is None else judged[1](p, y, f)
                print("| ↳ Python = the tutorial's program traced through the lab, %s: %s | %s | "
                      "%s | %s | %s | %s | %s | %s |" % (
                          method, what, pc, yc, fc, ratio(p, y), ratio(p, f),
                          "–" if judged is None else judged[0],
                          "–" if verdict is None else ("yes" if verdict else "**no**")))
    print_tracer_rows(results)
    for op, label, unit, scale, target, over, check in TAIL_OPERATIONS:
        med, mx, pc = tail_cell(results, op, unit, scale, over)
        met = "pending" if med is None else ("yes" if check(med, mx) else "**no**")
        if op in TAIL_FAILED_BY:
            count_op, what = TAIL_FAILED_BY[op]
            failed = int(sum(results.get((count_op, "proclab"), [])))
            if failed:
                pc = "%s; %d %s" % (pc, failed, what)
                met = "**no**"
        print("| %s | %s | – | – | – | – | %s | %s |" % (label, pc, target, met))
    print_fault_cells(results)
    if slower_than_python:
        print()
        print("Slower than Python's multiprocessing in this run: " + "; ".join(slower_than_python)
              + ".")
    print_mpi_table(results)
    print()
    print("Medians with p10–p90 and the number of samples. Context from the same run:")
    extra = [
        ("launch", "python-forkserver", "Python launch, forkserver", "ms", 1e-3),
        ("launch", "python-spawn", "Python launch, spawn", "ms", 1e-3),
        ("events_cpu", "proclab", "engine parse + record only, lines already in memory",
         "M events/s", 1e-6),
        ("span_mem_rss", "proclab", "RSS growth per span (1M spans in 64 lanes)", "B/span", 1),
        ("span_mem", "python", "Python: one tuple per span in per-lane lists (tracemalloc)",
         "B/span", 1),
        ("batch_mem_files", "proclab", "files of the 1,000,000-task batch run", "MB", 1e-6),
        ("batch_mem_png", "proclab", "peak RSS per span, the same batch run with --format png",
         "B/span", 1),
        ("batch_mem_10m", "proclab", "peak RSS per span, the 10,000,000-task batch run", "B/span",
         1),
    ]
    for op, impl, label, unit, scale in extra:
        _, c = cell(results, op, impl, unit, scale)
        if c != "–":
            print("- %s: %s" % (label, c))
    # Mean barrier round (all rounds' time / rounds, from the same per-round samples): per-round
    # gaps can be bimodal (who sleeps and who wakes alternates), which moves the median but not
    # the mean.
    for n in (2, 4):
        means = []
        for op, impl, name in (
                ("barrier%d" % n, "python", "Python"),
                ("barrier%d" % n, "proclab", "SharedBarrier (forked)"),
                ("barrier%d" % n, "floor", "pthread floor"),
                ("barrier%d_futex" % n, "proclab", "futex family"),
                ("barrier%d_posix" % n, "proclab", "posix family"),
                ("barrier%d_qt" % n, "proclab", "qt family"),
                ("barrier%d_qt" % n, "floor", "semop floor")):
            samples = results.get((op, impl))
            if samples:
                means.append("%s %s" % (name, fmt(statistics.fmean(samples), 1)))
        if len(means) > 3:
            print("- mean barrier round, N = %d, µs: %s" % (n, ", ".join(means)))
    tail_context = {op for op, *_ in TAIL_CONTEXT}
    for op, label, unit, scale, over in TAIL_CONTEXT:
        _, _, c = tail_cell(results, op, unit, scale, over)
        if c != "–":
            print("- %s: %s" % (label, c))
    for (op, impl), samples in sorted(results.items()):
        if op.startswith("ctx_") and op not in tail_context:
            med, p10, p90, n = summary(samples)
            print("- %s (%s): %.4g (%.4g–%.4g, n=%d)" % (op[4:], impl, med, p10, p90, n))


if __name__ == "__main__":
    main()
