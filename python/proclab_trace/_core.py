"""The tracer proper: patches multiprocessing so that every process reports ProcLab event lines.

Line format (src/core/eventformat.h): ``<CLOCK_MONOTONIC ns> <pid> <process id> <event>``, at
most PIPE_BUF (4096) bytes, no control characters in free text. Lines are stamped when the event
happens and buffered per process; a write carries whole lines only, at most PIPE_BUF bytes (so it
is atomic on the lab's pipe), and the buffer is written out before anything that can block or end
the process, when it holds ~4 KB, and by a timer thread every FLUSH_INTERVAL (see _flush_events).

Process state lives in module globals (read on the hot path without attribute lookups). A forked
child starts untraced (os.register_at_fork) until its BaseProcess._bootstrap gives it its identity;
a spawned interpreter (spawn, forkserver) runs install_child() before multiprocessing's own code.
"""

import os
import signal  # multiprocessing.process imports it too
from _signal import pthread_sigmask as _pthread_sigmask
from _thread import get_ident as _get_ident
import sys
import threading
import time
from functools import partial as _partial
from operator import methodcaller as _methodcaller, sub as _sub

import multiprocessing
import multiprocessing.process
import multiprocessing.util

# multiprocessing.pool and the fork server's Popen are patched in the main process only (the only
# one whose children and map() calls are traced); multiprocessing.synchronize (Barrier, Lock) and
# multiprocessing.popen_fork (every start method's Popen derives from it) are patched as they are
# imported (_when_imported): a spawned child that uses neither does not pay for importing them.

_mono = time.monotonic_ns

# Free text (notes, names) is cut so that a whole line stays within one atomic pipe write.
MAX_LINE_BYTES = 4096
MAX_TEXT_BYTES = MAX_LINE_BYTES - 160
PIPE_BUF = 4096  # the most one write may carry (atomic on a pipe)
FLUSH_AT = PIPE_BUF - 256  # the hot path writes the buffer out once it holds more than this
FLUSH_WAIT_AT = 1 << 16  # ... and waits for a busy flusher beyond this (the pipe's back-pressure)
FLUSH_INTERVAL = 0.02  # s: the timer thread's period, the longest a line waits when nothing blocks

# ---- process state --------------------------------------------------------------------------

_fd = -1  # the event descriptor (same number in every process)
_prefix = None  # b"<pid> <process id> " while this process is traced, else None
_process_id = -1
_is_main = False  # the process the lab started: the only one with ids to hand out
_installed = False
_child_first = 0
_child_last = -1  # ids FIRST..LAST reserved for the main process's children
_pdeathsig = ""  # PROCLAB_PDEATHSIG
_trace_dir = None  # the main process's private directory, once spawned children need one
_lifeline = None  # (lab pid, fd, inode) from PROCLAB_LIFELINE
_lifeline_fd = -1  # the lab's inherited read end (same number in every process)
_lifeline_pid = 0  # the process that holds its own description of the lifeline
_own_lifeline = -1
_last_round = -1  # the round of this process's last barrier wait
_acquisitions = 0  # lock rounds of a process that never waited on a barrier
_tasks_done = 0
_noted_methods = set()
_reap_lock = threading.Lock()
_libc = None


def traced():
    return _prefix is not None


def _untraced(body):
    pass


# ---- the buffer --------------------------------------------------------------------------------
#
# A write into the lab's pipe costs ~1-1.5 us more than the line itself (the kernel wakes the lab's
# reader each time), so lines wait in a per-process buffer and go out together, as the C++ pool
# workers batch their `tasks` lines. What the lab must see at once is written out at once: before
# anything that can block (a barrier, a lock that is taken, join()/wait(), starting a process),
# after a wait that blocked, at a pool chunk's end (before its result goes back), after a reap,
# before the process ends (the end of _bootstrap, os._exit, the main process's exit line), and the
# timer thread writes out whatever waits longer than FLUSH_INTERVAL. A process killed by a signal
# loses what it buffered since then (at most the last FLUSH_INTERVAL of events, never anything
# from before a blocking point).

_buf = bytearray()  # whole lines, oldest first; the same object for the life of the process
_flush_lock = threading.Lock()  # one flusher at a time, so that writes keep the lines' order
_flush_owner = 0  # the thread in _flush_events (a signal handler's flush in it must not wait)
_flusher_pid = 0  # the process whose timer thread runs


def _flush_events(wait=True):
    """Writes the buffer out in writes of whole lines, each at most PIPE_BUF bytes. wait=True (a
    blocking point, the process's end): returns once everything buffered so far is written, the
    lines another thread (the timer) is writing at that moment included. wait=False (the hot path):
    does nothing when another thread is flushing (it writes out what comes meanwhile)."""
    global _flush_owner
    if not _buf and (not wait or not _flush_owner):
        return  # nothing buffered, nothing on its way out (the flusher empties _buf after it
        # has set _flush_owner, and clears that only once its write is done)
    lock = _flush_lock
    if not lock.acquire(False):
        if not wait or _flush_owner == threading.get_ident():
            return  # another thread's flush drains it; or re-entered from a signal handler
        lock.acquire()
    _flush_owner = threading.get_ident()
    try:
        buf = _buf
        while buf:
            n = len(buf)
            if n > PIPE_BUF:
                n = buf.rfind(b"\n", 0, PIPE_BUF) + 1  # every line is at most PIPE_BUF bytes
            data = buf[:n]
            del buf[:n]
            try:
                os.write(_fd, data)
            except BrokenPipeError:
                _stop_tracing()  # the lab is gone
                return
            except OSError:
                pass  # these lines are lost; the next may go through
    finally:
        _flush_owner = 0
        lock.release()


def _flusher(pid, _sleep=time.sleep, _interval=FLUSH_INTERVAL):
    """The timer thread: writes out lines that nothing else wrote out within FLUSH_INTERVAL (a
    process that computes after its last event), so that the lab's live lanes still move."""
    while True:
        _sleep(_interval)
        if _buf and os.getpid() == pid:
            try:
                _flush_events()
            except Exception:
                pass


def _start_flusher():
    """The timer thread of this process, started with its first buffered line that no blocking
    point writes out: a raw thread (not in threading.enumerate(), no wait for its start)."""
    global _flusher_pid
    pid = os.getpid()
    if _flusher_pid == pid:
        return
    _flusher_pid = pid
    import _thread

    try:
        _thread.start_new_thread(_flusher, (pid,))
    except Exception:
        pass  # e.g. at interpreter shutdown: the exit flush writes it out


def _queue(line):
    """A whole line (bytes, with its newline) into the buffer; the caller writes it out soon."""
    _buf.extend(line)
    if len(_buf) > FLUSH_AT:
        _flush_events(len(_buf) > FLUSH_WAIT_AT)


def _emitter(prefix):
    """The hot path, made once per process (_set_identity): one clock read, one format, an append
    to the buffer, and nothing looked up in the module on the way (but to write the buffer out once
    it is full)."""

    def emit(body, _mono=time.monotonic_ns, _line=b"%d %b%b\n", buf=_buf, flush_at=FLUSH_AT):
        buf += _line % (_mono(), prefix, body)
        if len(buf) > flush_at:
            _flush_events(len(buf) > FLUSH_WAIT_AT)

    return emit


