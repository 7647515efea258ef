#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the request-store tests and prints its connection string.
# Usage: eval "$(scripts/pg-start.sh)"   → exports GOVOPEN_TEST_PG and GOVOPEN_PG_DIR; stop with scripts/pg-stop.sh
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "echo 'PostgreSQL server binaries not found (apt-get install -y postgresql)' >&2; exit 1"; exit 1; }
port=${GOVOPEN_PG_PORT:-55432}
# Take the next free port if another server (an earlier run) already listens there.
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
dir=$(mktemp -d /tmp/govopen-pg.XXXXXX)
run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$dir"
run "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
run "$bin/pg_ctl" -D "$dir/data" -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" -l "$dir/log" -w start >/dev/null
echo "export GOVOPEN_TEST_PG='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres'"
echo "export GOVOPEN_PG_DIR='$dir'"
