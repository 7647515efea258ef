#!/usr/bin/env bash
# Site benchmark: start-up time of the embedded sample site (including the search index build),
# then wrk on loopback — policy page, list page, search, and a static file from the same Kestrel.
# Usage: bench/site-bench.sh [duration-seconds]   (needs wrk: apt-get install -y wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-15}
port=5099
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
dotnet build src/GovOpen.Site -c Release -nologo -v q >/dev/null
dll=src/GovOpen.Site/bin/Release/net10.0/GovOpen.Site.dll
start=$(date +%s%N)
(cd src/GovOpen.Site && ASPNETCORE_ENVIRONMENT=Production exec dotnet "../../$dll" --urls "http://127.0.0.1:$port" >/tmp/govopen-site-bench.log 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.02; done
ready=$(date +%s%N)
echo "startup (process start → first answer, index built): $(( (ready - start) / 1000000 )) ms"
q=$(python3 -c 'import urllib.parse;print(urllib.parse.quote("停车"))')
for name in "static /css/site.css" "policy /xxgk/zcwj/zcwj-2024-001/" "list /xxgk/zcwj/" "search /search?q=$q"; do
  set -- $name
  curl -sf "http://127.0.0.1:$port$2" >/dev/null
  wrk -t2 -c64 -d5s --latency "http://127.0.0.1:$port$2" >/dev/null   # warm-up
  out=$(wrk -t2 -c64 -d"${duration}s" --latency "http://127.0.0.1:$port$2")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  echo "| $1 | $2 | $rps | $p50 | $p99 |"
done
