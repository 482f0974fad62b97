# SPDX-License-Identifier: MIT
"""Splits perf recordings of the GUI-stall and exit-stamp benchmarks into where the time went
(bench/RESULTS.md, sections 4 and 5). Analysis only: bench.sh does not run it.

GUI thread's CPU time by category, inside each run's window:
    PROCLAB_BENCH_VERBOSE=1 perf record -k CLOCK_MONOTONIC -F 2000 --call-graph dwarf,32768 \\
        -o gui.data -- proclab-bench-gui pool 8 1000000 1 3 >/dev/null 2>gui.log
    perf script -i gui.data -F comm,tid,time,ip,sym > gui.script
    perf_split.py gui gui.script gui.log 2000

Exit stamps against the kernel's view of each exit:
    PROCLAB_BENCH_VERBOSE=1 perf record -a -k CLOCK_MONOTONIC -e sched:sched_process_exit \\
        -e sched:sched_wakeup -e sched:sched_switch -o exit.data \\
        -- proclab-bench exit-stamp 64 20 >/dev/null 2>exit.log
    perf script -i exit.data --ns -F comm,pid,tid,time,event,trace > exit.trace
    perf_split.py exit exit.trace exit.log
"""
import bisect
import collections
import re
import statistics
import sys

# First match wins: the most specific frames first.
GUI_CATEGORIES = [
    ("timeline spans paint (TimelineSpanItem::paintSpans)", "TimelineSpanItem::paintSpans"),
    ("timeline other paint (TimelineSpanItem::paint)", "TimelineSpanItem::paint"),
    ("table cells: ProcessRecord::timeIn scans", "ProcessRecord::timeIn"),
    ("table: sizeHintForColumn (ResizeToContents)", "sizeHintForColumn"),
    ("table paint other", "QTableView::paintEvent"),
    ("table dataChanged/refresh other", "ProcessTableModel::refresh"),
    ("delta apply (applyRunDelta)", "applyRunDelta"),
    ("lane axis rebuild (TimelineChart::rebuildLaneAxis)", "rebuildLaneAxis"),
    ("chart axis label measuring (Qt Charts textBoundingRect)", "ChartPresenter::textBoundingRect"),
    ("chart layout other (QGraphicsLayout::activate)", "QGraphicsLayout::activate"),
    ("chart axis range (QValueAxis::setRange etc.)", "QAbstractAxisPrivate::rangeChanged"),
    ("code panel (CodePanel::rebuild)", "CodePanel::rebuild"),
    ("chart other paint (QGraphicsView::paintEvent)", "QGraphicsView::paintEvent"),
    ("other paint (QWidgetRepaintManager)", "paintAndFlush"),
    ("ScenarioTab::start", "ScenarioTab::start"),
    ("ScenarioTab::onFinished other", "ScenarioTab::onFinished"),
    ("ScenarioTab::onTick other", "ScenarioTab::onTick"),
    ("bench probe (StallProbe::tick)", "StallProbe::tick"),
    ("idle in poll", "do_sys_poll"),
]


def read_stacks(path):
    stacks, cur = [], None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if not line.startswith((" ", "\t")):
                if cur:
                    stacks.append(cur)
                m = re.match(r"(\S+)\s+(\d+)\s+([\d.]+):", line.strip())
                cur = {"tid": int(m.group(2)), "t": float(m.group(3)), "frames": []} if m else None
            elif line.strip() and cur is not None:
                parts = line.strip().split(None, 1)
                cur["frames"].append(re.sub(r"\+0x[0-9a-f]+$", "", parts[-1]))
    if cur:
        stacks.append(cur)
    return stacks