_hot_emit = None  # this process's emitter (_emitter), once it is traced


def _first_emit(body):
    """_emit after _arm_timer: the first event starts the timer thread, then the hot path."""
    global _emit
    _emit = _hot_emit
    _start_flusher()
    _hot_emit(body)


def _arm_timer():
    """After a flush that leaves the buffer empty: the next event starts the timer thread, once,
    so that a process whose only lines are those of its start and end never starts it."""
    global _emit
    if _prefix is not None and _flusher_pid != os.getpid():
        _emit = _first_emit


def _disarm_timer():
    """At the end of a process's work: the lines from here on go out with its exit, so an event
    now must not start the timer thread (if it has not started yet)."""
    global _emit
    if _prefix is not None:
        _emit = _hot_emit


# _emit(body) buffers "<now> <pid> <process id> <body>\n" when this process is traced.
_emit = _untraced


def _queue_event(body):
    """A line of this process into the buffer, for a flush that follows soon (the caller's, or the
    process's end lines'): unlike _emit, it never starts the timer thread (see _arm_timer)."""
    if _prefix is not None:
        _queue(b"%d %b%b\n" % (_mono(), _prefix, body))


def _write_now(body):
    """A line of this process written out at once (the caller's next step may block, kill or end
    the process)."""
    if _prefix is not None:
        _queue_event(body)
        _flush_events()


def _stop_tracing():
    global _prefix, _emit, _hot_emit
    _prefix = None
    _emit = _hot_emit = _untraced
    del _buf[:]


def _clean(text, limit=MAX_TEXT_BYTES):
    """UTF-8 bytes of `text` without control characters (each becomes a space), stripped, cut at
    a character boundary to `limit` bytes."""
    if not isinstance(text, str):
        text = str(text)
    if not text.isprintable():
        text = "".join(c if c.isprintable() else " " for c in text)
    data = text.strip().encode("utf-8", "replace")
    if len(data) > limit:
        data = data[:limit].decode("utf-8", "ignore").encode("utf-8")
    return data


def output(items):
    """The program's output size, as it reports it: at the end of its work, so the line waits for
    the process's end lines (or the timer thread, if it runs) instead of starting the timer thread
    of a process that is about to end (that thread cost a short program a few per cent)."""
    if _prefix is not None:
        _queue_event(b"output %d" % max(0, int(items)))


def note(text):
    body = _clean(text)
    if body:
        _emit(b"note " + body)


def _note_before_flush(text):
    """A note of the tracer's own that a flush follows at once (a process start, a reap)."""
    body = _clean(text)
    if body:
        _queue_event(b"note " + body)


def _notes(lines):
    for line in lines:
        note(line)


def _traceback_notes(exc):
    import traceback

    for chunk in traceback.format_exception(type(exc), exc, program_traceback(exc)):
        _notes(chunk.splitlines())


def program_traceback(exc):
    """The exception's traceback without the tracer's own frames (the work span's wrapper, the
    script runner above the script)."""
    package = os.path.dirname(os.path.abspath(__file__)) + os.sep
    tb = exc.__traceback__
    while (tb is not None and tb.tb_next is not None
           and tb.tb_frame.f_code.co_filename.startswith(package)):
        tb = tb.tb_next
    return tb


def _set_identity(process_id):
    global _prefix, _process_id, _emit, _hot_emit
    _process_id = process_id
    _prefix = b"%d %d " % (os.getpid(), process_id)
    _emit = _hot_emit = _emitter(_prefix)


def _after_fork_in_child():
    # Whatever fork this was, the child reports nothing until _bootstrap names it: a bare
    # os.fork() of the program must not write lines with its parent's identity. Only what differs
    # is written: every object this touches (a refcount, a lock freed) is a copy-on-write fault of
    # the child's, and ~30 of them were most of what tracing cost a forked child. _hot_emit (the
    # parent's) stays until _set_identity replaces it; _flusher_pid stays the parent's pid, which
    # no process forked from the living parent can have.
    global _prefix, _emit, _is_main, _last_round, _acquisitions, _tasks_done
    global _own_lifeline, _flush_lock, _flush_owner
    if _prefix is not None:
        _prefix = None
        _emit = _untraced
    # The parent's lines are the parent's to write (it wrote them out before the fork, but for
    # what another of its threads added since); a flush in progress stayed behind in the parent,
    # with the lock, if it held it.
    if _buf:
        del _buf[:]
    if _flush_owner:
        _flush_owner = 0
    if _flush_lock.locked():
        _flush_lock = threading.Lock()
    if _is_main:
        _is_main = False
    if _last_round != -1:
        _last_round = -1
    if _acquisitions:
        _acquisitions = 0
    if _tasks_done:
        _tasks_done = 0
    # _reap_lock stays: only the process that started a child reports its reap (_report_reap).
    if _own_lifeline >= 0:
        # The parent's description: its owner is the parent. The child opens its own.
        try:
            os.close(_own_lifeline)
        except OSError:
            pass
        _own_lifeline = -1


# ---- environment ----------------------------------------------------------------------------


def _env_int(name, default=None):
    text = os.environ.get(name, "")
    if text.isdigit() and text.isascii():
        return int(text)
    return default


def _read_shared_environment():
    """Read once per interpreter: a forked child inherits what its parent read (an environment
    lookup in every child cost it copy-on-write page faults, see the ids below)."""
    global _child_first, _child_last, _task_spans, _pdeathsig, _lifeline, _park_setting
    ids = os.environ.get("PROCLAB_CHILD_IDS", "")
    first, dash, last = ids.partition("-")
    if dash and first.isdigit() and last.isdigit() and int(first) <= int(last):
        _child_first, _child_last = int(first), int(last)
    _task_spans = os.environ.get("PROCLAB_TASK_SPANS", "0") == "1"
    _pdeathsig = os.environ.get("PROCLAB_PDEATHSIG", "")
    _park_setting = os.environ.get("PROCLAB_PARK", "")
    _lifeline = _lifeline_coordinates()


# ---- fault injection (the lab's tests) -------------------------------------------------------
# PROCLAB_PARK=STATE:N:NAME parks the process named NAME on purpose, so that a test can hit it
# exactly there (the C++ workers' --park-* options): "work": in its work, before the barrier of
# round N, until it gets SIGUSR1; "lock": holding the lock in round N, for ever. PROCLAB_PARK=
# task:N parks the pool worker that takes task N (whichever it is: the pool hands chunks out in
# any order), in the middle of its chunk, before the task, for ever; PROCLAB_PARK=between:N the
# pool worker that runs task N once that chunk's result has gone back, before it takes another
# (it holds no chunk), for ever.

_park_setting = ""  # PROCLAB_PARK
_park_plan = None  # (pid, state, n) for this process, read once


def _park_request(state):
    """N if this process is to park in `state`, else None."""
    global _park_plan
    pid = os.getpid()
    if _park_plan is None or _park_plan[0] != pid:
        what, _, rest = _park_setting.partition(":")
        n, _, name = rest.partition(":")
        mine = n.isdigit() and (what in ("task", "between") or
                                name == multiprocessing.current_process().name)
        _park_plan = (pid, what if mine else None, int(n) if mine else None)
    return _park_plan[2] if _park_plan[1] == state else None


