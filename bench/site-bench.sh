#!/usr/bin/env bash
# Site benchmark: for the embedded sample and generated packages of 20,000 and 100,000 policy documents, the start-up
# time (process start → first answer; the search index is built in the background after that), the time until
# search answers, the same two on a restart with the index and the site store kept (then the policy and list pages again,
# served from the store), resident memory (also after a crawl of every page in the site map), and wrk on loopback — policy page, list page, a filtered list, search, and a
# static file from the same Kestrel.
# Usage: bench/site-bench.sh [duration-seconds] [sizes, e.g. "0 20000 100000"]   (needs wrk: apt-get install -y wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-15}
sizes=${2:-"0 20000 100000"}
port=5099
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
# The site as it is deployed (docs/site.md, "Publishing"): published for the platform, precompiled (ReadyToRun).
app=$(mktemp -d /tmp/govopen-site-bench-app-XXXX)
dotnet publish src/GovOpen.Site -c Release -r linux-x64 --self-contained false -o "$app" -nologo -v q >/dev/null
dotnet build bench/GovOpen.Bench -c Release -nologo -v q >/dev/null
q=$(python3 -c 'import urllib.parse;print(urllib.parse.quote("停车"))')
echo "# site benchmark $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, wrk -t2 -c64 -d${duration}s after a 5 s warm-up"
for n in $sizes; do
  pkg=""
  if [ "$n" != "0" ]; then
    pkg=$(mktemp -d /tmp/govopen-site-bench-XXXX)
    dotnet bench/GovOpen.Bench/bin/Release/net10.0/GovOpen.Bench.dll site-package "$n" "$pkg" src/GovOpen.Site/SampleContent >/dev/null
  fi
  index=$(mktemp -d /tmp/govopen-site-bench-index-XXXX)   # the kept search indexes (GovOpen:Site:IndexDirectory)
  start_site() {   # starts the site, waits until it answers; sets pid and prints the two times
    local start ready searchable
    start=$(date +%s%N)
    (cd "$app" && ASPNETCORE_ENVIRONMENT=Production GovOpen__Site__PublicBaseUrl=https://bench.example \
       GovOpen__Site__PackagePath="${pkg:-}" GovOpen__Site__IndexDirectory="$index" GovOpen__Site__SearchesPerMinute=0 exec dotnet GovOpen.Site.dll --urls "http://127.0.0.1:$port" >/tmp/govopen-site-bench.log 2>&1) &
    pid=$!
    until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do
      kill -0 $pid 2>/dev/null || { echo "the site stopped at start:"; tail -5 /tmp/govopen-site-bench.log; exit 1; }
      sleep 0.02
    done
    ready=$(date +%s%N)
    until curl -sf "http://127.0.0.1:$port/search?q=$q" >/dev/null; do sleep 0.2; done   # 503 while the index is late
    searchable=$(date +%s%N)
    echo "start-up to first answer: $(( (ready - start) / 1000000 )) ms; until search answers: $(( (searchable - start) / 1000000 )) ms"
  }
  echo
  echo "## $( [ "$n" = 0 ] && echo "the embedded sample" || echo "sample + $n generated policies")"
  echo -n "first start (index built): "
  start_site
  table() {   # wrk over the given pages; prints a table
    echo "| page | path | req/s | p50 | p99 |"
    echo "|---|---|---|---|---|"
    for name in "$@"; do
      set -- $name
      curl -sf "http://127.0.0.1:$port$2" >/dev/null
      wrk -t2 -c64 -d5s --latency "http://127.0.0.1:$port$2" >/dev/null   # warm-up
      out=$(wrk -t2 -c64 -d"${duration}s" --latency "http://127.0.0.1:$port$2")
      rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
      p50=$(awk '$1=="50%" {print $2}' <<<"$out")
      p99=$(awk '$1=="99%" {print $2}' <<<"$out")
      echo "| $1 | $2 | $rps | $p50 | $p99 |"
    done
  }
  table "static /css/site.css" "policy /xxgk/zcwj/zcwj-2024-001/" "list /xxgk/zcwj/" "list-filtered /xxgk/zcwj/?year=2021" "search /search?q=$q"
  echo "resident memory after the runs: $(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' /proc/$pid/status)"
  kill $pid; wait $pid 2>/dev/null || true
  # The first run wrote the site store (package mode) once its index was open: a restart serves from it.
  echo -n "restart on the same content (index and site store kept): "
  start_site
  grep -o "from the site store [^ ]*" /tmp/govopen-site-bench.log | head -1 || echo "(not from the site store)"
  table "policy /xxgk/zcwj/zcwj-2024-001/" "list /xxgk/zcwj/"
  echo "resident memory after the runs: $(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' /proc/$pid/status)"
  echo "crawl of every page in the site map: $(python3 bench/crawl.py $port)"
  echo "resident memory after the crawl: $(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' /proc/$pid/status)"
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$index"
  [ -n "$pkg" ] && rm -rf "$pkg"
done
rm -rf "$app"
