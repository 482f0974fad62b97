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
    from . import _core

    _core.install_child()