def _park(text, until_sigusr1=False):
    import signal
    released = []
    if until_sigusr1:
        signal.signal(signal.SIGUSR1, lambda *_: released.append(True))
    note(text)
    _flush_events()
    while not released:
        time.sleep(0.05)


# ---- the lab's lifeline (src/worker/lifeline.h) -----------------------------------------------

_F_SETOWN_EX = 15
_F_OWNER_PID = 1
_F_SETSIG = 10


def _lifeline_coordinates():
    """(lab pid, fd, inode) from PROCLAB_LIFELINE=LABPID:FD:INODE, or None."""
    parts = os.environ.get("PROCLAB_LIFELINE", "").split(":")
    if len(parts) != 3 or not all(p.isdigit() and p.isascii() and len(p) <= 19 for p in parts):
        return None
    pid, fd, inode = (int(p) for p in parts)
    if pid == 0 or pid > 2**31 - 1 or fd > 2**31 - 1 or inode == 0:
        return None
    return pid, fd, inode


def _is_the_lifeline(fd, inode):
    import stat

    try:
        st = os.fstat(fd)
    except OSError:
        return False
    return stat.S_ISFIFO(st.st_mode) and st.st_ino == inode


def _lab_gone(fd):
    import select

    p = select.poll()
    p.register(fd, select.POLLIN)
    try:
        events = p.poll(0)
    except OSError:
        return False
    return any(ev & (select.POLLHUP | select.POLLERR) for _, ev in events)


def _watch_lifeline(fd):
    import select

    p = select.poll()
    p.register(fd, select.POLLIN)
    while not _lab_gone(fd):
        for _, ev in p.poll():
            if ev & select.POLLIN:
                try:
                    os.read(fd, 64)  # nobody writes to it; should someone, do not spin
                except OSError:
                    pass
    _die()


def _die():
    import signal

    os.kill(os.getpid(), signal.SIGKILL)


def _hold_lifeline():
    """As holdLifeline() in src/worker/lifeline.cpp: SIGKILL from the kernel to this process when
    the lab's end of the pipe closes. Returns False when the lab is already gone."""
    global _lifeline_fd, _lifeline_pid, _own_lifeline
    if _lifeline is None:
        return True
    lab_pid, fd, inode = _lifeline
    if not _is_the_lifeline(fd, inode):
        return True
    _lifeline_fd = fd
    if _lifeline_pid == os.getpid():
        return not _lab_gone(fd)  # already armed in this process
    import fcntl
    import signal
    import struct

    own = -1
    for path in ("/proc/%d/fd/%d" % (lab_pid, fd), "/proc/self/fd/%d" % fd):
        try:
            candidate = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        except OSError:
            continue
        if _is_the_lifeline(candidate, inode):
            own = candidate
            break
        os.close(candidate)
    armed = False
    if own >= 0:
        try:
            fcntl.fcntl(own, _F_SETOWN_EX, struct.pack("ii", _F_OWNER_PID, os.getpid()))
            fcntl.fcntl(own, _F_SETSIG, signal.SIGKILL)
            fcntl.fcntl(own, fcntl.F_SETFL, os.O_NONBLOCK | os.O_ASYNC)
            armed = True
            _own_lifeline = own
        except OSError:
            os.close(own)
    if not armed:
        threading.Thread(target=_watch_lifeline, args=(fd,), daemon=True,
                         name="proclab-lifeline").start()
    _lifeline_pid = os.getpid()
    return not _lab_gone(fd)


def _set_parent_death_signal(expected_parent):
    """PR_SET_PDEATHSIG = SIGKILL: dies with the parent, as the lab's C++ children do; then checks
    the parent did not die before it was set. Where cheap: ctypes costs ~2-3 ms to import, so by
    default (PROCLAB_PDEATHSIG unset) only where the program has loaded it already (the lifeline
    already ends everything when the lab goes). PROCLAB_PDEATHSIG=1: always (the main process loads
    ctypes once before its first fork; a spawned interpreter imports it); =0: never."""
    if _pdeathsig == "0" or (_pdeathsig != "1" and "ctypes" not in sys.modules):
        return
    libc = _load_libc()
    if libc is None:
        return
    try:
        libc.prctl(1, 9, 0, 0, 0)  # PR_SET_PDEATHSIG, SIGKILL
    except (OSError, AttributeError):
        return
    if expected_parent and os.getppid() != expected_parent:
        _die()


def _load_libc():
    """ctypes' libc, loaded once per process; None when PROCLAB_PDEATHSIG=0 or unavailable."""
    global _libc
    if _libc is None:
        _libc = False
        if _pdeathsig != "0":
            try:
                import ctypes

                _libc = ctypes.CDLL(None, use_errno=True)
            except (ImportError, OSError):
                pass
    return _libc or None


# ---- ids ------------------------------------------------------------------------------------


# Ids FIRST..LAST (PROCLAB_CHILD_IDS) are the main process's to hand out, in creation order: only
# it starts traced processes. A child's spawn line is written by the child as it starts or, if it
# died before it could (e.g. terminated at once), by its parent once it has reaped it. The id file
# settles which: one byte per id, set by the child before its line. The parent reads it only after
# the child is gone, so the two never race and need no lock. It is a memfd of the main process's
# (nothing on disk to make, remove or leave behind: a directory and a file on this VM's ext4 cost
# ~0.3 ms of every run), inherited by forked children and passed to spawned interpreters by its
# number (PROCLAB_ID_FD); pread and pwrite share no file offset. Every Python object a forked child
# touches costs it a copy-on-write page fault (~4-5 us here): the old protocol (open, flock, read,
# write, close, a closure, per claim and per id) cost each child and its parent ~25 of them.
_next_ids = iter(())  # the main process's ids, in creation order (install_main: FIRST..LAST)
_main_ident = 0  # the main process's main thread
_id_fd = -1
ID_FILE_NAME = "proclab-trace-ids"


def _make_id_file():
    """The main process's id file, or -1 (the children are then not traced, and say so)."""
    try:
        return os.memfd_create(ID_FILE_NAME, os.MFD_CLOEXEC)
    except (AttributeError, OSError):
        return -1


def _inherited_id_file():
    """A spawned interpreter's PROCLAB_ID_FD, if that descriptor is the main process's id file (a
    program's own interpreter may inherit the variable without the descriptor)."""
    fd = _env_int("PROCLAB_ID_FD")
    if fd is None:
        return -1
    try:
        if os.readlink("/proc/self/fd/%d" % fd).startswith("/memfd:" + ID_FILE_NAME + " "):
            return fd
    except OSError:
        pass
    return -1


def _spawn_reported(child_id):
    """The main process, once it has reaped the child: whether the child wrote its spawn line.
    Without the id file (none could be made), yes: a second spawn line would be worse than none."""
    if _id_fd < 0:
        return True
    try:
        return os.pread(_id_fd, 1, child_id - _child_first) == b"1"
    except OSError:
        return True


# ---- processes ------------------------------------------------------------------------------

_orig_start = multiprocessing.process.BaseProcess.start
_orig_bootstrap = multiprocessing.process.BaseProcess._bootstrap