def gui(script, log, hz):
    windows = [(float(a), float(b))
               for a, b in re.findall(r"window ([\d.]+) ([\d.]+) s", open(log).read())]
    stacks = read_stacks(script)
    main_tid = min(s["tid"] for s in stacks)  # the process's first thread: the GUI thread
    for i, (begin, end) in enumerate(windows):
        counts, n = collections.Counter(), 0
        for s in stacks:
            if s["tid"] != main_tid or not begin <= s["t"] <= end:
                continue
            n += 1
            joined = "\n".join(s["frames"])
            counts[next((name for name, key in GUI_CATEGORIES if key in joined), "other")] += 1
        print("run %d (%.0f ms): GUI thread on a CPU %.1f ms" % (i, (end - begin) * 1e3, n * 1e3 / hz))
        for name, c in counts.most_common():
            print("  %7.1f ms  %s" % (c * 1e3 / hz, name))


def describe(name, values):
    if not values:
        print("%-60s none" % name)
        return
    v = sorted(values)
    n = len(v)
    print("%-60s n=%4d median %.3f p99 %.3f max %.3f ms" % (
        name, n, statistics.median(v), v[min(n - 1, int(0.99 * n))], v[-1]))


def exits(trace, log):
    kernel_exit, wakeups = {}, collections.defaultdict(list)
    switched_in, preempted = collections.defaultdict(list), collections.defaultdict(list)
    with open(trace, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = re.match(r"\s*(.+?)\s+(-?\d+)/(\d+)\s+([\d.]+):\s+sched:(\w+):\s*(.*)", line)
            if not m:
                continue
            tid, t, event, rest = int(m.group(3)), float(m.group(4)), m.group(5), m.group(6)
            if event == "sched_process_exit":
                kernel_exit[int(re.search(r" pid=(\d+)", rest).group(1))] = t
            elif event == "sched_wakeup":
                wakeups[tid].append((t, int(re.search(r" pid=(\d+)", rest).group(1))))
            elif event == "sched_switch":
                switched_in[int(re.search(r"next_pid=(\d+)", rest).group(1))].append(t)
                p = re.search(r"prev_pid=(\d+) prev_prio=\d+ prev_state=(\S+)", rest)
                if p and p.group(2).startswith("R"):
                    preempted[int(p.group(1))].append(t)
    row, tail, exit_path, runqueue, to_stamp, preempted_paths = [], [], [], [], [], []
    for line in open(log):
        m = re.search(r"pid (\d+) last-span-end ([\d.]+) exited ([\d.]+) reaped [\d.]+ stamp (\w+)",
                      line)
        if not m or int(m.group(1)) not in kernel_exit:
            continue
        pid, span_end, stamp = int(m.group(1)), float(m.group(2)), float(m.group(3))
        k = kernel_exit[pid]
        row.append((stamp - span_end) * 1e3)
        tail.append((k - span_end) * 1e3)
        if m.group(4) != "pidfd":
            continue
        # The watcher's wake-up: a thread the exiting process woke that ran last before the stamp.
        best = None
        for woken_at, target in wakeups.get(pid, []):
            if woken_at < k:
                continue
            ins = switched_in.get(target, [])
            j = bisect.bisect_left(ins, woken_at)
            if j < len(ins) and ins[j] <= stamp + 1e-6 and (best is None or ins[j] > best[1]):
                best = (woken_at, ins[j])
        if best is None:
            continue
        woken_at, on_cpu = best
        exit_path.append((woken_at - k) * 1e3)
        runqueue.append((on_cpu - woken_at) * 1e3)
        to_stamp.append((stamp - on_cpu) * 1e3)
        if any(k <= t <= woken_at for t in preempted.get(pid, [])):
            preempted_paths.append((woken_at - k) * 1e3)
    describe("exited_ns - end of the last span (the row)", row)
    describe("  last span end -> kernel exit begins (sched_process_exit)", tail)
    describe("  exit begins -> watcher woken (exit path, until the zombie)", exit_path)
    describe("  watcher woken -> on a CPU", runqueue)
    describe("  on a CPU -> stamp taken", to_stamp)
    describe("  exit paths preempted on the way (%d of %d)" % (len(preempted_paths), len(exit_path)),
             preempted_paths)


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "gui":
        gui(sys.argv[2], sys.argv[3], float(sys.argv[4]))
    elif len(sys.argv) == 4 and sys.argv[1] == "exit":
        exits(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
