#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks that every CMake package the configured build found is installed by scripts/setup.sh.
#
# Why: setup.sh installs scripts/debian-packages.txt with `apt-get install --no-install-recommends`,
# so a CMake package that comes from a Debian package which is only *recommended* (or installed on
# this machine by hand, or pulled in by something else) works here and breaks the configure on a
# fresh machine. That happened with Qt6Charts, whose CMake package needs Qt6OpenGL
# (libqt6opengl6-dev), which qt6-base-dev only recommends. This check finds such a package here,
# before a fresh machine does.
#
# Usage: check-packages.sh <build>/CMakeCache.txt <debian-packages.txt>
#
# For every cache entry `<Name>_DIR:<TYPE>=<dir>` whose value is an existing directory holding a
# package config file (<Name>Config.cmake or <name>-config.cmake), the Debian package owning that
# file (dpkg -S) must be in the list or in its hard-dependency closure (Depends and Pre-Depends,
# recursively, from `apt-cache depends`). Of an `A | B` alternative only the first alternative that
# exists is counted: that is what apt installs on a machine that has none of them yet, so counting
# B would let a package through that a fresh machine does not get. A virtual package counts all of
# its providers. Files in the source or build tree and files no Debian package owns are skipped
# with a note.
set -euo pipefail

fail_setup() {
  echo "packaging check: $*" >&2
  exit 2
}

