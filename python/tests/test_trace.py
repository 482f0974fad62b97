"""The tracer and the six tutorial programs, run as the lab runs them.

Each program runs under `python3 -m proclab_trace` with the lab's environment (PROCLAB_EVENT_FD=1,
stdout captured: the event pipe), under each start method. Every line must match the event grammar
(src/core/event.cpp) and obey the rules of the lab's RunRecorder (src/core/run.cpp): a process
reports only after its spawn line, with its own pid, spans open and close in pairs, children are
reaped once, by their parent. Then each scenario's claims are checked on the events.

    python3 -m unittest discover -s python/tests
"""

import multiprocessing
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON_DIR = os.path.dirname(HERE)
TUTORIAL = os.path.join(PYTHON_DIR, "tutorial")
# The build's _proclab_tasks (the C task timing), when ctest runs these tests with it
# (python_tracer_c): the traced programs then find it beside the package, as in the lab.
EXTENSION_DIR = os.environ.get("PROCLAB_EXTENSION_DIR", "")
TRACER_PATH = PYTHON_DIR + (os.pathsep + EXTENSION_DIR if EXTENSION_DIR else "")
# The tracer as the lab starts it (PythonScenario::begin): by its __main__.py's path, with no
# PYTHONPATH of its own (the build's _proclab_tasks, which the lab's copy has beside the package,
# comes on it here; an empty PYTHONPATH is none). `python3 -m proclab_trace` with TRACER_PATH is
# the other way, a user's.
TRACER = [sys.executable, os.path.join(PYTHON_DIR, "proclab_trace", "__main__.py")]
FIRST_ID, LAST_ID = 1, 20

METHODS = [m for m in ("fork", "spawn", "forkserver")
           if m in multiprocessing.get_all_start_methods()]

# Every program these tests start gets a TMPDIR of this module's own, removed at its end: a test
# that kills a main process on purpose leaves the tracer's directory (and multiprocessing's pymp-*)
# behind, as it would in the lab's run directory, which the lab removes (PythonScenario).
_module_tmp = None
_tmpdir_before = None


def setUpModule():
    global _module_tmp, _tmpdir_before
    import tempfile

    _tmpdir_before = os.environ.get("TMPDIR")
    _module_tmp = tempfile.TemporaryDirectory(prefix="proclab-tracer-tests-")
    os.environ["TMPDIR"] = _module_tmp.name
    tempfile.tempdir = None  # tempfile reads TMPDIR again


def tearDownModule():
    import tempfile

    if _tmpdir_before is None:
        os.environ.pop("TMPDIR", None)
    else:
        os.environ["TMPDIR"] = _tmpdir_before
    tempfile.tempdir = None
    _module_tmp.cleanup()

# ---- the grammar ----------------------------------------------------------------------------

HEADER = re.compile(rb"([1-9][0-9]{0,18}) ([1-9][0-9]{0,9}) (0|[1-9][0-9]{0,9}) (.+)")
NUMBER = rb"(0|[1-9][0-9]{0,18})"
BODIES = [
    ("ready", re.compile(rb"ready")),
    # What ended a wait, on its end line: Python's Barrier and Lock cannot tell, so the tracer
    # says so.
    ("span", re.compile(rb"(begin|end) (work|barrier_wait|lock_wait|lock_hold|task)"
                        rb"(?: round=" + NUMBER + rb")?(?: task=" + NUMBER + rb")?"
                        rb"(?: cause=(unknown))?")),
    ("output", re.compile(rb"output " + NUMBER)),
    ("spawn", re.compile(rb"spawn " + NUMBER + rb" " + NUMBER + rb" (daemon|regular) (.+)")),
    ("reaped", re.compile(rb"reaped " + NUMBER + rb" (normal|signal) " + NUMBER)),
    ("note", re.compile(rb"note (.+)")),
    ("exit", re.compile(rb"exit " + NUMBER)),
    ("tasks", re.compile(rb"tasks " + NUMBER + rb"((?: " + NUMBER + rb" " + NUMBER + rb")+)")),
    # Tasks back to back: the first's begin is the line's time, then each task's duration.
    ("taskrun", re.compile(rb"taskrun " + NUMBER + rb"((?: " + NUMBER + rb")+)")),
    ("signal_sent", re.compile(rb"signal_sent " + NUMBER + rb" " + NUMBER)),
]
CONTROL = re.compile(rb"[\x00-\x1f\x7f]")


class Event:
    __slots__ = ("ts", "pid", "id", "kind", "fields", "text", "raw")

    def __repr__(self):
        return self.raw.decode("utf-8", "replace")


def parse_line(raw):
    """One line without its newline, or raises ValueError."""
    if len(raw) + 1 > 4096:
        raise ValueError("line longer than PIPE_BUF")
    if CONTROL.search(raw):
        raise ValueError("control character")
    m = HEADER.fullmatch(raw)
    if not m:
        raise ValueError("bad header")
    e = Event()
    e.raw = raw
    e.ts, e.pid, e.id = int(m.group(1)), int(m.group(2)), int(m.group(3))
    body = m.group(4)
    for kind, pattern in BODIES:
        b = pattern.fullmatch(body)
        if b:
            e.kind = kind
            e.fields = b.groups()
            e.text = b.groups()[-1].decode("utf-8") if kind in ("spawn", "note") else None
            if kind == "tasks":
                offsets = [int(v) for v in b.group(2).split()]
                if len(offsets) > 2 * 1024:
                    raise ValueError("more than 1024 tasks in one line")
                if any(end < begin for begin, end in zip(offsets[::2], offsets[1::2])):
                    raise ValueError("task ends before it begins")
                e.fields = (int(b.group(1)), offsets)
            if kind == "taskrun":  # read as the `tasks` line it stands for
                durations = [int(v) for v in b.group(2).split()]
                if len(durations) > 1024:
                    raise ValueError("more than 1024 tasks in one line")
                offsets, end = [], 0
                for d in durations:
                    offsets += [end, end + d]
                    end += d
                e.kind = "tasks"
                e.fields = (int(b.group(1)), offsets)
            if kind == "exit" and int(b.group(1)) > 255:
                raise ValueError("exit code out of range")
            if kind == "reaped" and b.group(2) == b"signal" and not 1 <= int(b.group(3)) <= 64:
                raise ValueError("no such signal")
            if kind == "reaped" and b.group(2) == b"normal" and int(b.group(3)) > 255:
                raise ValueError("exit code out of range")
            return e
    raise ValueError("unknown event")


def parse_stream(data):
    if data and not data.endswith(b"\n"):
        raise ValueError("stream does not end with a newline: %r" % data[-80:])
    events = []
    for n, raw in enumerate(data.split(b"\n")[:-1], 1):
        try:
            events.append(parse_line(raw))
        except ValueError as e:
            raise ValueError("line %d: %s: %r" % (n, e, raw)) from None
    return events


# ---- the lab's rules ------------------------------------------------------------------------


class Process:
    def __init__(self, pid, parent, name, daemon, launched):
        self.pid, self.parent, self.name, self.daemon, self.launched = (
            pid, parent, name, daemon, launched)
        self.ready = None
        self.open = {}
        self.spans = []  # (kind, begin, end, round, task)
        self.output = None
        self.notes = []
        self.causes = []  # the kinds of the waits whose end line said what ended them
        self.exit = None
        self.reaped = None  # ("normal"|"signal", code) as the parent saw it
        self.reaped_at = None
        self.last_own_ts = 0
        self.events = []


