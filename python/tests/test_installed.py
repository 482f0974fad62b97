"""The Python runtime as the lab finds it beside its executables (or installed): the copy the
build made, run with the lab's environment. Skipped without PROCLAB_RUNTIME_DIR (ctest's
python_runtime_copy sets it to the build's bin/python).

    PROCLAB_RUNTIME_DIR=build/bin/python python3 -m unittest discover -s python/tests -p test_installed.py
"""

import os
import subprocess
import sys
import textwrap
import unittest

RUNTIME_DIR = os.environ.get("PROCLAB_RUNTIME_DIR", "")

# Imports the tracer and a tutorial program's helpers the way a traced main process does, and
# prints every module whose bytecode had to be compiled from source on the way.
PROBE = textwrap.dedent("""
    import importlib.machinery, sys
    compiled = []
    own = importlib.machinery.SourceFileLoader.source_to_code
    def source_to_code(self, data, path, *args, **kwargs):
        compiled.append(path)
        return own(self, data, path, *args, **kwargs)
    importlib.machinery.SourceFileLoader.source_to_code = source_to_code
    import proclab_trace, proclab_trace._cli
    proclab_trace._import_core()
    sys.path.insert(0, sys.argv[1])
    import do_something
    print("\\n".join(compiled))
""")


@unittest.skipUnless(RUNTIME_DIR, "PROCLAB_RUNTIME_DIR names no runtime copy")
class RuntimeCopy(unittest.TestCase):
    def test_nothing_is_compiled_when_the_lab_runs_a_program(self):
        # The lab runs with PYTHONDONTWRITEBYTECODE=1, so a copy without valid bytecode would be
        # compiled again by every traced program (~13 ms of _core.py alone).
        env = dict(os.environ, PYTHONPATH=RUNTIME_DIR, PYTHONDONTWRITEBYTECODE="1")
        env.pop("PYTHONPYCACHEPREFIX", None)
        done = subprocess.run(
            [sys.executable, "-c", PROBE, os.path.join(RUNTIME_DIR, "tutorial")],
            capture_output=True, text=True, env=env, timeout=60, cwd=RUNTIME_DIR)
        self.assertEqual(done.returncode, 0, done.stderr)
        compiled = [p for p in done.stdout.splitlines() if p]
        self.assertTrue(all(p.startswith(RUNTIME_DIR) for p in compiled),
                        "not the copy's modules: %s" % compiled)
        self.assertEqual(compiled, [], "compiled from source at every run: %s" % compiled)


if __name__ == "__main__":
    unittest.main()
