#!/bin/sh
# The office caseloop-bench generates is one `caseloop-cli check` finds nothing wrong with: every figure the bench
# measures is read from data a desk could have written (a withdrawn complaint with its time and reason, an invalid
# one with its reason, the daily counts, KPI sums and repeat chains equal to the complaints).
#   test_bench_office.sh CASELOOP_BENCH CASELOOP_CLI
set -eu
bench=$1
cli=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export XDG_RUNTIME_DIR="$dir"
QT_QPA_PLATFORM=offscreen "$bench" --analysis --complaints 20000 --db "$dir/bench.db" > "$dir/bench.log" 2>&1 || {
    cat "$dir/bench.log"
    exit 1
}
CASELOOP_PASSWORD=demo1234 "$cli" --db "$dir/bench.db" --user admin check
