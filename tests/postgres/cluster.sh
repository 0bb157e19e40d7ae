#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the tests: cluster.sh start|stop|crash|resume FOLDER PORT.
# start: initdb into FOLDER/data (as the postgres user when run as root: the server refuses to run as root), then
# the server on a Unix socket in FOLDER only (no TCP port), trusting local connections. stop: stops it and removes
# FOLDER. CTest runs start before and stop after the postgresql tests, stop even when a test failed.
# crash: stops the server at once, as a power cut would (pg_ctl -m immediate), keeping FOLDER; resume starts it
# again on the same data (tests/core/test_desks.cpp stops a server of its own in the middle of a session).
set -euo pipefail
action=$1 dir=$2 port=$3
bin=/usr/lib/postgresql/15/bin
[ -x "$bin/initdb" ] || { echo "PostgreSQL 15 is not installed (apt-get install postgresql-15)" >&2; exit 1; }
as_server() {
    if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}
# auth_delay slows every failed sign-in down, as README advises for an office's server.
run_server() {
    as_server "$bin/pg_ctl -D '$dir/data' -l '$dir/server.log' -w start \
        -o \"-k '$dir' -p $port -c listen_addresses= -c fsync=off -c max_connections=200 \
        -c shared_preload_libraries=auth_delay -c auth_delay.milliseconds=20\"" >/dev/null
}
case "$action" in
    start)
        if [ -f "$dir/data/postmaster.pid" ]; then as_server "$bin/pg_ctl -D '$dir/data' stop -m immediate" || true; fi
        rm -rf "$dir"
        mkdir -p "$dir"
        if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
        as_server "$bin/initdb -D '$dir/data' -E UTF8 --locale=C.UTF-8 -A trust -U postgres" >"$dir/initdb.log"
        # The superuser the tests work as is trusted; every other role must give its SCRAM password, as a desk's
        # account does on an office's server (the tests of signing in with a password, and of accounts, use them).
        printf 'local all postgres trust\nlocal all all scram-sha-256\n' >"$dir/hba"
        as_server "cp '$dir/hba' '$dir/data/pg_hba.conf'"
        run_server
        as_server "$bin/psql -h '$dir' -p $port -U postgres -d postgres -qc 'CREATE ROLE caseloop_password_test'"
        echo "PostgreSQL test server on $dir, port $port"
        ;;
    crash)
        as_server "$bin/pg_ctl -D '$dir/data' stop -m immediate" >/dev/null
        ;;
    resume)
        run_server
        ;;
    stop)
        if [ -f "$dir/data/postmaster.pid" ]; then as_server "$bin/pg_ctl -D '$dir/data' stop -m fast" >/dev/null; fi
        rm -rf "$dir"
        ;;
esac
