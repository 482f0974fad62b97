#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Soak: N rounds of batch runs of every scenario (each primitive family of Barrier & Lock, each
# runtime in SOAK_RUNTIMES), one proclab process per run, as a user would start them. Reports every
# exit other than 0, every error a run's JSON holds, and any growth of what a run must not leave:
# processes, System V objects, POSIX semaphores (/dev/shm), key files.
#
# Usage: scripts/soak.sh N            (BUILD_DIR: the build with bin/proclab, default build)
#   SOAK_RUNTIMES="cpp python"        runtimes to soak (default: cpp python)
#   SOAK_KEEP=1                       keep the run files of the last round
#
# What is counted is what these runs can have made, so that other programs on the machine (other
# builds, other tests) cannot hide or fake a leak:
#   processes    every process whose environment holds this soak's tag (the lab's children inherit
#                it, double-forked daemons included);
#   System V     the objects of a private IPC namespace the soak runs in (`unshare --ipc`, when
#                allowed; otherwise every object of this user, and a note says so);
#   /dev/shm     entries naming one of this soak's lab pids (run keys start with the lab's pid);
#   key files    files in the soak's own TMPDIR (ProcLab's and Qt's key files are made there; Qt's
#                runtime directory goes elsewhere).
# Exit: 0 when every run ended with 0 and no error and nothing grew; 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${1:?usage: scripts/soak.sh N}
[[ $rounds =~ ^[0-9]+$ ]] && [ "$rounds" -gt 0 ] || { echo "soak: N must be a positive number" >&2; exit 2; }
bin=${BUILD_DIR:-build}/bin/proclab
[ -x "$bin" ] || { echo "soak: no $bin (build first: scripts/setup.sh)" >&2; exit 2; }
bin=$(realpath "$bin")
read -r -a runtimes <<<"${SOAK_RUNTIMES:-cpp python}"

# In a private IPC namespace the System V counts are exactly this soak's.
if [ -z "${PROCLAB_SOAK_INNER:-}" ] && unshare --ipc true 2>/dev/null; then
  PROCLAB_SOAK_INNER=ipcns exec unshare --ipc "$0" "$@"
fi
ipc_scope="this soak's own IPC namespace"
[ "${PROCLAB_SOAK_INNER:-}" = ipcns ] || ipc_scope="every object of $(id -un) (no private IPC namespace: other programs' objects count too)"

work=$(mktemp -d "${TMPDIR:-/tmp}/proclab-soak.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/tmp" "$work/out" "$work/xdg"
chmod 700 "$work/xdg"
tag="proclab-soak-$$-$RANDOM"
labpids="$work/labpids"
: >"$labpids"

# Small runs of each scenario: a few processes, little work. Barrier & Lock in every primitive
# family for the C++ runtime; Python's multiprocessing brings its own.
common_runs=(
  "naming --workload 1000"
  "spawning --workers 2 --workload 100"
  "killing --kill-after 50 --duration 1000"
  "daemons --duration 50"
  "pool --workers 2 --tasks 20"
)
cpp_runs=(
  "${common_runs[@]}"
  "barrier --workers 2 --rounds 2 --workload 1000 --primitives qt"
  "barrier --workers 2 --rounds 2 --workload 1000 --primitives posix"
  "barrier --workers 2 --rounds 2 --workload 1000 --primitives futex"
)
python_runs=(
  "${common_runs[@]}"
  "barrier --workers 2 --rounds 2 --workload 1000"
)

count_processes() {
  local n=0 f
  for f in /proc/[0-9]*/environ; do
    grep -qzx "PROCLAB_SOAK_TAG=$tag" "$f" 2>/dev/null && n=$((n + 1))
  done
  echo "$n"
}
count_sysv() {
  ipcs -m | awk 'NR>3 && NF' | wc -l
  ipcs -s | awk 'NR>3 && NF' | wc -l
}
count_shm() {
  local n=0 pid
  while read -r pid; do
    n=$((n + $(find /dev/shm -maxdepth 1 -name "*proclab-$pid-*" 2>/dev/null | wc -l)))
  done <"$labpids"
  echo "$n"
}
count_keyfiles() {
  find "$work/tmp" -mindepth 1 -maxdepth 1 | wc -l
}
snapshot() {
  echo "processes=$(count_processes) sysv_shm=$(count_sysv | sed -n 1p)" \
       "sysv_sem=$(count_sysv | sed -n 2p) dev_shm=$(count_shm) key_files=$(count_keyfiles)"
}

failures=0
total=0
start=$(date +%s)
baseline=$(snapshot)
echo "soak: $rounds rounds of ${#cpp_runs[@]} C++ and ${#python_runs[@]} Python runs (runtimes: ${runtimes[*]}); System V: $ipc_scope"
echo "soak: before: $baseline"
for ((round = 1; round <= rounds; round++)); do
  for runtime in "${runtimes[@]}"; do
    if [ "$runtime" = python ]; then runs=("${python_runs[@]}"); else runs=("${cpp_runs[@]}"); fi
    for spec in "${runs[@]}"; do
      read -r -a args <<<"$spec"
      scenario=${args[0]}
      out="$work/out/$scenario-$runtime"
      rm -rf "$out"
      total=$((total + 1))
      set +e
      env PROCLAB_SOAK_TAG="$tag" TMPDIR="$work/tmp" XDG_RUNTIME_DIR="$work/xdg" \
        QT_QPA_PLATFORM=offscreen \
        "$bin" --batch "$scenario" "${args[@]:1}" --runtime "$runtime" --out "$out" \
        >"$work/stdout" 2>"$work/stderr" &
      pid=$!
      echo "$pid" >>"$labpids"
      wait "$pid"
      code=$?
      set -e
      what="round $round: $scenario ${args[*]:1} --runtime $runtime"
      if [ "$code" -ne 0 ]; then
        failures=$((failures + 1))
        echo "soak: FAIL $what: exit $code: $(tail -n 3 "$work/stderr" | tr '\n' ' ')"
        continue
      fi
      json="$out/$scenario.json"
      [ "$runtime" = python ] && json="$out/$scenario-python.json"
      if ! errors=$(python3 - "$json" <<'EOF'
import json, sys
try:
    run = json.load(open(sys.argv[1]))
except (OSError, ValueError) as e:
    print("unreadable run file: %s" % e)
    sys.exit(1)
if run.get("errors"):
    print("; ".join(run["errors"]))
    sys.exit(1)
EOF
      ); then
        failures=$((failures + 1))
        echo "soak: FAIL $what: $errors"
      fi
    done
  done
  now=$(snapshot)
  if [ "$now" != "$baseline" ]; then
    echo "soak: round $round: left behind: $now (before: $baseline)"
  fi
  if [ $((round % 10)) -eq 0 ]; then
    echo "soak: round $round done, $total runs, $failures failed, $(($(date +%s) - start)) s"
  fi
done
final=$(snapshot)
grew=0
[ "$final" = "$baseline" ] || grew=1
echo "soak: after: $final"
growth=none
[ "$grew" -eq 0 ] || growth=YES
echo "soak: $total runs in $(($(date +%s) - start)) s: $failures failed; growth: $growth"
if [ -n "${SOAK_KEEP:-}" ]; then
  cp -r "$work/out" soak-out
  echo "soak: the last round's files are in soak-out/"
fi
[ "$failures" -eq 0 ] && [ "$grew" -eq 0 ]
