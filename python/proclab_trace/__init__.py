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
    """Installs the tracer in a spawned interpreter (spawn and forkserver start methods): the
    command line that multiprocessing hands to the new interpreter is rewritten to call this
    first (_core._BOOT, which loads the package and _core from the main process's compiled code
    when it can)."""
    from . import _core

    _core.install_child()


def _import_core():
    """_core for the main process (python3 -m proclab_trace). Without bytecode caches
    (PYTHONDONTWRITEBYTECODE) the import compiles it, and its code is kept (_core_code) for the
    spawned interpreters: the main process compiles it once, not again for its children."""
    import sys

    name = __name__ + "._core"
    if name in sys.modules or not sys.dont_write_bytecode:
        from . import _core

        return _core
    import os
    from importlib.machinery import ModuleSpec, SourceFileLoader

    source = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_core.py")
    loader = SourceFileLoader(name, source)
    code = loader.get_code(name)  # a valid .pyc if there is one, else compiled here
    module = type(sys)(name)
    module.__file__ = source
    module.__package__ = __name__
    module.__loader__ = loader
    module.__spec__ = ModuleSpec(name, loader, origin=source)
    module.__spec__.has_location = True
    sys.modules[name] = module
    try:
        exec(code, module.__dict__)
    except BaseException:
        del sys.modules[name]
        raise
    globals()["_core"] = module
    globals()["_core_code"] = code
    return module
