"""The tutorial's shared workload, do_something(count, out_list), and the few helpers the six
programs share: the lab's parameters on the command line and reporting to ProcLab's tracer when it
is there (python3 -m proclab_trace ...); without it the programs run exactly the same."""

import argparse
import multiprocessing
import random
import sys
import time


def do_something(count, out_list):
    for i in range(count):
        out_list.append(random.random())


def report_output(size):
    """The tutorial's "output size", as an `output` event when traced (nothing otherwise)."""
    trace = sys.modules.get("proclab_trace")
    if trace is not None:
        trace.output(size)


# Items per clock check of timed_work: about a millisecond of do_something.
TIMED_CHUNK = 10_000


def timed_work(ms, out_list):
    """do_something for `ms` milliseconds (the long-running work of the kill and daemon demos);
    returns how many items it made. Signals end it at once: nothing is blocked."""
    deadline = time.monotonic() + ms / 1000.0
    while True:
        do_something(TIMED_CHUNK, out_list)
        if time.monotonic() >= deadline:
            return len(out_list)


def non_negative(text):
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more, not %d" % value)
    return value


def positive(text):
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more, not %d" % value)
    return value


def parser(description):
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--start-method", choices=("fork", "spawn", "forkserver"), default=None,
                   help="how processes are started (default: the one already set, e.g. by "
                        "proclab_trace --start-method, else fork)")
    return p


def use_start_method(method):
    """Makes `method` the default context's, so that the tutorial's multiprocessing.Process(...)
    uses it (and its processes keep Python's own names, Process-N); returns the context, whose
    Barrier, Lock and Pool the programs use."""
    method = method or multiprocessing.get_start_method(allow_none=True) or "fork"
    multiprocessing.set_start_method(method, force=True)
    return multiprocessing.get_context(method)
