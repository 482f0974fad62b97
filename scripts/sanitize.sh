#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds and runs the test suite under a sanitizer preset (CMakePresets.json): `asan`
# (AddressSanitizer + UndefinedBehaviorSanitizer, the whole suite) or `tsan` (ThreadSanitizer, the
# engine, ipc and app suites: the ones that cross the engine thread; tests/sanitizers/tsan.supp
# says why Debian's uninstrumented Qt needs the preset's options). Used by CI after scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:?usage: scripts/sanitize.sh asan|tsan}
scripts/setup.sh >/dev/null # the packages (and a normal build, which the packaging check reads)
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" --parallel "$(nproc)"
ctest --preset "$preset" --timeout 300
