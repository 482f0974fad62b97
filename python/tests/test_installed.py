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

# A traced program's first Pool, with every module the path finders were asked for recorded: the
# tracer loads the C task timing from beside itself, by its file name.
POOL_PROBE = textwrap.dedent("""
    import importlib.machinery, multiprocessing, sys
    asked = []
    find_spec = importlib.machinery.PathFinder.find_spec
    def recorded(name, path=None, target=None):
        asked.append(name)
        return find_spec(name, path, target)
    importlib.machinery.PathFinder.find_spec = staticmethod(recorded)
    if __name__ == "__main__":
        with multiprocessing.Pool(1) as pool:
            pool.map(abs, [1])
        module = sys.modules.get("_proclab_tasks")
        print(module.__file__ if module else None, "_proclab_tasks" in asked)
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

    def test_the_task_timing_is_loaded_from_beside_the_tracer_without_a_search(self):
        # The lab's command puts the tracer's directory last on sys.path: found by a search, the
        # module cost ~0.2 ms more (every path entry's finder looked first), in the main process
        # before its pool's workers start.
        import tempfile

        env = {k: v for k, v in os.environ.items()
               if not k.startswith("PROCLAB_") and k != "PYTHONPATH"}
        env.update(PYTHONDONTWRITEBYTECODE="1", PROCLAB_EVENT_FD="1", PROCLAB_PROCESS_ID="0",
                   PROCLAB_CHILD_IDS="1-20")
        with tempfile.TemporaryDirectory() as tmp:
            script = os.path.join(tmp, "pool_probe.py")
            with open(script, "w") as f:
                f.write(POOL_PROBE)
            done = subprocess.run(
                [sys.executable, os.path.join(RUNTIME_DIR, "proclab_trace", "__main__.py"),
                 "--start-method", "fork", script],
                capture_output=True, text=True, env=dict(env, TMPDIR=tmp), timeout=60)
        self.assertEqual(done.returncode, 0, done.stderr)
        path, searched = done.stderr.split()[-2:]
        self.assertEqual(os.path.dirname(path), RUNTIME_DIR.rstrip(os.sep))
        self.assertEqual(searched, "False")


if __name__ == "__main__":
    unittest.main()
