#!/usr/bin/env bash
# Installs what the tests and the site need on a fresh machine of this project's kind
# (the .NET 10 SDK is part of the machine). Safe to run repeatedly.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required (dotnet not found on PATH)." >&2
  exit 1
fi
# Browser tests (site, back-office client) use Debian's Chromium and a CJK font; never a downloaded browser.
if [ -d umbraco-package ] || [ -d tests/GovOpen.Site.Tests/E2E ]; then
  if ! [ -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "wqy"; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
      (apt-get update -qq || true) >/dev/null
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null
    else
      echo "Chromium and fonts-wqy-zenhei are needed: apt-get install -y chromium fonts-wqy-zenhei" >&2
      exit 1
    fi
  fi
fi
# The reverse-proxy tests put the site behind Debian's nginx (started by the test itself).
if ! [ -x /usr/sbin/nginx ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    (apt-get update -qq || true) >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
  else
    echo "nginx is needed for the reverse-proxy tests: apt-get install -y nginx-light" >&2
    exit 1
  fi
fi
# The request-store tests run against a real PostgreSQL server (started by scripts/pg-start.sh).
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    (apt-get update -qq || true) >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    echo "PostgreSQL is needed for the tests: apt-get install -y postgresql" >&2
    exit 1
  fi
fi
if [ -f umbraco-package/package.json ] && [ ! -d umbraco-package/node_modules ]; then
  (cd umbraco-package && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund)
fi