def _start(self):
    # The plan travels with the Process object (fork: memory; spawn/forkserver: its pickle), and
    # the parent keeps it on the child's Popen: (child id, parent pid, parent process id, started
    # from the parent's main thread, when start() was called: the spawn line's time, so the lab's
    # launch time is the parent's start() and a spawned interpreter's boot shows as the time
    # between launch and ready; the spawn line's end, made here so that the child does not run
    # that code; the child's name). Like the child's path (_bootstrap), the parent's runs as
    # little Python of its own as it can: after each fork, every page it writes is a copy-on-write
    # fault (a helper function called is two: its function and its code object).
    if (_prefix is not None and "_proclab" not in self.__dict__ and self._popen is None
            and self._parent_pid == os.getpid()):
        if _orig_get_tasks is None and _is_main and "multiprocessing.pool" in sys.modules:
            _patch_pool()  # a Pool starts its workers before it takes any task
        plan = None
        name = self._name
        if not _is_main:
            _note_before_flush("process %s was not traced: the lab reserves ids for the main "
                               "process's children only" % name)
        else:
            child_id = next(_next_ids, None) if _id_fd >= 0 else None
            if child_id is None:
                _note_before_flush("process %s was not traced: no process id left "
                                   "(PROCLAB_CHILD_IDS=%d-%d)" % (name, _child_first, _child_last))
            else:
                if name.isprintable() and len(name) <= MAX_TEXT_BYTES // 4:
                    tail = name.strip().encode("utf-8", "replace") or b"?"
                else:
                    tail = _clean(name) or b"?"
                plan = (child_id, os.getpid(), _process_id, _get_ident() == _main_ident, _mono(),
                        (b"daemon " if self._config.get("daemon") else b"regular ") + tail, name)
        self._proclab = plan
    return _orig_start(self)


# Signals held while the child marks its id and writes its spawn line, as ints for _signal's own
# pthread_sigmask: signal.pthread_sigmask turns every signal in and out of an enum, ~20 of the
# parent's pages written (copy-on-write faults) per child.
_HELD_SIGNALS = {int(signal.SIGTERM), int(signal.SIGINT)}
_SIG_BLOCK = int(signal.SIG_BLOCK)
_SIG_SETMASK = int(signal.SIG_SETMASK)

# A child's spawn line, stamped when start() was called and written for the parent's process:
# (start() time, parent pid, parent process id, child id, child pid, `daemon|regular NAME`). The
# child writes it (_bootstrap), or the parent once it has reaped a child that could not
# (_report_reap).
_SPAWN_LINE = b"%d %d %d spawn %d %d %b\n"


def _bootstrap(self, parent_sentinel=None):
    # A forked child's path to its target touches as little of its parent's memory as it can:
    # each page it writes to (a refcount, a function's code object as it runs, an enum member) is
    # a copy-on-write fault, ~5 us on this VM, and the tracer's own used to be ~40 per child. So
    # checks are inline, the spawn line's end comes made (plan[5]), and one format writes it.
    global _emit
    plan = self.__dict__.get("_proclab")
    if plan is None or _fd < 0:
        return _orig_bootstrap(self, parent_sentinel)
    child_id, parent_pid, parent_id, from_main_thread, start_ns, spawn_tail, _ = plan
    if _lifeline is not None and not _hold_lifeline():
        _die()
    method = self.__dict__.get("_proclab_method", "fork")
    if from_main_thread and (_pdeathsig == "1" or
                             (_pdeathsig != "0" and "ctypes" in sys.modules)):
        _set_parent_death_signal(parent_pid if method != "forkserver" else 0)
    _set_identity(child_id)
    # The mark and the spawn line go together, written out at once: a SIGTERM between them
    # would lose the line (and the parent, seeing the mark, would not write it).
    blocked = _pthread_sigmask(_SIG_BLOCK, _HELD_SIGNALS)
    try:
        if _id_fd >= 0:
            try:
                os.pwrite(_id_fd, b"1", child_id - _child_first)
            except OSError:
                pass
        _buf.extend(_SPAWN_LINE % (start_ns, parent_pid, parent_id, child_id, os.getpid(),
                                   spawn_tail))
        _flush_events()
    finally:
        _pthread_sigmask(_SIG_SETMASK, blocked)
    _emit(b"ready")
    run = self.run

    def traced_run():
        _emit(b"begin work")
        _flush_events()  # the target may work, block or be killed from here on
        _arm_timer()
        try:
            run()
        except SystemExit:
            _disarm_timer()
            _emit(b"end work")
            raise
        except BaseException as e:
            _disarm_timer()
            _emit(b"end work")
            _traceback_notes(e)
            raise
        _disarm_timer()
        _emit(b"end work")

    self.run = traced_run
    code = _orig_bootstrap(self, parent_sentinel)
    if _tasks_done:
        _emit(b"output %d" % _tasks_done)
    _emit(b"exit %d" % (code & 0xFF))
    _flush_events()  # the caller ends the process (os._exit under fork, sys.exit spawned)
    return code


_orig_popen_init = None  # multiprocessing.popen_fork.Popen's, once imported

# A forked child inherits its parent's count of allocations since the last collection. One that
# inherits a count near the threshold collects early in its life, and a collection in a child
# walks objects of its parent's: a copy-on-write fault for every page they are on (~0.3 ms a
# child here). The tracer's own allocations move that count, by another amount in every program:
# half the children of the spawning program collected traced, none untraced. So when a
# collection is due within this many allocations (a child's path to its target makes ~15-20),
# the parent makes it before the fork, once, instead of each child.
GC_BEFORE_FORK_MARGIN = 64


def _popen_init(self, process_obj):
    plan = process_obj.__dict__.get("_proclab")
    if _prefix is not None:
        method = self.method
        if plan is None or method != "fork" or method not in _noted_methods:
            if _is_main and method not in _noted_methods:
                _noted_methods.add(method)
                _note_before_flush("start method: " + method)
            if _is_main and "poll" in type(self).__dict__:
                _wrap_poll(type(self))  # the fork server's Popen has a poll of its own
            if plan is not None:
                process_obj._proclab_method = method
            # This process's lines before its child's (the spawn line first of all); a fork
            # writes them out anyway (_flush_before_fork).
            _flush_events()
        if plan is not None:
            if method == "fork":
                if plan[3] and _pdeathsig == "1":
                    _load_libc()  # once, here, rather than in every forked child
                import gc  # built in; at the first fork rather than with the tracer

                if (gc.isenabled()
                        and gc.get_count()[0] > gc.get_threshold()[0] - GC_BEFORE_FORK_MARGIN):
                    gc.collect(0)
            self._proclab_child = plan
    _orig_popen_init(self, process_obj)


def _report_reap(popen, code):
    """A reaped child of this process's (its plan on the Popen): `reaped`, written out at once (how
    the lab learns that a process ended), once, after the child's spawn line if it could not
    write its own."""
    plan = popen.__dict__.get("_proclab_child")
    if plan is None or _prefix is None or plan[1] != os.getpid():
        return
    with _reap_lock:
        if "_proclab_reaped" in popen.__dict__:
            return
        popen._proclab_reaped = True
    child_id, _, _, _, start_ns, spawn_tail, name = plan
    if not _spawn_reported(child_id):
        _queue(_SPAWN_LINE % (start_ns, os.getpid(), _process_id, child_id, popen.pid, spawn_tail))
        _note_before_flush("process %d (%s) ended before it could report its start"
                           % (child_id, name))
    if code < 0:
        _write_now(b"reaped %d signal %d" % (child_id, -code))
    else:
        _write_now(b"reaped %d normal %d" % (child_id, code & 0xFF))


