#!/usr/bin/env bash
# Would `./dev` build this project on a fresh Debian bookworm machine?
# A used machine hides missing packages (a header or a CMake file installed long ago by something else), so this
# asks apt what `./dev`'s package list brings to a machine with nothing installed, then checks that every file under
# /usr that the last build read belongs to one of those packages:
#   - the files of every CMake package directory in CMakeCache.txt (*_DIR),
#   - the include directories and link libraries in build.ninja,
#   - the headers the compiler read (`ninja -t deps`).
# Exit 1 names each missing package and one file of it the build read. Exit 77 (skipped) only when apt has no
# package lists to resolve against (run `apt-get update` once).
# Usage: test_fresh_deps.sh SOURCE_DIR BUILD_DIR
set -uo pipefail
src=$1
build=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -f "$build/CMakeCache.txt" ] && [ -f "$build/build.ninja" ] || { echo "no Ninja build in $build" >&2; exit 1; }
packages=$("$src/dev" packages) || { echo "./dev packages failed" >&2; exit 1; }
[ -n "$packages" ] || { echo "./dev lists no packages" >&2; exit 1; }

# apt against an empty package state: exactly what `apt-get install --no-install-recommends` installs on a bare
# machine, Depends and Pre-Depends followed, Recommends not.
: >"$work/empty-status"
if ! apt-get -s -o Dir::State::status="$work/empty-status" install --no-install-recommends $packages \
        >"$work/apt.log" 2>&1; then
    if grep -q "Unable to locate package\|has no installation candidate" "$work/apt.log" \
            && ! ls /var/lib/apt/lists/*_Packages* >/dev/null 2>&1; then
        echo "SKIP: apt has no package lists (run apt-get update)"
        exit 77
    fi
    cat "$work/apt.log" >&2
    echo "apt cannot resolve ./dev's package list on an empty machine" >&2
    exit 1
fi
awk '/^Inst / {sub(/:.*/, "", $2); print $2}' "$work/apt.log" | sort -u >"$work/installed"
echo "a fresh machine gets $(wc -l <"$work/installed") packages from ./dev's $(echo $packages | wc -w)"

{
    grep -E '^[A-Za-z0-9_]+_DIR:PATH=/usr/.*/cmake/' "$build/CMakeCache.txt" | sed 's/^[^=]*=//' | while read -r dir; do
        [ -d "$dir" ] && find "$dir" -maxdepth 1 -type f
    done
    grep -oE '(-isystem |-I)/usr/[^ ]+' "$build/build.ninja" | sed -E 's/^(-isystem |-I)//'
    grep -oE '/usr/lib/[A-Za-z0-9_-]+/lib[A-Za-z0-9_+.-]+\.(so|a)[0-9.]*' "$build/build.ninja"
    (cd "$build" && ninja -t deps) | grep -oE '^ +/usr/[^ ]+' | sed 's/^ *//'
} | sort -u >"$work/read"
[ -s "$work/read" ] || { echo "the build read nothing under /usr: is it built?" >&2; exit 1; }

# Owner of each file from dpkg's file lists ("pkg[:arch].list" holds one path a line). A path listed by several
# packages (a directory) is satisfied when any of them is installed on the fresh machine.
grep -xF -f "$work/read" /var/lib/dpkg/info/*.list \
    | sed -E 's#^/var/lib/dpkg/info/([^:]+)(:[a-z0-9]+)?\.list:(/.*)$#\3 \1#' >"$work/owners"
missing=$(awk 'NR == FNR { fresh[$1] = 1; next }
               { if ($2 in fresh) ok[$1] = 1; else if (!($1 in first) ) { first[$1] = $2 } }
               END { for (f in first) if (!(f in ok)) print first[f], f }' "$work/installed" "$work/owners" \
          | sort -k1,1 -u)
unowned=$(comm -23 "$work/read" <(cut -d' ' -f1 "$work/owners" | sort -u) | grep -vE '^/usr/local/' || true)

status=0
if [ -n "$missing" ]; then
    echo "On a fresh machine ./dev would not install these packages, yet the build reads their files:" >&2
    echo "$missing" | sed 's/^/  /' >&2
    echo "Add them to PACKAGES in ./dev." >&2
    status=1
fi
if [ -n "$unowned" ]; then
    echo "The build reads files under /usr that no package owns (installed by hand?):" >&2
    echo "$unowned" | head -5 | sed 's/^/  /' >&2
    status=1
fi
[ $status -eq 0 ] && echo "all $(wc -l <"$work/read") files the build read under /usr come from ./dev's packages"
exit $status