class Run:
    """The events checked as src/core/run.cpp's RunRecorder checks them (and a little more)."""

    def __init__(self, events, main_pid, main_id=0, first=FIRST_ID, last=LAST_ID):
        self.events = events
        self.processes = {main_id: Process(main_pid, None, "main", False, 0)}
        self.spawn_order = []
        self.signals_sent = []  # (sender id, child id, signal, ts): terminate(), kill()
        for e in events:
            self._apply(e, main_id, first, last)

    def _fail(self, e, message):
        raise AssertionError("%s: %r" % (message, e))

    def _apply(self, e, main_id, first, last):
        p = self.processes.get(e.id)
        if p is None:
            self._fail(e, "process reported before its spawn line")
        if p.pid != e.pid:
            self._fail(e, "pid does not match the process (%d)" % p.pid)
        if e.ts < p.launched:
            self._fail(e, "timestamp before the process was launched")
        if p.exit is not None:
            self._fail(e, "event after the process's exit line")
        if e.kind != "spawn":  # spawn lines carry the time of start(), written by the child
            if e.ts < p.last_own_ts:
                self._fail(e, "timestamps of a process go backwards")
            p.last_own_ts = e.ts
        p.events.append(e)
        if e.kind == "ready":
            if p.ready is not None:
                self._fail(e, "ready twice")
            p.ready = e.ts
        elif e.kind == "span":
            edge, kind, rnd, task, cause = e.fields
            kind = kind.decode()
            if cause is not None and (edge != b"end" or kind not in ("barrier_wait", "lock_wait")):
                self._fail(e, "a cause on what is not the end of a wait")
            rnd = int(rnd) if rnd is not None else None
            task = int(task) if task is not None else None
            if edge == b"begin":
                if kind in p.open:
                    self._fail(e, "span began twice without ending")
                p.open[kind] = (e.ts, rnd, task)
            else:
                if kind not in p.open:
                    self._fail(e, "span ended without beginning")
                begin, brnd, btask = p.open.pop(kind)
                if (brnd, btask) != (rnd, task):
                    self._fail(e, "span ended with another round or task")
                p.spans.append((kind, begin, e.ts, rnd, task))
                if cause is not None:
                    p.causes.append(kind)
        elif e.kind == "output":
            p.output = int(e.fields[0])
        elif e.kind == "spawn":
            child, pid, mode = int(e.fields[0]), int(e.fields[1]), e.fields[2]
            if e.id != main_id:
                self._fail(e, "only the main process has reserved ids")
            if not first <= child <= last or child in self.processes:
                self._fail(e, "spawn of a child id that was not reserved")
            self.processes[child] = Process(pid, e.id, e.text, mode == b"daemon", e.ts)
            self.spawn_order.append(child)
        elif e.kind == "reaped":
            child = self.processes.get(int(e.fields[0]))
            if child is None or child.parent != e.id:
                self._fail(e, "reaped a child it never spawned")
            if child.reaped is not None:
                self._fail(e, "child reaped twice")
            child.reaped = (e.fields[1].decode(), int(e.fields[2]))
            child.reaped_at = e.ts
        elif e.kind == "tasks":
            if "task" in p.open:
                self._fail(e, "tasks reported while a task span is open")
            first, offsets = e.fields
            for k in range(len(offsets) // 2):
                p.spans.append(("task", e.ts + offsets[2 * k], e.ts + offsets[2 * k + 1], None,
                                first + k))
        elif e.kind == "signal_sent":
            self.signals_sent.append((e.id, int(e.fields[0]), int(e.fields[1]), e.ts))
        elif e.kind == "note":
            p.notes.append(e.text)
        elif e.kind == "exit":
            p.exit = int(e.fields[0])

    # helpers for the scenario checks
    def children(self):
        return [self.processes[i] for i in self.spawn_order]

    def by_name(self):
        return {p.name: p for p in self.children()}

    def spans(self, kind):
        return [(p, s) for p in self.processes.values() for s in p.spans if s[0] == kind]


def traced_environment(event_fd="1", child_ids="1-20", **extra):
    """os.environ as the lab gives it to TRACER: its variables, no lifeline unless in `extra`."""
    environment = dict(os.environ)
    environment.pop("PROCLAB_LIFELINE", None)
    environment.update({"PROCLAB_EVENT_FD": event_fd, "PROCLAB_PROCESS_ID": "0",
                        "PROCLAB_CHILD_IDS": child_ids, "PYTHONPATH": EXTENSION_DIR}, **extra)
    return environment


def run_traced(script, args=(), method="fork", env=None, timeout=60, child_ids="1-20",
               pass_fds=(), tracer_args=None):
    environment = traced_environment(child_ids=child_ids, **(env or {}))
    if tracer_args is None:
        tracer_args = ["--start-method", method]
    command = [*TRACER, *tracer_args, script, *args]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=environment, cwd=PYTHON_DIR, pass_fds=pass_fds)
    out, err = child.communicate(timeout=timeout)
    return child.pid, child.returncode, out, err.decode("utf-8", "replace")


class TracedCase(unittest.TestCase):
    def trace(self, program, args=(), method="fork", expect_code=0, **kwargs):
        import tempfile

        script = program if os.path.isabs(program) else os.path.join(TUTORIAL, program)
        # A temporary directory of its own, to see that the tracer leaves nothing in it.
        with tempfile.TemporaryDirectory() as tmp:
            kwargs["env"] = dict(kwargs.get("env") or {}, TMPDIR=tmp)
            pid, code, out, err = run_traced(script, args, method, **kwargs)
            left = [name for name in os.listdir(tmp) if name.startswith("proclab-trace-")]
            self.assertEqual(left, [], "the tracer's directory was left behind")
        self.assertEqual(code, expect_code, "exit code; stderr:\n" + err)
        try:
            events = parse_stream(out)
        except ValueError as e:
            self.fail("%s\nstderr:\n%s" % (e, err))
        run = Run(events, pid)
        main = run.processes[0]
        self.assertEqual(events[0].kind, "ready", "the main process's first line")
        self.assertEqual(events[0].id, 0)
        self.assertIn("start method: " + method, main.notes)
        self.assertEqual(main.exit, expect_code, "the main process's exit line")
        self.assertEqual(events[-1].kind, "exit")
        for child in run.children():
            self.assertIsNotNone(child.reaped, "child %s was never reaped" % child.name)
        run.stderr = err
        return run


# ---- the scenarios --------------------------------------------------------------------------


