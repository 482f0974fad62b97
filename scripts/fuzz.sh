#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets (the `fuzz` preset: clang, AddressSanitizer + UndefinedBehavior-
# Sanitizer) and runs each for FUZZ_SECONDS (default 60) from its corpus in fuzz/corpus/<target>/.
# CI calls it after the sanitizer runs. A crash, a broken invariant, a hang (FUZZ_TIMEOUT s for one
# input) or memory beyond FUZZ_RSS_MB stops that target, keeps the input in build-fuzz/findings/
# and fails the script; the input belongs in the corpus (with its fix) so that the ctest replay
# (fuzz_corpus_replay) checks it on every build.
#
# Usage: scripts/fuzz.sh [TARGET...]      (default: every target)
# New inputs the fuzzer finds go to build-fuzz/corpus-new/<target>/, not into the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
scripts/setup.sh >/dev/null # the packages: clang and libFuzzer's runtime come from the list
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --parallel "$(nproc)"

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(eventline eventstream runjson)
failed=()
for target in "${targets[@]}"; do
  new=build-fuzz/corpus-new/$target
  findings=build-fuzz/findings/$target
  mkdir -p "$new" "$findings"
  echo "fuzz: $target for ${seconds} s"
  # The first corpus directory receives new inputs: the build tree's, never the repository's.
  case $target in
    eventline | eventstream) dict=(-dict=fuzz/protocol.dict) ;;
    runjson) dict=(-dict=fuzz/runjson.dict) ;;
    *) dict=() ;;
  esac
  if ! build-fuzz/bin/fuzz-"$target" "$new" "fuzz/corpus/$target" "${dict[@]}" \
         -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-10}" \
         -rss_limit_mb="${FUZZ_RSS_MB:-2048}" -max_len="${FUZZ_MAX_LEN:-16384}" \
         -artifact_prefix="$findings/" -print_final_stats=1 \
         >"build-fuzz/fuzz-$target.log" 2>&1; then
    failed+=("$target")
    tail -n 40 "build-fuzz/fuzz-$target.log"
    echo "fuzz: $target FAILED; input kept in $findings/"
  else
    grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+.*DONE" \
      "build-fuzz/fuzz-$target.log" | tr '\n' ' '
    echo
  fi
done
[ ${#failed[@]} -eq 0 ] || { echo "fuzz: failed: ${failed[*]}"; exit 1; }
echo "fuzz: every target ran ${seconds} s without a finding"
