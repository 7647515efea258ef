#!/usr/bin/env bash
# Search benchmark (docs/benchmarks.md): installs what it needs (python3-jieba's word list for the word corpus),
# builds the harness in Release and runs it. Arguments go to `GovOpen.Bench search`, e.g.
#   bench/search-bench.sh --docs 1000000 --queries 1000 --no-fts
#   bench/search-bench.sh --docs 20000,100000 --corpus fragments
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f /usr/lib/python3/dist-packages/jieba/dict.txt ]; then
  apt-get update -qq >/dev/null && apt-get install -y -qq python3-jieba >/dev/null
fi
dotnet build bench/GovOpen.Bench -c Release -nologo -v q >/dev/null
exec dotnet bench/GovOpen.Bench/bin/Release/net10.0/GovOpen.Bench.dll search "$@"
