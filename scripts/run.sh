#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets up, builds and opens the lab. Without a display it runs every scenario headless instead
# and says where the data and charts went.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec build/bin/proclab "$@"
fi
out=${PROCLAB_RESULTS:-results}
echo "run: no display found; running every scenario headless into $out/"
status=0
QT_QPA_PLATFORM=offscreen build/bin/proclab --batch all --out "$out" --format png,svg,pdf "$@" || status=$?
echo "run: data files and charts are in $(cd "$out" && pwd)"
exit $status