def _wrap_poll(cls):
    orig = cls.__dict__["poll"]
    if getattr(orig, "_proclab", False):
        return

    def poll(self, flag=os.WNOHANG):
        code = orig(self, flag)
        if code is not None and "_proclab_child" in self.__dict__:
            _report_reap(self, code)
        return code

    poll.__wrapped__ = orig
    poll._proclab = True
    cls.poll = poll


_orig_popen_wait = None


def _popen_wait(self, timeout=None):
    """join() and Popen.wait(): the buffer goes out before a wait that may block."""
    if _prefix is not None and (_buf or _flush_owner) and timeout != 0 and self.returncode is None:
        _flush_events()
    return _orig_popen_wait(self, timeout)


_orig_send_signal = None


def _popen_send_signal(self, sig):
    """Process.terminate() and kill(), Pool.terminate() and the daemons' terminate at exit all
    come here: the lab is told (signal_sent, written out before the signal goes) that the program
    itself sends it, so a death it causes is told from one that comes from outside."""
    plan = self.__dict__.get("_proclab_child")
    if (_prefix is not None and plan is not None and self.returncode is None
            and os.getpid() == plan[1]):
        _write_now(b"signal_sent %d %d" % (plan[0], sig))
    return _orig_send_signal(self, sig)


# ---- spawned interpreters (spawn, forkserver) -------------------------------------------------

_orig_spawnv_passfds = multiprocessing.util.spawnv_passfds
# The directory holding the package (and, in the build's copy, _proclab_tasks): last on the
# program's sys.path (_cli), and appended to a spawned interpreter's (_BOOT), which gets no
# PYTHONPATH for it: every import would search it first.
_HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_PACKAGE_DIR = os.path.join(_HERE, "proclab_trace")

# The first lines of a spawned interpreter (spawn child or fork server), before multiprocessing's
# own: the package and _core from the code the main process compiled once (PROCLAB_TRACE_CODE,
# see _compile_for_children), without importing them from their sources, which Python compiles
# again in every interpreter when it writes no bytecode caches (PYTHONDONTWRITEBYTECODE; ~1 ms
# for the package's __init__ alone). Any doubt (no file, another Python, a source changed since):
# the normal import. Then proclab_trace._boot() installs the tracer.
_BOOT = """import sys
if %(here)r not in sys.path: sys.path.append(%(here)r)
def _proclab_boot(d=%(package)r):
    import os
    try:
        with open(os.environ['PROCLAB_TRACE_CODE'], 'rb') as f:
            data = f.read()
        head = b'%%d %%d %%d\\n' %% (sys.hexversion, os.stat(d + '/__init__.py').st_mtime_ns,
                                  os.stat(d + '/_core.py').st_mtime_ns)
        if not data.startswith(head) or 'proclab_trace' in sys.modules:
            raise ValueError
        import marshal
        codes = marshal.loads(memoryview(data)[len(head):])
    except (KeyError, OSError, ValueError, EOFError, TypeError):
        import proclab_trace
        return proclab_trace._boot()
    for name, code, file in (('proclab_trace', codes[0], d + '/__init__.py'),
                             ('proclab_trace._core', codes[1], d + '/_core.py')):
        m = type(sys)(name)
        m.__file__ = file
        m.__package__ = 'proclab_trace'
        if name == 'proclab_trace':
            m.__path__ = [d]
        sys.modules[name] = m
        exec(code, m.__dict__)
    m = sys.modules['proclab_trace']
    m._core = sys.modules['proclab_trace._core']
    m._boot()
_proclab_boot()
del _proclab_boot
""" % {"here": _HERE, "package": _PACKAGE_DIR}


def _rewritten(args):
    """The command line with the tracer's boot first, for spawn children and the fork server
    (whose forks become children); None for anything else (the resource tracker)."""
    args = list(args)
    try:
        i = args.index("-c")
    except ValueError:
        return None
    if i + 1 >= len(args):
        return None
    program = args[i + 1]
    if ("multiprocessing.spawn import spawn_main" not in program
            and "multiprocessing.forkserver import main" not in program):
        return None
    args[i + 1] = _BOOT + program
    return args


def _compile_for_children():
    """Without bytecode caches, leaves the package's code and this module's, compiled once, for
    the spawned interpreters (see _BOOT): a header line (Python's version, the sources' mtimes),
    then the marshalled (package code, _core code)."""
    global _trace_dir
    if not sys.dont_write_bytecode or "PROCLAB_TRACE_CODE" in os.environ or not _is_main:
        return
    if _trace_dir is None:
        _trace_dir = _make_trace_dir()
        if _trace_dir is None:
            return
    import marshal

    sources = [os.path.join(_PACKAGE_DIR, "__init__.py"), os.path.join(_PACKAGE_DIR, "_core.py")]
    try:
        mtimes = [os.stat(source).st_mtime_ns for source in sources]
        with open(sources[0], "rb") as f:
            package_code = compile(f.read(), sources[0], "exec")
        # The code this process was imported with (proclab_trace._import_core kept it), else
        # compiled now.
        core_code = getattr(sys.modules.get(__package__), "_core_code", None)
        if core_code is None:
            with open(sources[1], "rb") as f:
                core_code = compile(f.read(), sources[1], "exec")
        data = b"%d %d %d\n" % (sys.hexversion, *mtimes) + marshal.dumps((package_code, core_code))
        path = os.path.join(_trace_dir, "code")
        with open(path, "wb") as f:
            f.write(data)
    except (OSError, SyntaxError, ValueError):
        return
    os.environ["PROCLAB_TRACE_CODE"] = path


def _spawnv_passfds(path, args, passfds):
    if _fd >= 0:
        rewritten = _rewritten(args)
        if rewritten is not None:
            _compile_for_children()
            args = rewritten
            fds = set(map(int, passfds))
            fds.add(_fd)
            if _id_fd >= 0:
                fds.add(_id_fd)
            if _lifeline_fd >= 0:
                fds.add(_lifeline_fd)
            passfds = tuple(sorted(fds))
    return _orig_spawnv_passfds(path, args, passfds)


# ---- Barrier and Lock -----------------------------------------------------------------------

_Barrier = None  # multiprocessing.synchronize's, once imported
_orig_barrier_wait = None


def _barrier_wait(self, timeout=None):
    if _prefix is None:
        return _orig_barrier_wait(self, timeout)
    global _last_round
    # Rounds per barrier and per process: the count lives on the object, tagged with the pid so
    # that a forked copy starts again at 0 (Barrier's own pickle state leaves it out).
    pid = os.getpid()
    seen = self.__dict__.get("_proclab_rounds")
    r = seen[1] if seen is not None and seen[0] == pid else 0
    self.__dict__["_proclab_rounds"] = (pid, r + 1)
    _last_round = r
    if _park_request("work") == r:
        _park("parked in its work in round %d until released (SIGUSR1)" % r, until_sigusr1=True)
    _emit(b"begin barrier_wait round=%d" % r)
    _flush_events()  # the lab sees the wait while it lasts (its stall supervision reads open spans)
    try:
        result = _orig_barrier_wait(self, timeout)
    except threading.BrokenBarrierError:
        _emit(b"end barrier_wait round=%d" % r)
        _emit(b"note barrier broken in round %d" % r)
        _flush_events()
        raise
    except BaseException:
        _emit(b"end barrier_wait round=%d" % r)
        _flush_events()
        raise
    # Who arrived last is known only inside Barrier.wait(), and is not shared with the waiters:
    # the lab is told plainly, on the wait's end line, that the cause cannot be known (the C++
    # workers name it).
    _emit(b"end barrier_wait round=%d cause=unknown" % r)
    _flush_events()  # the round's end, at once: a barrier wait costs far more than a write
    return result


