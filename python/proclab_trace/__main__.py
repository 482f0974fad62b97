"""python3 -m proclab_trace [--start-method fork|spawn|forkserver] SCRIPT [ARGS...]

Or, as the lab runs it, this file's path in place of `-m proclab_trace`: neither runpy nor the
PYTHONPATH that -m needs, which every import of the program would search first (together ~3.7
million instructions of a traced start that `python3 SCRIPT` does not run). A file run by its path
is compiled at every run, so the command line itself is _cli's (compiled once, by the build)."""

import os
import sys

if not __package__:
    # Run by its path: sys.path[0] is this directory; the package is found in its parent (and
    # _cli puts SCRIPT's directory in its place before the program runs).
    sys.path[0] = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

from proclab_trace._cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