class ScenarioTests(TracedCase):
    def test_naming(self):
        for method in METHODS:
            with self.subTest(method=method):
                run = self.trace("naming_processes.py", ["--workload", "1000"], method)
                names = run.by_name()
                self.assertEqual(sorted(names), ["Process-2", "worker_one"])
                for child in names.values():
                    self.assertEqual(child.output, 1000)
                    self.assertEqual(child.exit, 0)
                    self.assertEqual(child.reaped, ("normal", 0))
                    self.assertFalse(child.daemon)
                    self.assertEqual([s[0] for s in child.spans], ["work"])
                    self.assertIsNotNone(child.ready)
                self.assertIn("worker_one output size: 1000", run.stderr)

    def test_spawning(self):
        for method in METHODS:
            with self.subTest(method=method):
                run = self.trace("spawning_processes.py", ["--workers", "4", "--workload", "1000"],
                                 method)
                names = run.by_name()
                self.assertEqual(sorted(names), ["Process-%d" % i for i in range(1, 5)])
                for i in range(4):
                    self.assertEqual(names["Process-%d" % (i + 1)].output, i * 1000)
                    self.assertEqual(names["Process-%d" % (i + 1)].reaped, ("normal", 0))

    def test_spawning_join_in_loop(self):
        run = self.trace("spawning_processes.py",
                         ["--workers", "3", "--workload", "1000", "--join-in-loop"], "fork")
        children = run.children()
        self.assertEqual([c.name for c in children], ["Process-1", "Process-2", "Process-3"])
        for before, after in zip(children, children[1:]):
            # The next one starts only once the previous one has been joined.
            self.assertLessEqual(before.reaped_at, after.launched)

    def test_killing(self):
        for method in METHODS:
            for how, signum in (("term", signal.SIGTERM), ("kill", signal.SIGKILL)):
                with self.subTest(method=method, signal=how):
                    # Long enough for a spawned or forkserver child to be at work on a loaded
                    # machine (an interpreter start takes ~1 s at load 10 on 2 cores).
                    run = self.trace("killing_processes.py",
                                     ["--kill-after", "600" if method == "fork" else "2000",
                                      "--duration", "20000", "--signal", how], method)
                    names = run.by_name()
                    victim, first = names["victim"], names["finished_first"]
                    self.assertEqual(victim.reaped, ("signal", int(signum)))
                    # The program's own signal, said before it was sent: the death is its doing.
                    victim_id = [i for i, p in run.processes.items() if p is victim][0]
                    self.assertEqual([(s[0], s[1], s[2]) for s in run.signals_sent],
                                     [(0, victim_id, int(signum))])
                    self.assertLess(run.signals_sent[0][3], victim.reaped_at)
                    self.assertIsNone(victim.exit, "a killed process writes no exit line")
                    self.assertIn("work", victim.open, "killed inside its work")
                    self.assertEqual(first.reaped, ("normal", 0))
                    self.assertEqual(first.exit, 0)
                    self.assertIn("Process exit code: %d" % -signum, run.stderr)
                    self.assertIn("Process exit code: 0", run.stderr)

    def test_daemons(self):
        for method in METHODS:
            with self.subTest(method=method):
                run = self.trace("run_background_processes_no_daemons.py", ["--duration", "300"],
                                 method)
                names = run.by_name()
                daemon, regular = names["background_process"], names["NO_background_process"]
                self.assertTrue(daemon.daemon)
                self.assertFalse(regular.daemon)
                self.assertEqual(daemon.reaped, ("signal", int(signal.SIGTERM)))
                # multiprocessing's exit handler terminates it, and the tracer says so first.
                daemon_id = [i for i, p in run.processes.items() if p is daemon][0]
                self.assertEqual([(s[1], s[2]) for s in run.signals_sent],
                                 [(daemon_id, int(signal.SIGTERM))])
                self.assertIsNone(daemon.output, "the daemon never finished its work")
                self.assertEqual(regular.reaped, ("normal", 0))
                self.assertEqual(regular.exit, 0)
                self.assertGreater(regular.output, 0)
                # Both collected by multiprocessing's exit handler (terminate the daemons, then
                # join everyone, in no set order), before the main process's last line.
                main_exit = run.events[-1]
                self.assertGreater(main_exit.ts, max(regular.reaped_at, daemon.reaped_at))
                self.assertIn("main done", run.stderr)
                self.assertIn("Exiting NO_background_process", run.stderr)
                self.assertNotIn("Exiting background_process", run.stderr)

    def test_barrier(self):
        workers, rounds = 3, 3
        for method in METHODS:
            with self.subTest(method=method):
                run = self.trace("processes_barrier.py",
                                 ["--workers", str(workers), "--rounds", str(rounds),
                                  "--workload", "3000", "--seed", "7"], method)
                names = run.by_name()
                expected = ["p%d - test_with_barrier" % i for i in range(1, workers + 1)]
                expected += ["p%d - test_without_barrier" % i
                             for i in range(workers + 1, workers + 3)]
                self.assertEqual(sorted(names), sorted(expected))
                for name in expected[workers:]:
                    self.assertEqual([s[0] for s in names[name].spans], ["work"])
                waits = run.spans("barrier_wait")
                for r in range(rounds):
                    in_round = [s for _, s in waits if s[3] == r]
                    self.assertEqual(len(in_round), workers)
                    last_arrival = max(s[1] for s in in_round)
                    first_leave = min(s[2] for s in in_round)
                    self.assertLessEqual(last_arrival, first_leave,
                                         "someone left round %d before the last arrived" % r)
                holds = sorted(s for _, s in run.spans("lock_hold"))
                self.assertEqual(len(holds), workers * rounds)
                for a, b in zip(holds, holds[1:]):
                    self.assertLessEqual(a[2], b[1], "lock holds overlap")
                for name in expected[:workers]:
                    p = names[name]
                    self.assertEqual(sorted(s[3] for s in p.spans if s[0] == "lock_hold"),
                                     list(range(rounds)))
                    self.assertEqual(sorted(s[3] for s in p.spans if s[0] == "lock_wait"),
                                     list(range(rounds)))
                    self.assertEqual(p.exit, 0)
                    self.assertGreater(p.output, 0)
                    # Every barrier wait says on its end that its cause cannot be known.
                    self.assertEqual(p.causes.count("barrier_wait"), rounds)
                # The pool-free program has no tasks; the queues' own locks are not traced.
                self.assertEqual(run.spans("task"), [])

    def test_pool(self):
        cases = [("4", "10", "0"), ("2", "25", "3"), ("3", "40", "0")]
        prefixes = {"fork": "ForkPoolWorker-", "spawn": "SpawnPoolWorker-",
                    "forkserver": "ForkServerPoolWorker-"}
        for method in METHODS:
            for workers, tasks, chunksize in cases:
                with self.subTest(method=method, workers=workers, chunksize=chunksize):
                    run = self.trace("process_pool.py",
                                     ["--workers", workers, "--tasks", tasks,
                                      "--chunksize", chunksize], method)
                    names = sorted(p.name for p in run.children())
                    self.assertEqual(names, sorted(prefixes[method] + str(i)
                                                   for i in range(1, int(workers) + 1)))
                    indices = sorted(s[4] for _, s in run.spans("task"))
                    self.assertEqual(indices, list(range(int(tasks))))
                    for p, s in run.spans("task"):
                        work = [w for w in p.spans if w[0] == "work"][0]
                        self.assertTrue(work[1] <= s[1] <= s[2] <= work[2])
                    done = sum(p.output or 0 for p in run.children())
                    self.assertEqual(done, int(tasks))
                    for p in run.children():
                        self.assertTrue(p.daemon)
                        self.assertEqual(p.reaped, ("normal", 0))
                    # The pool's own queue locks are not the program's: no lock spans.
                    self.assertEqual(run.spans("lock_hold") + run.spans("lock_wait"), [])
                    squares = [i * i for i in range(int(tasks))]
                    self.assertIn("Pool    : %s" % squares, run.stderr)

    def test_pool_apis(self):
        # starmap, imap and imap_unordered go through the same chunks; apply_async has no index.
        script = os.path.join(PYTHON_DIR, "tests", "pool_apis.py")
        for api in ("map", "starmap", "imap", "imap_unordered", "map_async"):
            for method in ("fork", "spawn"):
                with self.subTest(api=api, method=method):
                    run = self.trace(script, [api, "23"], method)
                    self.assertEqual(sorted(s[4] for _, s in run.spans("task")), list(range(23)))
                    self.assertIn("results ok", run.stderr)

    def test_pool_task_that_raises(self):
        # The failed task is reported (ended when the exception left it), the rest of its chunk is
        # not (it never ran), every other task once; the error reaches the program as untraced.
        script = os.path.join(PYTHON_DIR, "tests", "pool_apis.py")
        for method in ("fork", "spawn"):
            for spans in ("0", "1"):
                with self.subTest(method=method, spans=spans):
                    run = self.trace(script, ["fail", "23"], method,
                                     env={"PROCLAB_TASK_SPANS": spans})
                    self.assertEqual(sorted(s[4] for _, s in run.spans("task")),
                                     [i for i in range(23) if i not in (10, 11)])
                    self.assertIn("failed: no square for 9", run.stderr)
                    self.assertIn("results ok", run.stderr)
                    done = sum(p.output or 0 for p in run.children())
                    self.assertEqual(done, 21)

    def test_pool_task_spans(self):
        # PROCLAB_TASK_SPANS=1: a begin/end pair per task instead of `tasks` lines.
        run = self.trace("process_pool.py", ["--workers", "2", "--tasks", "12", "--chunksize",
                                             "5"], "fork", env={"PROCLAB_TASK_SPANS": "1"})
        self.assertFalse([e for e in run.events if e.kind == "tasks"])
        begins = [e for e in run.events if e.kind == "span" and e.fields[1] == b"task"]
        self.assertEqual(len(begins), 24)
        self.assertEqual(sorted(s[4] for _, s in run.spans("task")), list(range(12)))

    def test_spawn_line_precedes_child_lines(self):
        # Also enforced on every run by Run; here the other way round: the first line of every
        # child id in the stream is its spawn line.
        for method in METHODS:
            with self.subTest(method=method):
                run = self.trace("spawning_processes.py", ["--workers", "5"], method)
                first_seen = {}
                for n, e in enumerate(run.events):
                    key = int(e.fields[0]) if e.kind == "spawn" else e.id
                    first_seen.setdefault(key, (n, e))
                for child_id in run.spawn_order:
                    self.assertEqual(first_seen[child_id][1].kind, "spawn")