_Lock = None
_SemLock = None
_orig_lock_init = None


def _created_by_program(frame):
    """A Lock the program made (traced) or one of multiprocessing's own (queues, pools: not)."""
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if name == "multiprocessing.context" or name.startswith("proclab_trace"):
            frame = frame.f_back
            continue
        return not (name == "multiprocessing" or name.startswith("multiprocessing."))
    return False


def _lock_init(self, *args, **kwargs):
    self._proclab_traced = _created_by_program(sys._getframe(1))
    _orig_lock_init(self, *args, **kwargs)


def _lock_round():
    global _acquisitions
    if _last_round >= 0:
        return _last_round
    r = _acquisitions
    _acquisitions += 1
    return r


def _traced_lock_methods(semlock):
    held = [None]  # the round of the hold in progress, in this process
    raw_acquire = semlock.acquire
    raw_release = semlock.release

    def acquire(block=True, timeout=None):
        if _prefix is None:
            return raw_acquire(block, timeout)
        r = _lock_round()
        _emit(b"begin lock_wait round=%d" % r)
        blocked = False
        try:
            got = raw_acquire(False)
            if not got and block:
                # Taken: the buffer goes out before this process blocks, and again once it has
                # the lock (a blocking wait costs far more than the writes).
                blocked = True
                _flush_events()
                got = raw_acquire(True, timeout)
        except BaseException:
            _emit(b"end lock_wait round=%d" % r)
            raise
        if got and blocked:
            # Contended: a SemLock does not say who released it (the C++ workers' board does).
            _emit(b"end lock_wait round=%d cause=unknown" % r)
        else:
            _emit(b"end lock_wait round=%d" % r)
        if got:
            held[0] = r
            _emit(b"begin lock_hold round=%d" % r)
            if _park_request("lock") == r:
                _park("parked holding the lock in round %d" % r)
        if blocked:
            _flush_events()
        return got

    def release():
        r = held[0]
        if r is not None:
            held[0] = None
            # Before the release: the next holder's hold cannot begin before this one ended.
            _emit(b"end lock_hold round=%d" % r)
        raw_release()

    return acquire, release


def _lock_make_methods(self):
    if self.__dict__.get("_proclab_traced"):
        self.acquire, self.release = _traced_lock_methods(self._semlock)
    else:
        self.acquire = self._semlock.acquire
        self.release = self._semlock.release


def _lock_enter(self):
    if self.__dict__.get("_proclab_traced"):
        return self.acquire()
    return self._semlock.__enter__()


def _lock_exit(self, *args):
    if self.__dict__.get("_proclab_traced"):
        return self.release()
    return self._semlock.__exit__(*args)


def _lock_getstate(self):
    return (_SemLock.__getstate__(self), bool(self.__dict__.get("_proclab_traced")))


def _lock_setstate(self, state):
    inner, traced_lock = state
    self._proclab_traced = traced_lock
    _SemLock.__setstate__(self, inner)


# ---- Pool tasks -----------------------------------------------------------------------------


# A worker reports the tasks of a chunk together, in `taskrun` lines (event.h: the first task's
# begin, then the durations of the tasks that follow it back to back): one write per ~500 tasks
# instead of two per task, which with small tasks is most of the pool's time, and one number per
# task rather than the two of a `tasks` line (the C++ pool workers' form).
#
# The chunk travels as a _Chunk in place of its tuple of items, and the program's function stays
# the task function: mapstar and starmapstar run list(map(func, chunk)) / starmap, so map itself
# calls the function, as untraced, and the timing happens where map takes the next item from the
# chunk: the previous task is done, the next begins. As in the C++ worker, one clock reading per
# boundary (it ends a task and begins the next), and nothing else per task but keeping it: no
# Python call around the function, no attribute lookups. Huge chunks go out in blocks of
# TASK_BLOCK tasks. PROCLAB_TASK_SPANS=1 writes `begin task task=I` / `end task task=I` instead.
TASK_BLOCK = 8192
MAX_TASKS_PER_LINE = 1024
_task_spans = False

# The same in C, where the build made _proclab_tasks beside the package (src/CMakeLists.txt) for
# this interpreter: a TaskClock reads the clock into an array and formats the lines itself, ~25 ns
# per task instead of ~150-200 (a pool of 20,000 small tasks: most of what tracing added to it).
# PROCLAB_TRACE_PURE=1 keeps the Python path (the tests run both). Loaded when the program makes
# its first Pool (a forked worker inherits it) or a worker times its first chunk, not with _core:
# the import was ~0.3 ms of every traced start, pool or not.
_TaskClock = None
_task_clock_loaded = False


def _load_task_clock():
    global _TaskClock, _task_clock_loaded
    if not _task_clock_loaded:
        _task_clock_loaded = True
        if os.environ.get("PROCLAB_TRACE_PURE", "") != "1":
            try:
                _TaskClock = _task_clock_module().TaskClock
            except (ImportError, OSError, AttributeError):
                pass
    return _TaskClock


def _task_clock_module():
    """_proclab_tasks from beside the package, by its file name: the tracer's directory is last on
    sys.path, and a search for it cost ~0.2 ms more (every path entry's finder looked first). Else
    wherever the path has it (the source tree's tests put the build's directory on PYTHONPATH)."""
    if "_proclab_tasks" in sys.modules:
        return sys.modules["_proclab_tasks"]
    import _imp
    from importlib.machinery import ModuleSpec

    for suffix in _imp.extension_suffixes():
        path = os.path.join(_HERE, "_proclab_tasks" + suffix)
        if os.path.isfile(path):
            module = _imp.create_dynamic(ModuleSpec("_proclab_tasks", None, origin=path))
            _imp.exec_dynamic(module)
            sys.modules["_proclab_tasks"] = module
            return module
    import _proclab_tasks

    return _proclab_tasks


def _tasks_reported(lines, count):
    """A TaskClock's `taskrun` lines for `count` tasks: at a chunk's end (or a block's, or a failed
    task's), written out before the chunk's result goes back."""
    global _tasks_done
    if _prefix is not None:
        _buf.extend(lines)
    _tasks_done += count
    _flush_events()


