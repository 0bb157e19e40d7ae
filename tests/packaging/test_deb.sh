#!/usr/bin/env bash
# Builds the .deb from the build tree, checks that apt can satisfy its dependencies, unpacks it into a
# fresh root and runs the installed caseloop-cli and caseloop (offscreen) from there.
# Usage: test_deb.sh BUILD_DIR VERSION
set -euo pipefail
build_dir=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build_dir" && cpack -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/pkg/caseloop_"$version"_*.deb)
echo "built $(basename "$deb")"

dpkg-deb -f "$deb" Section | grep -qx misc
dpkg-deb -f "$deb" Depends | grep -q "libqt6sql6-sqlite"
dpkg-deb -f "$deb" Depends | grep -q "fonts-wqy-microhei | fonts-noto-cjk"
dpkg-deb -f "$deb" Depends | grep -q "libqt6widgets6"
echo "control fields: ok"

if ! apt-get install --simulate --no-install-recommends "$deb" >"$work/apt.log" 2>&1; then
    cat "$work/apt.log"
    echo "apt cannot install the package's dependencies" >&2
    exit 1
fi
echo "apt resolves the dependencies: ok"

root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/caseloop usr/bin/caseloop-cli usr/share/applications/io.github.caseloop.CaseLoop.desktop \
         usr/share/metainfo/io.github.caseloop.CaseLoop.metainfo.xml usr/share/doc/caseloop/copyright \
         usr/share/icons/hicolor/48x48/apps/io.github.caseloop.CaseLoop.png \
         usr/share/icons/hicolor/scalable/apps/io.github.caseloop.CaseLoop.svg; do
    test -e "$root/$f" || { echo "missing from the package: $f" >&2; exit 1; }
done
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.caseloop.CaseLoop.metainfo.xml"
desktop-file-validate "$root/usr/share/applications/io.github.caseloop.CaseLoop.desktop"

export HOME="$work/home" XDG_RUNTIME_DIR="$work/run" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cli="$root/usr/bin/caseloop-cli"
"$cli" --version | grep -qx "caseloop-cli $version"
"$cli" --db "$work/office.db" demo --complaints 60 --seed 2 --end 2026-11-23
# Every command but init and demo signs in; the demo's accounts share the password it printed.
export CASELOOP_PASSWORD=demo1234
"$cli" --db "$work/office.db" --user zg01 stats --by type --json | grep -q '"total": 60'
"$cli" --db "$work/office.db" --user admin check
"$root/usr/bin/caseloop" --version | grep -q "$version"
"$root/usr/bin/caseloop" --db "$work/office.db" --user zg01 --screenshot "$work/window.png"
test -s "$work/window.png"
unset CASELOOP_PASSWORD
# With no --db the installed program creates its default database under the user's data folder.
"$root/usr/bin/caseloop" --screenshot "$work/first-run.png"
test -s "$HOME/.local/share/CaseLoop/CaseLoop/caseloop.db"
echo "installed caseloop-cli and caseloop ran: ok"