[ $# -eq 2 ] || fail_setup "usage: $0 <CMakeCache.txt> <debian-packages.txt>"
cache=$1
list=$2
[ -f "$cache" ] || fail_setup "no CMake cache at $cache (configure the build first)"
[ -f "$list" ] || fail_setup "no package list at $list"
for tool in dpkg apt-cache realpath; do
  command -v "$tool" >/dev/null || fail_setup "'$tool' not found: this check needs Debian's dpkg and apt"
done
# apt-cache translates "Depends:"; parse the untranslated output.
export LC_ALL=C

# ---- The package list and its hard-dependency closure ----------------------------------------
mapfile -t packages < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$list")
[ ${#packages[@]} -gt 0 ] || fail_setup "$list names no packages"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
       --no-replaces --no-enhances "${packages[@]}" >"$tmp/depends" 2>"$tmp/depends.err"; then
  sed 's/^/  /' "$tmp/depends.err" >&2
  fail_setup "apt-cache cannot resolve the packages of $list, so their dependency closure is" \
             "unknown (does this machine have apt package lists or the packages installed?)"
fi

# Parse the recursive output into a graph and walk it from the listed packages. Output format:
#   name | <virtual>               a package reached (a header, at column 0)
#     Depends: t | PreDepends: t    a dependency; " |Depends:" means "or the next one"
#       provider                    a package providing the dependency's target
# Prints "unresolved NAME" for a listed package apt-cache does not know as a real package (apt-cache
# silently drops unknown names when others resolve), "unparsed LINE" for a line it does not
# understand, and "reach NAME" for every package of the closure.
awk -v roots="${packages[*]}" '
  function clean(s) { gsub(/[<>]/, "", s); sub(/:[a-z0-9]+$/, "", s); return s }
  /^[^ ]/ {
    cur = clean($1); header[cur] = 1
    # <python3:any> is the multiarch view of a real package, not a virtual one: a header that
    # only names an architecture qualifier does not make the package virtual.
    if ($1 ~ /^</ && $1 !~ /:[a-z0-9]+>$/) virtual[cur] = 1
    open_group = 0; next
  }
  /^ [ |](Pre)?Depends: / {
    t = $2
    if (!open_group) { ngroups[cur]++; nalts = 0 }
    g = cur SUBSEP ngroups[cur]
    alt[g, ++nalts] = clean(t); altvirtual[g, nalts] = (t ~ /^</); count[g] = nalts
    open_group = ($1 == "|Depends:" || $1 == "|PreDepends:")
    next
  }
  /^    [^ ]/ { p = clean($1); np = ++nprov[g, nalts]; prov[g, nalts, np] = p; next }
  /^ *$/ { next }
  { print "unparsed " $0 }

  function visit(p) { if (!(p in seen)) { seen[p] = 1; queue[++qn] = p } }
  END {
    n = split(roots, r, " ")
    for (i = 1; i <= n; i++) {
      if (!(r[i] in header) || (r[i] in virtual)) print "unresolved " r[i]
      else visit(r[i])
    }
    for (qi = 1; qi <= qn; qi++) {
      p = queue[qi]
      for (k = 1; k <= ngroups[p]; k++) {
        g = p SUBSEP k
        for (a = 1; a <= count[g]; a++) {
          if (!altvirtual[g, a]) { visit(alt[g, a]); break }
          if (nprov[g, a] > 0) { for (j = 1; j <= nprov[g, a]; j++) visit(prov[g, a, j]); break }
        }
      }
    }
    for (p in seen) print "reach " p
  }
' "$tmp/depends" >"$tmp/closure"

if grep -q '^unparsed ' "$tmp/closure"; then
  sed -n 's/^unparsed /  /p' "$tmp/closure" >&2
  fail_setup "unexpected 'apt-cache depends' output (above); the closure cannot be trusted"
fi
if grep -q '^unresolved ' "$tmp/closure"; then
  fail_setup "apt-cache does not know these packages of $list as real packages:" \
             "$(sed -n 's/^unresolved //p' "$tmp/closure" | tr '\n' ' ')-" \
             "misspelt, virtual (name the package that provides it), or this machine has no" \
             "apt package lists (run apt-get update)"
fi
declare -A closure=()
while read -r _ p; do closure[$p]=1; done < <(grep '^reach ' "$tmp/closure")

# ---- The CMake packages of the build --------------------------------------------------------
cache_value() { sed -n "s/^$1:[A-Z]*=//p" "$cache" | head -n1; }
build_dir=$(realpath "$(dirname "$cache")")
source_dir=$(cache_value CMAKE_HOME_DIRECTORY)
[ -n "$source_dir" ] && source_dir=$(realpath -m "$source_dir")

in_tree() {  # in_tree PATH DIR: PATH is DIR or below it
  [ -n "$2" ] && { [ "$1" = "$2" ] || [[ $1 == "$2"/* ]]; }
}

declare -A config_of=()   # config file -> CMake package name (first cache entry naming it)
skipped=()
while IFS= read -r entry; do
  key=${entry%%:*}
  key=${key//\"/}
  dir=${entry#*=}
  name=${key%_DIR}
  [[ $dir == *NOTFOUND || -z $dir || ! -d $dir ]] && continue
  dir_real=$(realpath "$dir")
  configs=()
  lower=${name,,}
  for f in "$dir/${name}Config.cmake" "$dir/${lower}-config.cmake"; do
    [ -f "$f" ] && { configs+=("$f"); break; }
  done
  if [ ${#configs[@]} -eq 0 ]; then
    # A variable not named after its package (e.g. _Qt6_LINGUIST_TOOLS_DIR): check every package
    # config in the directory. No config at all (e.g. OPENGL_INCLUDE_DIR=/usr/include): not a
    # package directory.
    shopt -s nullglob
    configs=("$dir"/*Config.cmake "$dir"/*-config.cmake)
    shopt -u nullglob
  fi
  [ ${#configs[@]} -gt 0 ] || continue
  if in_tree "$dir_real" "$build_dir" || in_tree "$dir_real" "$source_dir"; then
    skipped+=("$key=$dir (in the source or build tree)")
    continue
  fi
  for f in "${configs[@]}"; do
    f=$(realpath "$f")   # one key per file, however the cache spells its directory
    pkg=$name
    [[ $(basename "$f") == "${name}Config.cmake" || $(basename "$f") == "${lower}-config.cmake" ]] ||
      pkg=$(basename "$f" | sed -e 's/Config\.cmake$//' -e 's/-config\.cmake$//')
    [ -n "${config_of[$f]:-}" ] || config_of[$f]=$pkg
  done
done < <(grep -E '^"?[A-Za-z0-9_.+-]+_DIR"?:[A-Z]+=' "$cache")

# Paths under which dpkg may have recorded a file: the path, its realpath, and both with and
# without /usr, since / and /usr are merged (/lib -> usr/lib) and dpkg records whichever path the
# package ships (libc6 has /lib/x86_64-linux-gnu/libc.so.6; /usr/lib/... is "not found").
aliases() {
  local p
  for p in "$1" "$(realpath "$1")"; do
    echo "$p"
    case $p in
      /usr/lib/* | /usr/lib32/* | /usr/lib64/* | /usr/libx32/* | /usr/bin/* | /usr/sbin/*)
        echo "${p#/usr}" ;;
      /lib/* | /lib32/* | /lib64/* | /libx32/* | /bin/* | /sbin/*)
        echo "/usr$p" ;;
    esac
  done | awk '!seen[$0]++'
}

declare -A alias_of=()
queries=()
for f in "${!config_of[@]}"; do
  while IFS= read -r a; do alias_of[$a]=$f; queries+=("$a"); done < <(aliases "$f")
done
declare -A owners=()   # config file -> "pkg1 pkg2"
if [ ${#queries[@]} -gt 0 ]; then
  # dpkg -S exits 1 when some of the queried aliases are unknown, which is expected.
  dpkg -S "${queries[@]}" 2>/dev/null >"$tmp/owners" || true
  while IFS= read -r line; do
    [[ $line == diversion* ]] && continue
    path=${line##*: }
    f=${alias_of[$path]:-}
    [ -n "$f" ] || continue   # a substring match of another file, not the one queried
    for p in $(echo "${line%: *}" | tr ',' ' '); do
      owners[$f]="${owners[$f]:-} ${p%%:*}"
    done
  done <"$tmp/owners"
fi

checked=0
failures=0
mapfile -t sorted < <(printf '%s\n' "${!config_of[@]}" | sed '/^$/d' | sort)
for f in "${sorted[@]}"; do
  pkg=${config_of[$f]}
  if [ -z "${owners[$f]:-}" ]; then
    skipped+=("$pkg: $f (no Debian package owns it)")
    continue
  fi
  checked=$((checked + 1))
  ok=0
  for o in ${owners[$f]}; do [ -n "${closure[$o]:-}" ] && ok=1; done
  [ $ok -eq 1 ] && continue
  failures=$((failures + 1))
  # shellcheck disable=SC2086 # split the owner list on purpose
  debs=$(printf '%s\n' ${owners[$f]} | sort -u | paste -sd, | sed 's/,/, /g')
  cat <<EOF
FAIL: CMake package $pkg
  config file:    $f
  Debian package: $debs
  $debs is neither in $list nor a hard dependency (Depends/Pre-Depends) of
  a package in it, so 'apt-get install --no-install-recommends' on a fresh machine does not
  install it: add it to scripts/debian-packages.txt
EOF
done

for s in "${skipped[@]}"; do echo "note: skipped $s"; done
if [ $failures -gt 0 ]; then
  echo "packaging check: $failures of $checked CMake packages come from Debian packages that scripts/setup.sh does not install"
  exit 1
fi
[ $checked -gt 0 ] || fail_setup "no CMake package with a Debian owner found in $cache; is it a configured build?"
echo "packaging check: OK, $checked CMake packages checked, all from $(basename "$list") or its hard dependencies (${#closure[@]} Debian packages)"
