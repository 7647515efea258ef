#!/usr/bin/env bash
# Stops the server started by scripts/pg-start.sh.
set -uo pipefail
[ -n "${GOVOPEN_PG_DIR:-}" ] && [ -d "$GOVOPEN_PG_DIR/data" ] || exit 0
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$bin/pg_ctl" -D "$GOVOPEN_PG_DIR/data" -m fast stop >/dev/null; else "$bin/pg_ctl" -D "$GOVOPEN_PG_DIR/data" -m fast stop >/dev/null; fi
rm -rf "$GOVOPEN_PG_DIR"
