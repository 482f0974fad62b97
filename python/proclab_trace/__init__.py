"""ProcLab's tracer for CPython multiprocessing programs.

Run a program under it with ``python3 -m proclab_trace [--start-method M] SCRIPT [ARGS]``: every
process of the program (the main one, its children, pool workers, under any start method) reports
ProcLab event lines (src/core/eventformat.h) on the descriptor named by ``PROCLAB_EVENT_FD``.

This module stays light: a spawned child imports it before anything else, and a program may call
``output()`` and ``note()`` whether or not it is traced (they do nothing when it is not).
"""

__all__ = ["output", "note", "active"]


def output(items):
    """Reports ``output ITEMS`` (the tutorial's "output size") for this process, if traced."""
    core = _core_if_loaded()
    if core is not None:
        core.output(items)


def note(text):
    """Reports ``note TEXT`` for this process, if traced."""
    core = _core_if_loaded()
    if core is not None:
        core.note(text)


def active():
    """True when this process reports events."""
    core = _core_if_loaded()
    return core is not None and core.traced()


def _core_if_loaded():
    import sys

    return sys.modules.get(__name__ + "._core")


def _boot():
    """First statement of a spawned interpreter (spawn and forkserver start methods): the command
    line that multiprocessing hands to the new interpreter is rewritten to call this first."""
    import sys

    if __name__ + "._core" not in sys.modules:
        _load_compiled_core()
    from . import _core

    _core.install_child()


def _load_compiled_core():
    """_core from the code the main process compiled once (PROCLAB_TRACE_CODE), when Python writes
    no bytecode caches (PYTHONDONTWRITEBYTECODE): else every spawned interpreter would compile
    it again, a few ms each. Any doubt (another Python, the source changed): the normal import."""
    import os
    import sys

    path = os.environ.get("PROCLAB_TRACE_CODE")
    if not path:
        return
    source = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_core.py")
    try:
        import marshal

        with open(path, "rb") as f:
            header = f.readline()
            code = marshal.load(f)
        expected = ("%s %d\n" % (sys.version, os.stat(source).st_mtime_ns)).encode()
    except (OSError, ValueError, EOFError, TypeError):
        return
    if header != expected:
        return
    name = __name__ + "._core"
    module = type(sys)(name)
    module.__file__ = source
    module.__package__ = __name__
    sys.modules[name] = module
    try:
        exec(code, module.__dict__)
    except BaseException:
        del sys.modules[name]
        raise
    globals()["_core"] = module
