#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Makes the seed corpus (fuzz/corpus/<target>/seed-*) from real runs of the built lab:
#   eventstream  what real workers wrote into their pipes: the C++ workers of every scenario (a
#                stand-in program passes the worker's bytes through unchanged and keeps a copy) and
#                the traced Python tutorial programs (proclab_trace writing to its event fd);
#   eventline    one line of each kind found in those streams;
#   runjson      the run files the batch wrote for those runs.
# Run it again when the protocol or the run file changes, and commit what changed. Inputs of
# findings (regression-*) are kept; only seed-* files are replaced.
#
# Usage: fuzz/make-seeds.sh              (BUILD_DIR: the build with bin/proclab, default build)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${BUILD_DIR:-build}/bin")
[ -x "$bin/proclab" ] || { echo "make-seeds: no $bin/proclab (build first)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/streams" "$work/out"

# The stand-in keeps its pid (exec) and the worker's own bytes reach the lab unchanged through tee.
cat >"$work/worker" <<EOF
#!/usr/bin/env bash
exec > >(exec tee "$work/streams/cpp-\$1-\$\$")
exec "$bin/proclab-worker" "\$@"
EOF
chmod +x "$work/worker"

small=(
  "naming --workload 1000"
  "spawning --workers 3 --workload 100"
  "killing --kill-after 50 --duration 1000"
  "daemons --duration 50"
  "barrier --workers 3 --rounds 3 --workload 1000 --primitives posix"
  "barrier --workers 2 --rounds 2 --workload 1000 --primitives futex --break kill-holder"
  "pool --workers 2 --tasks 40 --chunksize 3"
)
for spec in "${small[@]}"; do
  read -r -a args <<<"$spec"
  name=$(echo "$spec" | tr -c 'a-z0-9\n' '-' | tr -s '-')
  # A pool worker reports through the pool's shared arena setup, which the stand-in's extra
  # process (tee) upsets: its run file is kept, its stream is not (Python's pool stream has the
  # same kinds of lines).
  worker="$work/worker"
  [ "${args[0]}" = pool ] && worker="$bin/proclab-worker"
  PROCLAB_WORKER="$worker" QT_QPA_PLATFORM=offscreen \
    "$bin/proclab" --batch "${args[@]}" --out "$work/out/cpp-$name" >/dev/null 2>&1 || true
  # Python's barrier is multiprocessing's own: no family, no break-it.
  python_args=$(echo "${args[*]}" | sed -E 's/ --(primitives|break) [a-z-]+//g')
  read -r -a python_args <<<"$python_args"
  QT_QPA_PLATFORM=offscreen "$bin/proclab" --batch "${python_args[@]}" --runtime python \
    --out "$work/out/python-$(echo "${python_args[*]}" | tr -c 'a-z0-9\n' '-' | tr -s '-')" \
    >/dev/null 2>&1 || true
done
# The traced Python programs, writing their events to stdout as they do into the lab's pipe.
for script in "$bin"/python/tutorial/*.py; do
  [ "$(basename "$script")" = do_something.py ] && continue
  (cd "$bin/python" && PYTHONPATH=. PROCLAB_EVENT_FD=1 PROCLAB_PROCESS_ID=0 \
     PROCLAB_CHILD_IDS=1-16 timeout 60 python3 -m proclab_trace --start-method fork "$script" \
     >"$work/streams/python-$(basename "$script" .py)" 2>/dev/null) || true
done
sleep 1 # the last tee copies are written when their worker's pipe closes

python3 - "$work" fuzz/corpus <<'PYEOF'
import glob, os, re, sys
work, corpus = sys.argv[1], sys.argv[2]
for target in ("eventstream", "eventline", "runjson"):
    os.makedirs(os.path.join(corpus, target), exist_ok=True)
    for old in glob.glob(os.path.join(corpus, target, "seed-*")):
        os.remove(old)
def write(target, name, data):
    with open(os.path.join(corpus, target, "seed-" + name), "wb") as f:
        f.write(data)
kinds, streams = {}, 0
for path in sorted(glob.glob(os.path.join(work, "streams", "*"))):
    data = open(path, "rb").read()
    if not data:
        continue
    base = os.path.basename(path)
    label = re.sub(r"-\d+$", "", base)  # cpp-ROLE-PID: one stream per role is enough
    if label not in kinds:
        kinds[label] = True
        write("eventstream", label, data[:16384])
        streams += 1
    # Line kinds from every stream: a contended lock (an end line with its cause=) is in some.
    for line in data.split(b"\n"):
        fields = line.split(b" ")
        if len(fields) < 4:
            continue
        kind = b" ".join([fields[3]] + [f.split(b"=")[0] for f in fields[4:6] if not f.isdigit()]
                         + [f.split(b"=")[0] for f in fields[6:] if b"=" in f])
        key = re.sub(rb"[^a-z_ =]", b"", kind).decode()
        if key not in kinds:
            kinds[key] = True
            write("eventline", re.sub(r"[ =]+", "-", key).strip("-"), line + b"\n")
runs = 0
for path in sorted(glob.glob(os.path.join(work, "out", "*", "*.json"))):
    if path.endswith((".trace.json", "-sweep.json")) or os.path.getsize(path) > 65536:
        continue
    name = os.path.basename(os.path.dirname(path))
    write("runjson", name + ".json", open(path, "rb").read())
    runs += 1
print("make-seeds: %d streams, %d line kinds, %d run files" % (streams, len(kinds) - streams, runs))
PYEOF
