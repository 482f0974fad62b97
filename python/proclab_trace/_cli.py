"""The command line of python3 -m proclab_trace [--start-method fork|spawn|forkserver] SCRIPT
[ARGS...] (__main__.py): runs SCRIPT as __main__ with every multiprocessing process traced (see
README.md)."""

import atexit
import io
import os
import sys

USAGE = "usage: python3 -m proclab_trace [--start-method fork|spawn|forkserver] SCRIPT [ARGS...]\n"
METHODS = ("fork", "spawn", "forkserver")

_exit_code = [0]


def _finish():
    core = sys.modules.get("proclab_trace._core")
    if core is not None:
        core.finish_main(_exit_code[0])


def _register_last_word():
    # The exit line must follow multiprocessing's own atexit work (terminate the daemons, join the
    # rest: the reaped lines), and atexit runs handlers last-registered first: ours goes in
    # before multiprocessing.util registers its handler, or is moved ahead of it.
    util = sys.modules.get("multiprocessing.util")
    if util is not None:
        atexit.unregister(util._exit_function)
    atexit.register(_finish)
    if util is not None:
        atexit.register(util._exit_function)


def _code_of(exit_request):
    code = exit_request.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    return 1


def _run_as_main(script):
    """Runs SCRIPT as `python3 SCRIPT` does: compiled from its source, in a fresh module that is
    sys.modules["__main__"] (what spawn's children re-import as __mp_main__). Not runpy.run_path,
    which imports pkgutil and with it typing: ~5 ms of start-up that the untraced program does not
    pay."""
    path = os.path.abspath(script)
    with io.open_code(path) as f:
        code = compile(f.read(), path, "exec")
    module = type(sys)("__main__")
    module.__file__ = path
    module.__cached__ = None
    module.__loader__ = None
    module.__package__ = None
    module.__spec__ = None
    sys.modules["__main__"] = module
    exec(code, module.__dict__)


def main(argv):
    start_method = None
    args = list(argv)
    while args and args[0].startswith("-") and args[0] != "-":
        option = args.pop(0)
        if option in ("-h", "--help"):
            sys.stdout.write(USAGE)
            return 0
        if option == "--":
            break
        if option.startswith("--start-method="):
            start_method = option.split("=", 1)[1]
        elif option == "--start-method" and args:
            start_method = args.pop(0)
        else:
            sys.stderr.write("proclab_trace: unknown option %s\n%s" % (option, USAGE))
            return 2
        if start_method not in METHODS:
            sys.stderr.write("proclab_trace: --start-method must be one of %s\n" % ", ".join(METHODS))
            return 2
    if not args:
        sys.stderr.write(USAGE)
        return 2
    script = args[0]
    if not os.path.isfile(script):
        sys.stderr.write("proclab_trace: no such script: %s\n" % script)
        return 2

    _register_last_word()
    from . import _import_core

    _core = _import_core()

    traced = _core.install_main(start_method)
    if not traced and start_method:
        import multiprocessing

        multiprocessing.set_start_method(start_method, force=True)
    # As `python3 SCRIPT` would have it: argv, and the script's directory first on sys.path (spawned
    # children get this sys.path too). The tracer's own directory (on PYTHONPATH for -m) goes
    # last: every import the program makes would look in it first, before the standard library's
    # (~2 million instructions of a traced start that `python3 SCRIPT` does not run). It stays on
    # the path for _proclab_tasks, and for the interpreters spawned children start.
    sys.argv = [script] + args[1:]
    sys.path[0] = os.path.dirname(os.path.abspath(script))
    while _core._HERE in sys.path:
        sys.path.remove(_core._HERE)
    sys.path.append(_core._HERE)
    try:
        _run_as_main(script)
    except SystemExit as e:
        _exit_code[0] = _code_of(e)
        raise
    except Exception as e:
        # What Python does with an uncaught exception (traceback to stderr, exit status 1),
        # without the tracer's frames; the traceback goes to the events as notes too.
        _exit_code[0] = 1
        if traced:
            _core._traceback_notes(e)
        import traceback

        traceback.print_exception(type(e), e, _core.program_traceback(e))
        return 1
    except BaseException:  # KeyboardInterrupt: Python's own handling (it ends by SIGINT)
        _exit_code[0] = 1
        raise
    return 0