# ---- failures, limits, lifeline -------------------------------------------------------------

CRASHING = textwrap.dedent('''
    import multiprocessing, sys

    def fails(text):
        raise ValueError(text)

    def leaves(code):
        sys.exit(code)

    if __name__ == "__main__":
        a = multiprocessing.Process(name="fails", target=fails, args=("boom\\tand\\nmore " * 3,))
        b = multiprocessing.Process(name="leaves", target=leaves, args=(3,))
        a.start(); b.start(); a.join(); b.join()
        print("exit codes", a.exitcode, b.exitcode)
        sys.exit(5)
''')


class FailureTests(TracedCase):
    @classmethod
    def setUpClass(cls):
        import tempfile

        cls.tmp = tempfile.mkdtemp(prefix="proclab-test-")
        cls.crashing = os.path.join(cls.tmp, "crashing.py")
        with open(cls.crashing, "w") as f:
            f.write(CRASHING)

    @classmethod
    def tearDownClass(cls):
        import shutil

        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_exception_in_child(self):
        for method in METHODS:
            with self.subTest(method=method):
                run = self.trace(self.crashing, method=method, expect_code=5)
                names = run.by_name()
                fails, leaves = names["fails"], names["leaves"]
                self.assertEqual(fails.exit, 1)
                self.assertEqual(fails.reaped, ("normal", 1))
                self.assertIn("Traceback (most recent call last):", fails.notes)
                # One note per line of the traceback; the tab became a space.
                self.assertIn("ValueError: boom and", fails.notes)
                self.assertIn("more boom and", fails.notes)
                self.assertIn('File "%s", line 5, in fails' % self.crashing, fails.notes)
                self.assertFalse([n for n in fails.notes if "proclab_trace" in n], fails.notes)
                # The notes come after the work span ended and before the exit line.
                kinds = [e.kind for e in fails.events]
                self.assertEqual(kinds[-1], "exit")
                self.assertEqual(kinds[kinds.index("note") - 1], "span")
                self.assertEqual(leaves.exit, 3)
                self.assertEqual(leaves.reaped, ("normal", 3))
                self.assertFalse(leaves.notes, "sys.exit() is no error")
                self.assertIn("Process fails:", run.stderr)

    def test_broken_barrier(self):
        script = os.path.join(self.tmp, "broken.py")
        with open(script, "w") as f:
            f.write(textwrap.dedent('''
                import multiprocessing, threading
                def alone(barrier):
                    barrier.wait(timeout=0.1)  # nobody else comes: BrokenBarrierError
                if __name__ == "__main__":
                    b = multiprocessing.Barrier(2)
                    p = multiprocessing.Process(name="alone", target=alone, args=(b,))
                    p.start(); p.join()
            '''))
        for method in METHODS:
            with self.subTest(method=method):
                run = self.trace(script, method=method)
                alone = run.by_name()["alone"]
                self.assertIn(("barrier_wait", 0), [(s[0], s[3]) for s in alone.spans])
                self.assertIn("barrier broken in round 0", alone.notes)
                self.assertIn("BrokenBarrierError", alone.notes[-1])
                self.assertEqual(alone.exit, 1)
                self.assertEqual(alone.reaped, ("normal", 1))

    def test_ids_run_out(self):
        run = self.trace("naming_processes.py", ["--workload", "10"], "fork", child_ids="1-1")
        self.assertEqual([c.name for c in run.children()], ["worker_one"])
        main = run.processes[0]
        self.assertTrue(any("Process-2 was not traced" in n for n in main.notes), main.notes)

    def test_nested_processes_are_not_traced(self):
        script = os.path.join(self.tmp, "nested.py")
        with open(script, "w") as f:
            f.write(textwrap.dedent('''
                import multiprocessing
                def grandchild(): pass
                def child():
                    p = multiprocessing.Process(target=grandchild); p.start(); p.join()
                if __name__ == "__main__":
                    p = multiprocessing.Process(name="outer", target=child); p.start(); p.join()
            '''))
        for method in METHODS:
            with self.subTest(method=method):
                run = self.trace(script, method=method)
                self.assertEqual([c.name for c in run.children()], ["outer"])
                outer = run.children()[0]
                self.assertTrue(any("was not traced" in n for n in outer.notes), outer.notes)

    def test_killed_before_it_could_report(self):
        # terminate() right after start(): a spawned child dies booting, before its own lines;
        # its parent reports the spawn at the reap, so the reap still names a known child.
        script = os.path.join(self.tmp, "early.py")
        with open(script, "w") as f:
            f.write(textwrap.dedent('''
                import multiprocessing, time
                def sleeper(): time.sleep(10)
                if __name__ == "__main__":
                    p = multiprocessing.Process(name="early", target=sleeper)
                    p.start(); p.terminate(); p.join()
                    print("early", p.exitcode)
            '''))
        run = self.trace(script, method="spawn")
        early = run.by_name()["early"]
        self.assertEqual(early.reaped, ("signal", int(signal.SIGTERM)))
        self.assertIsNone(early.ready)
        self.assertTrue(any("ended before it could report its start" in n
                            for n in run.processes[0].notes))

    def test_sigterm_mid_work_loses_nothing_before_its_last_blocking_point(self):
        # Lines are buffered per process: a SIGTERM (default action, no Python code runs) loses
        # what was buffered since the last write-out. Before a barrier wait the buffer goes out,
        # and the timer thread writes out within FLUSH_INTERVAL whatever comes after, so a process
        # killed while it computes has delivered everything.
        script = os.path.join(self.tmp, "sigterm.py")
        with open(script, "w") as f:
            f.write(textwrap.dedent('''
                import multiprocessing, os, sys, time
                import proclab_trace
                def victim(barrier, lock):
                    for i in range(200):
                        proclab_trace.note("before %d" % i)
                    with lock:
                        proclab_trace.output(7)
                    barrier.wait()
                    for i in range(30):
                        proclab_trace.note("after %d" % i)
                    while True:  # computes until it is terminated
                        sum(range(1000))
                if __name__ == "__main__":
                    barrier, lock = multiprocessing.Barrier(2), multiprocessing.Lock()
                    p = multiprocessing.Process(name="victim", target=victim, args=(barrier, lock))
                    p.start(); barrier.wait(); time.sleep(0.5); p.terminate(); p.join()
                    print("victim", p.exitcode)
            '''))
        for method in METHODS:
            with self.subTest(method=method):
                run = self.trace(script, method=method)
                victim = run.by_name()["victim"]
                self.assertEqual(victim.reaped, ("signal", int(signal.SIGTERM)))
                self.assertIsNone(victim.exit)
                self.assertIn("work", victim.open, "killed inside its work")
                self.assertEqual(victim.notes[:200], ["before %d" % i for i in range(200)])
                self.assertEqual(victim.output, 7)
                self.assertEqual([s[0] for s in victim.spans],
                                 ["lock_wait", "lock_hold", "barrier_wait"])
                # Written out by the timer thread while the victim computed.
                self.assertEqual(victim.notes[200:], ["after %d" % i for i in range(30)])

    def test_os_exit_in_a_child_writes_out_its_lines(self):
        script = os.path.join(self.tmp, "os_exit.py")
        with open(script, "w") as f:
            f.write(textwrap.dedent('''
                import multiprocessing, os
                import proclab_trace
                def leaves():
                    for i in range(10):
                        proclab_trace.note("line %d" % i)
                    os._exit(3)
                if __name__ == "__main__":
                    p = multiprocessing.Process(name="leaves", target=leaves)
                    p.start(); p.join()
            '''))
        for method in METHODS:
            with self.subTest(method=method):
                run = self.trace(script, method=method)
                leaves = run.by_name()["leaves"]
                self.assertEqual(leaves.notes, ["line %d" % i for i in range(10)])
                self.assertEqual(leaves.reaped, ("normal", 3))
                self.assertIsNone(leaves.exit, "_bootstrap never returned")

    def test_writes_carry_whole_lines_within_pipe_buf(self):
        # The event descriptor is a SOCK_SEQPACKET socket here: each write arrives as a message of
        # its own, so every write can be checked: at most PIPE_BUF bytes, whole lines only.
        import socket

        script = os.path.join(self.tmp, "writes.py")
        with open(script, "w") as f:
            f.write(textwrap.dedent('''
                import multiprocessing, sys
                import proclab_trace
                def square(x):
                    return x * x
                def talker(barrier, lock, k):
                    for i in range(300):
                        proclab_trace.note(("n%d " % i) * (1 + (i * 37 + k) % 700))
                        if i % 50 == 0:
                            with lock:
                                proclab_trace.output(i)
                            barrier.wait()
                    for i in range(1000):
                        proclab_trace.output(i)
                if __name__ == "__main__":
                    barrier, lock = multiprocessing.Barrier(2), multiprocessing.Lock()
                    ps = [multiprocessing.Process(target=talker, args=(barrier, lock, k))
                          for k in range(2)]
                    for p in ps: p.start()
                    for p in ps: p.join()
                    with multiprocessing.Pool(2) as pool:
                        assert pool.map(square, range(5000)) == [x * x for x in range(5000)]
                        assert pool.map(square, range(300), 1) == [x * x for x in range(300)]
                        pool.close(); pool.join()
            '''))
        for method in METHODS:
            with self.subTest(method=method):
                ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
                environment = traced_environment(event_fd=str(theirs.fileno()))
                child = subprocess.Popen([*TRACER, "--start-method", method, script],
                                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                         env=environment, pass_fds=(theirs.fileno(),))
                theirs.close()
                writes = []
                try:
                    ours.settimeout(60)
                    while True:
                        message = ours.recv(1 << 16)
                        if not message:
                            break
                        writes.append(message)
                finally:
                    ours.close()
                    err = child.communicate(timeout=60)[1].decode("utf-8", "replace")
                self.assertEqual(child.returncode, 0, err)
                for w in writes:
                    self.assertLessEqual(len(w), 4096)
                    self.assertTrue(w.endswith(b"\n"), w[-80:])
                run = Run(parse_stream(b"".join(writes)), child.pid)
                self.assertEqual(sorted(s[4] for _, s in run.spans("task")),
                                 sorted(list(range(5000)) + list(range(300))))
                self.assertEqual(len(run.children()), 4)
                self.assertEqual(sum(len(p.notes) for p in run.children()), 600)
                # Batched: many lines per write where they are short, writes filled up to the limit.
                self.assertLess(len(writes), len(run.events) / 2, (len(writes), len(run.events)))
                self.assertGreater(max(w.count(b"\n") for w in writes), 50)
                self.assertGreater(max(len(w) for w in writes), 3800)

    def test_lifeline(self):
        # The lab's lifeline: a pipe whose write end only the lab holds. When it closes, every
        # process of the run is killed by the kernel, however deep.
        for method in METHODS:
            with self.subTest(method=method):
                r, w = os.pipe()
                os.set_inheritable(r, True)
                inode = os.fstat(r).st_ino
                environment = traced_environment(
                    PROCLAB_LIFELINE="%d:%d:%d" % (os.getpid(), r, inode))
                command = [*TRACER, "--start-method", method,
                           os.path.join(TUTORIAL, "run_background_processes_no_daemons.py"),
                           "--duration", "20000"]
                child = subprocess.Popen(command, stdout=subprocess.PIPE,
                                         stderr=subprocess.DEVNULL, env=environment,
                                         pass_fds=(r,))
                try:
                    lines = b""
                    deadline = time.monotonic() + 20
                    while lines.count(b" begin work") < 2 and time.monotonic() < deadline:
                        chunk = os.read(child.stdout.fileno(), 65536)
                        if not chunk:
                            break
                        lines += chunk
                    self.assertEqual(lines.count(b" begin work"), 2, lines)
                    run = Run(parse_stream(lines[:lines.rindex(b"\n") + 1]), child.pid)
                    pids = [c.pid for c in run.children()]
                    os.close(w)  # the lab dies
                    w = -1
                    child.wait(timeout=10)
                    self.assertEqual(child.returncode, -signal.SIGKILL)
                    deadline = time.monotonic() + 5
                    while time.monotonic() < deadline and any(_alive(pid) for pid in pids):
                        time.sleep(0.02)
                    self.assertFalse([pid for pid in pids if _alive(pid)], "children survived")
                finally:
                    os.close(r)
                    if w >= 0:
                        os.close(w)
                    if child.poll() is None:
                        child.kill()
                        child.wait()
                    child.stdout.close()


    def test_parent_death_signal(self):
        # PROCLAB_PDEATHSIG=1: a traced child dies with its parent (here the main process, killed
        # while the child sleeps); unset, and the program without ctypes: it outlives it (Python's
        # own behaviour, which the orphan demonstration needs).
        script = os.path.join(self.tmp, "orphan.py")
        with open(script, "w") as f:
            f.write(textwrap.dedent('''
                import multiprocessing, time
                if __name__ == "__main__":
                    p = multiprocessing.Process(name="sleeper", target=time.sleep, args=(30,))
                    p.start(); time.sleep(30)
            '''))
        for method, policy, dies in (("fork", "1", True), ("spawn", "1", True),
                                     ("fork", "", False)):
            with self.subTest(method=method, policy=policy):
                environment = traced_environment(PROCLAB_PDEATHSIG=policy)
                child = subprocess.Popen([*TRACER, "--start-method", method, script],
                                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                         env=environment)
                pid = None
                try:
                    lines = b""
                    deadline = time.monotonic() + 20
                    while b" begin work" not in lines and time.monotonic() < deadline:
                        chunk = os.read(child.stdout.fileno(), 65536)
                        if not chunk:
                            break
                        lines += chunk
                    run = Run(parse_stream(lines[:lines.rindex(b"\n") + 1]), child.pid)
                    pid = run.children()[0].pid
                    child.kill()
                    child.wait()
                    deadline = time.monotonic() + (3 if dies else 0.5)
                    while time.monotonic() < deadline and _alive(pid):
                        time.sleep(0.02)
                    self.assertEqual(not _alive(pid), dies)
                finally:
                    if child.poll() is None:
                        child.kill()
                        child.wait()
                    if pid is not None and _alive(pid):
                        os.kill(pid, signal.SIGKILL)
                    child.stdout.close()