def _emit_tasks(first, bounds):
    """`taskrun` lines for tasks first, first+1, ..., task k running from bounds[k] to
    bounds[k+1] (absolute ns): back to back, so each line gives its first task's begin and every
    task's duration, each line within PIPE_BUF. How many tasks fit is bounded from the digits of
    the line's longest duration, not counted per task."""
    prefix = _prefix
    if prefix is None:
        return
    # The durations, without a Python step per task: the subtraction runs inside map.
    durations = list(map(_sub, bounds[1:], bounds))
    n = len(durations)
    i = 0
    while i < n:
        head = b"%d %btaskrun %d" % (bounds[i], prefix, first + i)
        k = min(n, i + MAX_TASKS_PER_LINE)
        width = len(str(max(durations[i:k]))) + 1  # at most, per task of this line
        fit = (MAX_LINE_BYTES - len(head) - 1) // width
        if k - i > fit:
            k = i + max(1, fit)
        fmt = _durations_formats.get(k - i)
        if fmt is None:
            fmt = _durations_formats[k - i] = b" %d" * (k - i) + b"\n"
        _queue(head + fmt % tuple(durations[i:k]))
        i = k


_durations_formats = {}  # tasks in a line -> b" %d %d ... %d\n", their durations' format


class _Chunk:
    """The items of one pool chunk, tasks first .. first+len(items)-1 in input order, in place of
    its tuple (each chunk is pickled on its own, so a worker iterates a fresh one). Iterated by
    map (or starmap), it hands out the items and times the tasks that map runs in between."""

    __slots__ = ("first", "items")

    def __init__(self, first, items):
        self.first = first
        self.items = items

    def __reduce__(self):
        return (_Chunk, (self.first, self.items))

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        global _park_before_next_chunk
        if _prefix is None:
            return iter(self.items)
        parked = _park_request("task")
        if parked is not None and self.first <= parked < self.first + len(self.items):
            return _parked_at(parked, self.first, self.items)
        parked = _park_request("between")
        if parked is not None and self.first <= parked < self.first + len(self.items):
            _park_before_next_chunk = parked
        if _task_spans:
            return _task_spans_of(self.first, self.items)
        clock = _TaskClock if _task_clock_loaded else _load_task_clock()
        if clock is not None:
            return clock(self.items, self.first, _prefix, _tasks_reported, TASK_BLOCK,
                              MAX_LINE_BYTES, MAX_TASKS_PER_LINE)
        return _timed_tasks(self.first, self.items)


def _parked_at(task, first, items):
    """The chunk's items, its tasks before `task` timed as usual, then parked for ever."""
    yield from _timed_tasks(first, items[: task - first])
    _park("parked in the middle of a chunk, before task %d" % task)


def _timed_tasks(first, items, _mono=_mono):
    """The items for map, with a clock reading before the first is taken and each time map comes
    back for the next (the previous task is done). A task that raises: map drops this generator
    as the exception leaves it, and the close (GeneratorExit at the yield) ends the failed task
    and reports the chunk's tasks so far, before the worker sends the error back."""
    global _tasks_done
    n = len(items)
    done = 0
    while done < n:
        block = items if n <= TASK_BLOCK else items[done:done + TASK_BLOCK]
        bounds = [_mono()]
        append = bounds.append
        try:
            for x in block:
                try:
                    yield x
                finally:
                    append(_mono())  # the task's end, the next one's begin
        finally:
            count = len(bounds) - 1
            if count:
                _emit_tasks(first + done, bounds)
                _tasks_done += count
            # The chunk's end (or a block's, or a failed task's): written out before its result
            # goes back, so the lab has the tasks before the program can know they are done.
            _flush_events()
        done += count


def _task_spans_of(first, items):
    """The same with a begin/end line per task (PROCLAB_TASK_SPANS=1)."""
    global _tasks_done
    index = first
    try:
        for x in items:
            _emit(b"begin task task=%d" % index)
            try:
                yield x
            finally:
                _emit(b"end task task=%d" % index)
                _tasks_done += 1
            index += 1
    finally:
        _flush_events()  # the chunk's end: before its result goes back


_orig_get_tasks = None
_orig_worker = None
_park_before_next_chunk = None  # PROCLAB_PARK=between:N: task N's chunk has begun in this worker


def _worker_parking_between_chunks(inqueue, outqueue, *args, **kwargs):
    """multiprocessing.pool.worker when PROCLAB_PARK=between:N: the same loop, with the worker's
    take of its next chunk (inqueue.get, which the loop calls only after it has put the last
    chunk's result) parking once task N's chunk has been run."""
    import multiprocessing.pool  # a spawned worker may not have it yet: the import patches it

    take = inqueue.get

    def next_chunk():
        if _park_before_next_chunk is not None:
            _park("parked between chunks, after the chunk of task %d" % _park_before_next_chunk)
        return take()

    inqueue.get = next_chunk
    return _orig_worker(inqueue, outqueue, *args, **kwargs)



def _get_tasks(func, it, size):
    """Pool._get_tasks: the same chunks, each a _Chunk that knows its indices. The callers whose
    task function runs map(func, chunk) or starmap(func, chunk): Pool._map_async with mapstar or
    starmapstar as its `mapper`, imap and imap_unordered (always mapstar). Any other caller: the
    original chunks, untimed."""
    if _prefix is None:
        return _orig_get_tasks(func, it, size)
    import multiprocessing.pool as pool

    caller = sys._getframe(1)
    name = caller.f_code.co_name
    if name == "_map_async":
        mapper = caller.f_locals.get("mapper")
        known = mapper is pool.mapstar or mapper is pool.starmapstar
    else:
        known = name in ("imap", "imap_unordered")
    if not known:
        return _orig_get_tasks(func, it, size)
    return _indexed_chunks(func, it, size)


def _indexed_chunks(func, it, size):
    import itertools

    it = iter(it)
    index = 0
    while True:
        chunk = tuple(itertools.islice(it, size))
        if not chunk:
            return
        yield (func, _Chunk(index, chunk))
        index += len(chunk)


# ---- installation ---------------------------------------------------------------------------


def _flush_before_fork():
    if _prefix is not None and (_buf or _flush_owner):
        _flush_events()


_orig_exit = os._exit


def _exit(code):
    """os._exit (how a forked child ends after _bootstrap, or a program's own): the buffer first."""
    if _prefix is not None and (_buf or _flush_owner):
        try:
            _flush_events()
        except BaseException:
            pass
    _orig_exit(code)


_after_import = {}  # module name -> what patches it, once it is imported


