#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Proves that check-packages.sh can fail, on the bug it exists for: Qt6Charts' CMake package needs
# Qt6OpenGL, whose Debian package libqt6opengl6-dev qt6-base-dev only recommends. With
# libqt6opengl6-dev removed from a copy of the package list, the check must fail (exit status 1,
# not a setup error) and name Qt6OpenGL and libqt6opengl6-dev, and nothing else.
#
# Usage: check-catches-missing.sh <build>/CMakeCache.txt <debian-packages.txt>
set -euo pipefail

cache=$1
list=$2
check="$(dirname "$0")/check-packages.sh"
die() {
  echo "packaging_check_catches_missing: $*" >&2
  exit 1
}

# The premise: the build uses Qt6OpenGL and the list names libqt6opengl6-dev. If either changes,
# this test has to be rethought, not silently pass.
grep -q '^Qt6OpenGL_DIR:PATH=/' "$cache" ||
  die "premise broken: $cache has no Qt6OpenGL_DIR; pick another package only the list provides"
grep -qE '^[[:space:]]*libqt6opengl6-dev[[:space:]]*(#.*)?$' "$list" ||
  die "premise broken: $list does not name libqt6opengl6-dev"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sed -E '/^[[:space:]]*libqt6opengl6-dev[[:space:]]*(#.*)?$/d' "$list" >"$tmp/debian-packages.txt"

status=0
bash "$check" "$cache" "$tmp/debian-packages.txt" >"$tmp/out" 2>&1 || status=$?
cat "$tmp/out"
echo "--- check-packages.sh exited with $status"

[ $status -eq 1 ] || die "expected the check to fail with status 1 (a missing package), got $status"
grep -q '^FAIL: CMake package Qt6OpenGL$' "$tmp/out" || die "the failure does not name Qt6OpenGL"
grep -q '^  Debian package: libqt6opengl6-dev$' "$tmp/out" ||
  die "the failure does not name libqt6opengl6-dev"
grep -q 'add it to scripts/debian-packages.txt' "$tmp/out" || die "the failure does not say what to do"
others=$(sed -n 's/^  Debian package: //p' "$tmp/out" | grep -v '^libqt6opengl6-dev$' || true)
[ -z "$others" ] || die "the reduced list also fails for: $others (only libqt6opengl6-dev was removed)"
echo "packaging_check_catches_missing: OK, the check fails without libqt6opengl6-dev and names it"