def _alive(pid):
    """Alive and not a zombie (the children's parent, killed, leaves them to init)."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False


# ---- what the tracer adds to a program's start and end ---------------------------------------

# One child under the start method of argv[1]; at its end, every module it loaded. Run as
# `python3 -m modules_loaded METHOD` untraced (the lab runs the tracer with -m, so -m's own modules
# are on both sides) and as the tracer's script.
MODULES_LOADED = textwrap.dedent('''
    import multiprocessing, sys

    def work():
        pass

    if __name__ == "__main__":
        multiprocessing.set_start_method(sys.argv[1], force=True)
        child = multiprocessing.Process(target=work)
        child.start()
        child.join()
        sys.stderr.write("MODULES " + " ".join(sorted(sys.modules)) + "\\n")
''')

# A main process whose every line is written out at once (its children's starts, a signal it
# sends, the reaps, its exit); every thread a process starts after the tracer installed itself is
# reported on stderr with the process's pid.
NO_EVENTS = textwrap.dedent('''
    import _thread, multiprocessing, os, time

    start_new_thread = _thread.start_new_thread

    def spy(function, *args, **kwargs):
        os.write(2, b"THREAD %d %s\\n" % (os.getpid(), function.__name__.encode()))
        return start_new_thread(function, *args, **kwargs)

    _thread.start_new_thread = spy

    if __name__ == "__main__":
        done = multiprocessing.Process(target=len, args=((),))
        done.start()
        done.join()
        sleeper = multiprocessing.Process(target=time.sleep, args=(30,))
        sleeper.start()
        time.sleep(0.1)
        sleeper.terminate()
        sleeper.join()
''')

# A bare os.fork() of the program, outside multiprocessing: the child is not a traced process.
BARE_FORK = textwrap.dedent('''
    import os, proclab_trace

    proclab_trace.note("parent before the fork")
    child = os.fork()
    if child == 0:
        proclab_trace.note("the bare child")
        os._exit(0)
    os.waitpid(child, 0)
    proclab_trace.note("parent after the fork")
    print("CHILD", child)
''')

# Children forked when the parent's next collection is a few allocations away: each collects,
# early in its life, unless the parent made that collection first.
GC_AT_FORK = textwrap.dedent('''
    import gc, multiprocessing, os

    MAIN = os.getpid()

    def collected(phase, info):
        if phase == "start" and os.getpid() != MAIN:
            os.write(2, b"COLLECTED %d\\n" % os.getpid())

    def work():
        return [[] for _ in range(60)]  # fewer than a collection's worth of new objects

    if __name__ == "__main__":
        gc.callbacks.append(collected)
        kept = []
        for _ in range(3):
            child = multiprocessing.Process(target=work)
            while gc.get_count()[0] < gc.get_threshold()[0] - 25:
                kept.append([])
            child.start()
            child.join()
''')

# What a program sees of where its imports come from.
SYS_PATH = textwrap.dedent('''
    import json, os, sys

    print(json.dumps([sys.path, os.environ.get("PYTHONPATH")]), file=sys.stderr)
''')


class StartAndEndTests(TracedCase):
    @classmethod
    def setUpClass(cls):
        import tempfile

        cls.tmp = tempfile.mkdtemp(prefix="proclab-test-")
        for name, text in (("modules_loaded", MODULES_LOADED), ("no_events", NO_EVENTS),
                           ("bare_fork", BARE_FORK), ("sys_path", SYS_PATH),
                           ("gc_at_fork", GC_AT_FORK)):
            with open(os.path.join(cls.tmp, name + ".py"), "w") as f:
                f.write(text)

    @classmethod
    def tearDownClass(cls):
        import shutil

        shutil.rmtree(cls.tmp, ignore_errors=True)

    @staticmethod
    def modules(stderr):
        line = [l for l in stderr.splitlines() if l.startswith("MODULES ")]
        return set(line[-1].split()[1:]) if line else set()

    def test_loads_no_module_but_its_own_beyond_the_program(self):
        # Each module costs start-up the untraced program does not pay (runpy.run_path's pkgutil
        # and typing were ~5 ms of a 55 ms program).
        environment = {k: v for k, v in os.environ.items() if not k.startswith("PROCLAB_")}
        for method in METHODS:
            with self.subTest(method=method):
                done = subprocess.run([sys.executable, "-m", "modules_loaded", method],
                                      capture_output=True, text=True, timeout=60,
                                      env=environment, cwd=self.tmp)
                self.assertEqual(done.returncode, 0, done.stderr)
                untraced = self.modules(done.stderr)
                self.assertIn("multiprocessing", untraced)
                run = self.trace(os.path.join(self.tmp, "modules_loaded.py"), [method], method)
                traced = self.modules(run.stderr)
                self.assertIn("proclab_trace._core", traced)
                # gc is built into the interpreter (no file to find or read): the tracer
                # imports it at the first fork (GC_BEFORE_FORK_MARGIN).
                extra = {m for m in traced - untraced
                         if m.split(".")[0] not in ("proclab_trace", "_proclab_tasks", "gc")}
                self.assertEqual(extra, set())

    def test_the_program_imports_from_where_python3_SCRIPT_would(self):
        # The tracer's own directory last, however the tracer was started: in front (PYTHONPATH
        # for -m, and put there by the tracer for the interpreters it spawns) it was searched by
        # every import of the program before the standard library, ~2 million instructions of a
        # short program's start.
        import json

        script = os.path.join(self.tmp, "sys_path.py")
        base = {k: v for k, v in os.environ.items()
                if not k.startswith("PROCLAB_") and k != "PYTHONPATH"}

        def seen(command, pythonpath):
            environment = dict(base, PYTHONPATH=pythonpath, PROCLAB_EVENT_FD="1",
                               PROCLAB_PROCESS_ID="0", PROCLAB_CHILD_IDS="1-20")
            done = subprocess.run([*command, script], capture_output=True, text=True,
                                  timeout=60, env=environment, cwd=self.tmp)
            self.assertEqual(done.returncode, 0, done.stderr)
            return json.loads(done.stderr.splitlines()[-1])

        plain_path, _ = seen([sys.executable], EXTENSION_DIR)
        for how, command, pythonpath in (
                ("by path, as the lab", TRACER, EXTENSION_DIR),
                ("-m", [sys.executable, "-m", "proclab_trace"], TRACER_PATH)):
            with self.subTest(how):
                path, environment = seen(command, pythonpath)
                self.assertEqual(path, plain_path + [PYTHON_DIR])
                self.assertEqual(environment, pythonpath)

    def test_a_forked_child_is_spared_the_collection_its_parent_was_about_to_make(self):
        # A child inherits its parent's count of allocations since the last collection; near the
        # threshold, the child collects, walking objects of its parent's (a copy-on-write fault
        # for every page they are on). The tracer's own allocations move that count, by another
        # amount in every program: half the children of the spawning program collected traced,
        # none untraced. So the parent collects before the fork when the next collection is due.
        script = os.path.join(self.tmp, "gc_at_fork.py")
        environment = {k: v for k, v in os.environ.items() if not k.startswith("PROCLAB_")}
        done = subprocess.run([sys.executable, script], capture_output=True, text=True,
                              timeout=60, env=environment)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertIn("COLLECTED", done.stderr)  # what the program does untraced
        run = self.trace(script)
        self.assertEqual(len(run.children()), 3)
        self.assertNotIn("COLLECTED", run.stderr)

    def test_lines_written_out_at_once_start_no_timer_thread(self):
        # A timer thread started for a line that its own flush writes out costs its start, a
        # share of the GIL and the interpreter's end (and every forked child the freeing of that
        # thread's state). Without the tracer's --start-method the method's note comes with the
        # first child's start, right before the flush of the fork.
        cases = [(method, ["--start-method", method]) for method in METHODS]
        cases.append(("fork", []))
        for method, tracer_args in cases:
            with self.subTest(method=method, tracer_args=tracer_args):
                run = self.trace(os.path.join(self.tmp, "no_events.py"), method=method,
                                 tracer_args=tracer_args)
                main = run.processes[0]
                kinds = [e.kind for e in main.events]
                self.assertEqual(kinds.count("reaped"), 2)
                self.assertEqual(kinds.count("signal_sent"), 1)
                self.assertEqual(kinds[-1], "exit")
                threads = [l for l in run.stderr.splitlines()
                           if l.startswith("THREAD %d " % main.pid)]
                self.assertEqual(threads, [])

    def test_a_bare_fork_neither_repeats_nor_writes_its_parents_lines(self):
        # The child's at-fork hook (reached through a weak reference): the child drops the
        # parent's buffered line (else its os._exit would write it a second time) and reports
        # nothing as its parent. (The parent's hook, which writes its lines out before the fork,
        # is about their order, which this does not check.)
        run = self.trace(os.path.join(self.tmp, "bare_fork.py"))
        main = run.processes[0]
        self.assertEqual(main.notes.count("parent before the fork"), 1)
        self.assertEqual(main.notes.count("parent after the fork"), 1)
        self.assertNotIn("the bare child", [e.text for e in run.events])
        child = [l for l in run.stderr.splitlines() if l.startswith("CHILD ")]
        self.assertEqual(len(child), 1, run.stderr)
        self.assertFalse([e for e in run.events if e.pid == int(child[0].split()[1])])

    def test_a_spawned_interpreter_takes_only_the_id_file_it_was_given(self):
        # The main process's id file is a memfd that spawned interpreters get by its number
        # (PROCLAB_ID_FD). A program's own interpreter can inherit the variable without the
        # descriptor, whose number is then another file's, or none: the child's mark must not
        # go into that file.
        code = textwrap.dedent('''
            import os, tempfile
            from proclab_trace import _core
            other = tempfile.TemporaryFile()
            ids = _core._make_id_file()
            for fd in (other.fileno(), ids, 987):
                os.environ["PROCLAB_ID_FD"] = str(fd)
                print(fd == ids, _core._inherited_id_file() == fd)
        ''')
        environment = {k: v for k, v in os.environ.items() if not k.startswith("PROCLAB_")}
        environment["PYTHONPATH"] = TRACER_PATH
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              timeout=60, env=environment)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(done.stdout.split(), ["False", "False", "True", "True", "False", "False"])


# ---- without the tracer, and a micro-benchmark ----------------------------------------------


class PlainTests(unittest.TestCase):
    def test_programs_run_without_the_tracer(self):
        programs = [
            ("naming_processes.py", [], "Process-2 output size: 1000"),
            ("spawning_processes.py", ["--workers", "3"], "output size of process n°2: 2000"),
            ("killing_processes.py", ["--kill-after", "200"], "Process exit code: -15"),
            ("run_background_processes_no_daemons.py", ["--duration", "50"],
             "Exiting NO_background_process"),
            ("processes_barrier.py", ["--workload", "1000"], "p4 - test_without_barrier"),
            ("process_pool.py", [], "Pool    : [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]"),
        ]
        environment = {k: v for k, v in os.environ.items() if not k.startswith("PROCLAB_")}
        for program, args, expected in programs:
            with self.subTest(program=program):
                done = subprocess.run([sys.executable, os.path.join(TUTORIAL, program), *args],
                                      capture_output=True, text=True, timeout=60,
                                      env=environment, cwd=HERE)
                self.assertEqual(done.returncode, 0, done.stderr)
                self.assertIn(expected, done.stdout)

    def test_tracer_without_event_fd_only_runs_the_program(self):
        environment = {k: v for k, v in os.environ.items() if not k.startswith("PROCLAB_")}
        environment["PYTHONPATH"] = TRACER_PATH
        done = subprocess.run([sys.executable, "-m", "proclab_trace",
                               os.path.join(TUTORIAL, "process_pool.py")],
                              capture_output=True, text=True, timeout=60, env=environment)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(done.stdout, "Pool    : [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]\n")


BENCH = textwrap.dedent('''
    import multiprocessing, os, sys, time
    import proclab_trace._core as core

    N = 100_000
    def per_call(f, n=N):
        best = None
        for _ in range(3):
            t = time.perf_counter_ns(); [f() for _ in range(n)]
            dt = (time.perf_counter_ns() - t) / n
            best = dt if best is None else min(best, dt)
        return best

    def measure():
        loop = per_call(lambda: None)
        emit = per_call(lambda: core._emit(b"begin work")) - loop
        note = per_call(lambda: core.note("a note"), N // 4) - loop
        lock = multiprocessing.Lock()
        def pair():
            lock.acquire(); lock.release()
        core._last_round = 0
        traced = (per_call(pair, N // 4) - loop) / 4
        core._flush_events()
        saved = core._prefix, core._emit
        core._stop_tracing()
        untraced = per_call(pair, N // 4) - loop
        core._prefix, core._emit = saved
        return emit, note, traced, untraced

    # Lines are buffered and written out ~4 KB at a time (or by the timer thread): the figures are
    # the cost per event with its share of the writes, into the lab's pipe (read by the test, as
    # the lab reads it) and into /dev/null.
    if __name__ == "__main__":
        print("pipe: emit %.0f note %.0f lock %.0f untraced-lock %.0f" % measure(),
              file=sys.stderr)
        core._flush_events()
        pipe_fd, core._fd = core._fd, os.open(os.devnull, os.O_WRONLY)
        print("null: emit %.0f note %.0f lock %.0f untraced-lock %.0f" % measure(),
              file=sys.stderr)
        core._flush_events()
        core._fd = pipe_fd
''')


class TaskLineTests(unittest.TestCase):
    def test_taskrun_lines_give_back_every_boundary_within_pipe_buf(self):
        # Durations from 0 ns to hours, in runs long and short: every line parses, fits PIPE_BUF
        # and holds at most 1024 tasks, and the lines together give back every boundary exactly.
        sys.path.insert(0, PYTHON_DIR)
        from proclab_trace import _core

        cases = {
            "tiny": [0, 1, 2, 3] * 900,
            "short": [7, 250, 1999, 31] * 700,
            "hours": [10 ** 13 + k for k in range(50)] + [1] * 3000,
            "one": [42],
        }
        saved = _core._prefix, _core._queue
        try:
            for name, durations in cases.items():
                with self.subTest(name):
                    lines = []
                    _core._prefix, _core._queue = b"123 7 ", lines.append
                    bounds = [5_000_000_000]
                    for d in durations:
                        bounds.append(bounds[-1] + d)
                    _core._emit_tasks(40, bounds)
                    got, first = [], 40
                    for line in lines:
                        self.assertTrue(line.endswith(b"\n"))
                        self.assertLessEqual(len(line), 4096)
                        e = parse_line(line[:-1])
                        self.assertEqual(e.raw.split()[3], b"taskrun")
                        task, offsets = e.fields
                        self.assertEqual(task, first)
                        self.assertLessEqual(len(offsets), 2 * 1024)
                        got += [(e.ts + b, e.ts + f) for b, f in zip(offsets[::2], offsets[1::2])]
                        first += len(offsets) // 2
                    self.assertEqual(got, list(zip(bounds, bounds[1:])))
                    if name == "tiny":  # short numbers: lines filled up to the task limit
                        self.assertEqual(len(lines), 4)
        finally:
            _core._prefix, _core._queue = saved


class TaskClockTests(unittest.TestCase):
    """_proclab_tasks.TaskClock, the C timing of a chunk's tasks (python_tracer_c runs these)."""

    def setUp(self):
        if not EXTENSION_DIR:
            self.skipTest("PROCLAB_EXTENSION_DIR unset: the build's module is not on the path")
        sys.path.insert(0, EXTENSION_DIR)
        try:
            import _proclab_tasks
        finally:
            sys.path.remove(EXTENSION_DIR)
        self.TaskClock = _proclab_tasks.TaskClock

    def timed(self, n, first=40, block=8192, fail_at=None):
        """Runs map over a TaskClock of n items: (the tasks the lines give, the sink's calls, when
        each task that ran saw itself run)."""
        calls, seen = [], []

        def task(x):
            seen.append(time.monotonic_ns())
            if x == fail_at:
                raise ValueError(x)
            return x * x

        clock = self.TaskClock(range(n), first, b"123 7 ", lambda lines, count:
                               calls.append((lines, count)), block, 4096, 1024)
        if fail_at is None:
            self.assertEqual(list(map(task, clock)), [x * x for x in range(n)])
        else:
            with self.assertRaises(ValueError):
                list(map(task, clock))
        del clock  # a failed chunk is reported as the TaskClock goes
        tasks, expected_first, line_begin = [], first, None
        for lines, count in calls:
            for line in lines.splitlines(keepends=True):
                self.assertTrue(line.endswith(b"\n"))
                self.assertLessEqual(len(line), 4096)
                e = parse_line(line[:-1])
                self.assertEqual(e.raw.split()[1:4], [b"123", b"7", b"taskrun"])
                task_index, offsets = e.fields
                self.assertEqual(task_index, expected_first)
                self.assertLessEqual(len(offsets), 2 * 1024)
                if line_begin is not None:
                    self.assertEqual(e.ts, line_begin)  # back to back with the line before
                spans = [(e.ts + b, e.ts + f) for b, f in zip(offsets[::2], offsets[1::2])]
                tasks += spans
                expected_first += len(spans)
                line_begin = spans[-1][1]
        self.assertEqual(sum(count for _, count in calls), len(tasks))
        return tasks, calls, seen

    def test_every_task_once_between_its_own_bounds(self):
        # Each task saw the clock between the begin and end the lines give it: the clock is read
        # before an item is handed out and after the task it went to has returned.
        for n, block in ((1, 8192), (3000, 8192), (3000, 1000), (2500, 7)):
            with self.subTest(n=n, block=block):
                tasks, calls, seen = self.timed(n, block=block)
                self.assertEqual(len(tasks), n)
                self.assertEqual(len(calls), -(-n // block))
                for (begin, end), t in zip(tasks, seen):
                    self.assertLessEqual(begin, t)
                    self.assertLessEqual(t, end)

    def test_an_empty_chunk_reports_nothing_but_flushes(self):
        tasks, calls, _ = self.timed(0)
        self.assertEqual(tasks, [])
        self.assertEqual(calls, [(b"", 0)])

    def test_a_task_that_raises_ends_the_chunk(self):
        # The failed task is reported, ended when the exception left it; the rest never ran.
        tasks, calls, seen = self.timed(1000, fail_at=500)
        self.assertEqual(len(tasks), 501)
        self.assertEqual(len(seen), 501)
        for (begin, end), t in zip(tasks, seen):
            self.assertLessEqual(begin, t)
            self.assertLessEqual(t, end)

    def test_the_tracer_uses_it_once_the_program_makes_a_pool(self):
        # With the module on the path, a traced pool worker times its chunks with it; a program
        # that makes no Pool does not load it (its import was ~0.3 ms of every traced start).
        import tempfile

        program = textwrap.dedent('''
            import multiprocessing, sys

            def square(x):
                return x * x

            def loaded(tag):
                print(tag, "_proclab_tasks" in sys.modules, file=sys.stderr)

            if __name__ == "__main__":
                loaded("BEFORE")
                if sys.argv[1] == "pool":
                    with multiprocessing.Pool(1) as pool:
                        pool.map(square, range(10))
                else:
                    p = multiprocessing.Process(target=loaded, args=("CHILD",))
                    p.start()
                    p.join()
                loaded("AFTER")
        ''')
        with tempfile.TemporaryDirectory() as tmp:
            script = os.path.join(tmp, "pool_or_not.py")
            with open(script, "w") as f:
                f.write(program)
            for case, loaded_after in (("process", "False"), ("pool", "True")):
                with self.subTest(case=case):
                    _pid, code, out, err = run_traced(script, [case], env={"TMPDIR": tmp})
                    self.assertEqual(code, 0, err)
                    self.assertIn("BEFORE False", err)
                    self.assertIn("AFTER " + loaded_after, err)
                    self.assertNotIn("CHILD True", err)
                    if case == "pool":
                        self.assertIn(b" taskrun 0 ", out)
                    _pid, code, out, err = run_traced(script, [case], env={
                        "TMPDIR": tmp, "PROCLAB_TRACE_PURE": "1"})
                    self.assertEqual(code, 0, err)
                    self.assertIn("AFTER False", err)


class BenchmarkTests(unittest.TestCase):
    def test_per_event_cost(self):
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            script = os.path.join(tmp, "bench.py")
            with open(script, "w") as f:
                f.write(BENCH)
            pid, code, out, err = run_traced(script)
        self.assertEqual(code, 0, err)
        number = r"(-?\d+)"
        results = {}
        for where in ("pipe", "null"):
            m = re.search(where + r": emit %s note %s lock %s untraced-lock %s"
                          % ((number,) * 4), err)
            self.assertIsNotNone(m, err)
            results[where] = m.groups()
        events = parse_stream(out)
        self.assertGreater(len(events), 3 * 100_000)
        sys.stderr.write(
            "\n  ns per event: into a pipe (the lab's case) %s (begin work), %s (note), %s (traced"
            " Lock); into /dev/null (Python's share) %s, %s, %s; an untraced Lock acquire+release"
            " %s ns " % (results["pipe"][:3] + results["null"][:3] + results["pipe"][3:]))


if __name__ == "__main__":
    unittest.main()