class _PatchAfterImport:
    """A sys.meta_path finder for the modules in _after_import: the normal spec, with a loader
    that patches the module as soon as its code has run (before the importer gets it)."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        patch = _after_import.pop(name, None)
        if patch is None:
            return None
        from importlib.machinery import PathFinder

        spec = PathFinder.find_spec(name, path, target)
        loader = getattr(spec, "loader", None)
        exec_module = getattr(loader, "exec_module", None)
        if exec_module is None:
            return None
        # The loader is this spec's own (a fresh one per find).

        def exec_and_patch(module):
            exec_module(module)
            patch(module)

        loader.exec_module = exec_and_patch
        return spec

    @staticmethod
    def invalidate_caches():
        pass


def _when_imported(name, patch):
    module = sys.modules.get(name)
    if module is not None:
        patch(module)
        return
    if not any(finder is _PatchAfterImport for finder in sys.meta_path):
        sys.meta_path.insert(0, _PatchAfterImport)
    _after_import[name] = patch


def _patch_popen_fork(module):
    global _orig_popen_init, _orig_popen_wait, _orig_send_signal
    Popen = module.Popen
    _orig_popen_init = Popen.__init__
    _orig_popen_wait = Popen.wait
    _orig_send_signal = Popen._send_signal
    Popen.__init__ = _popen_init
    Popen.wait = _popen_wait
    Popen._send_signal = _popen_send_signal
    if _reaps:
        _wrap_poll(Popen)


def _patch_synchronize(module):
    global _Barrier, _orig_barrier_wait, _Lock, _SemLock, _orig_lock_init
    _Barrier = module.Barrier
    _orig_barrier_wait = _Barrier.wait
    _Lock = module.Lock
    _SemLock = module.SemLock
    _orig_lock_init = _Lock.__init__
    _Barrier.wait = _barrier_wait
    _Lock.__init__ = _lock_init
    _Lock._make_methods = _lock_make_methods
    _Lock.__enter__ = _lock_enter
    _Lock.__exit__ = _lock_exit
    _Lock.__getstate__ = _lock_getstate
    _Lock.__setstate__ = _lock_setstate


def _weak_hook(name):
    """This module's function NAME, called through a weak reference to the module: the
    interpreter's at-fork lists live to its very end, and a function of ours in them (or in os,
    or in sys.meta_path) keeps this module's globals alive into the finalization, where clearing
    them cost the main process ~1.2 million instructions (~0.4 ms) more than the untraced
    program's end. No fork comes after the module is gone."""
    import weakref

    return _partial(_methodcaller(name), weakref.proxy(sys.modules[__name__]))


def _unhook():
    """The main process's last step (finish_main): the references to this module from what lives
    to the interpreter's end (os._exit, sys.meta_path) go, for the reason given in _weak_hook."""
    os._exit = _orig_exit
    try:
        sys.meta_path.remove(_PatchAfterImport)
    except ValueError:
        pass


def _patch():
    global _installed
    if _installed:
        return
    _installed = True
    os.register_at_fork(before=_weak_hook("_flush_before_fork"),
                        after_in_child=_weak_hook("_after_fork_in_child"))
    os._exit = _exit
    BaseProcess = multiprocessing.process.BaseProcess
    BaseProcess.start = _start
    BaseProcess._bootstrap = _bootstrap
    multiprocessing.util.spawnv_passfds = _spawnv_passfds
    _when_imported("multiprocessing.popen_fork", _patch_popen_fork)
    _when_imported("multiprocessing.synchronize", _patch_synchronize)
    if os.environ.get("PROCLAB_PARK", "").startswith("between:"):
        _when_imported("multiprocessing.pool", _patch_pool_worker)


_reaps = False  # this process reports its children's reaps (the main process)


def _patch_main():
    """What only the main process needs: reaping its children (fork and spawn share this poll;
    the fork server's Popen is wrapped when first used), numbering its pool tasks (patched when
    the program has imported multiprocessing.pool, at its first process start)."""
    global _reaps
    _reaps = True
    popen_fork = sys.modules.get("multiprocessing.popen_fork")
    if popen_fork is not None and _orig_popen_init is not None:
        _wrap_poll(popen_fork.Popen)


def _patch_pool():
    global _orig_get_tasks
    import multiprocessing.pool

    _load_task_clock()  # before the workers start: forked ones inherit it
    Pool = multiprocessing.pool.Pool
    _orig_get_tasks = Pool.__dict__["_get_tasks"].__func__
    Pool._get_tasks = staticmethod(_get_tasks)


def _patch_pool_worker(module):
    """PROCLAB_PARK=between:N only (the lab's fault tests): a Pool starts its workers with the
    module's `worker`, so it is replaced as soon as the module is imported, before any Pool."""
    global _orig_worker
    if _orig_worker is None:
        _orig_worker = module.worker
        module.worker = _worker_parking_between_chunks


def install_child():
    """In a spawned interpreter (spawn child or fork server), before multiprocessing runs."""
    global _fd, _id_fd
    fd = _env_int("PROCLAB_EVENT_FD")
    if fd is None:
        return
    _fd = fd
    _read_shared_environment()
    _id_fd = _inherited_id_file()
    if not _hold_lifeline():
        _die()
    _patch()


def _make_trace_dir():
    """A private directory (0700) for the spawned children's code, as tempfile.mkdtemp() makes
    one, without importing tempfile: with shutil, random, bz2 and lzma that import took ~3 ms. None
    where no directory can be made: the children then import the tracer from its sources."""
    for base in (os.environ.get("TMPDIR"), "/tmp", "/var/tmp", "/dev/shm"):
        if not base:
            continue
        for _ in range(8):
            path = os.path.join(base, "proclab-trace-%d-%s" % (os.getpid(), os.urandom(6).hex()))
            try:
                os.mkdir(path, 0o700)
                return path
            except FileExistsError:
                continue
            except OSError:
                break  # not writable, not there: the next base
    return None


def _remove_trace_dir(path):
    """The trace directory holds only files: no shutil.rmtree needed."""
    try:
        with os.scandir(path) as entries:
            for entry in entries:
                try:
                    os.unlink(entry.path)
                except OSError:
                    pass
        os.rmdir(path)
    except OSError:
        pass


def install_main(start_method=None):
    """In the process the lab started. Returns False (and traces nothing) without a usable
    PROCLAB_EVENT_FD."""
    global _fd, _is_main, _id_fd, _next_ids, _main_ident
    fd = _env_int("PROCLAB_EVENT_FD")
    if fd is None:
        return False
    try:
        os.fstat(fd)
    except OSError as e:
        sys.stderr.write("proclab_trace: PROCLAB_EVENT_FD=%d: %s; not tracing\n" % (fd, e))
        return False
    if fd <= 2:
        # Events get a descriptor of their own; the program's stdout goes to stderr (the lab
        # keeps it) so that its prints never mix with the events.
        new = os.dup(fd)
        os.set_inheritable(new, True)
        if fd == 1:
            try:
                sys.stdout.flush()
            except (OSError, ValueError, AttributeError):
                pass
            os.dup2(2, 1)
            try:
                sys.stdout.reconfigure(line_buffering=True)
            except (OSError, ValueError, AttributeError):
                pass
        fd = new
    else:
        os.set_inheritable(fd, True)
    _fd = fd
    os.environ["PROCLAB_EVENT_FD"] = str(fd)
    process_id = _env_int("PROCLAB_PROCESS_ID", 0)
    _read_shared_environment()
    _next_ids = iter(range(_child_first, _child_last + 1))  # next() is atomic: no lock
    _main_ident = _get_ident()
    _id_fd = _make_id_file()
    if _id_fd >= 0:
        os.environ["PROCLAB_ID_FD"] = str(_id_fd)
    if not _hold_lifeline():
        _die()
    _patch()
    _patch_main()
    _is_main = True
    _set_identity(process_id)
    _emit(b"ready")
    if start_method:
        multiprocessing.set_start_method(start_method, force=True)
        _noted_methods.add(start_method)
        note("start method: " + start_method)
    _flush_events()
    _arm_timer()
    return True


def finish_main(code):
    """At the main process's very end (after multiprocessing joined its children)."""
    if _is_main and _prefix is not None:
        _write_now(b"exit %d" % (code & 0xFF))
    if _is_main:
        if _trace_dir:
            _remove_trace_dir(_trace_dir)
        _unhook()
