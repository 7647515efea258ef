#!/usr/bin/env bash
# Runs every test suite of GovOpen (.NET, and the JS client tests once umbraco-package/ has them)
# and ends with one line: "N passed, N failed", summed over all runners.
# Installs what a fresh machine lacks first (see scripts/prereqs.sh).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

"$root/scripts/prereqs.sh" || { echo "prerequisites failed"; echo "0 passed, 1 failed"; exit 1; }

passed=0
failed=0

# A throwaway PostgreSQL server for the request-store tests; stopped on exit.
if pg_env=$("$root/scripts/pg-start.sh"); then
  eval "$pg_env"
  trap '"$root/scripts/pg-stop.sh"' EXIT
else
  echo "could not start PostgreSQL: the PostgreSQL store tests will fail"
fi

# --- .NET ---------------------------------------------------------------
# The client's files generated from Core are committed; the build rewrites them. One that was as committed before
# the build and is changed after it was stale: Core changed without it (tests/GovOpen.ClientGen.Tests says the same
# when GovOpen.Umbraco has not been built).
generated="umbraco-package/src/generated umbraco-package/test/generated"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  generated_before=$(git status --porcelain -- $generated | sort)
fi
dotnet build GovOpen.Umbraco.sln -c Release -nologo -v q 2>&1 | tail -n 3
build_rc=${PIPESTATUS[0]}
if [ -n "${generated_before+set}" ]; then
  stale=$(comm -13 <(printf '%s\n' "$generated_before") <(git status --porcelain -- $generated | sort) | sed '/^$/d')
  if [ -n "$stale" ]; then
    echo "the build regenerated committed client files from Core; commit them:"
    echo "$stale"
    failed=$((failed + 1))
  fi
fi
if [ "$build_rc" -ne 0 ]; then
  echo "dotnet build failed"
  failed=$((failed + 1))
else
  dotnet test GovOpen.Umbraco.sln -c Release --no-build -nologo \
    --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results/dotnet"
  dotnet_rc=$?
  p=0; f=0
  for trx in "$results"/dotnet/*.trx; do
    [ -e "$trx" ] || continue
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    tp=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
    tf=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
    te=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
    p=$((p + ${tp:-0})); f=$((f + ${tf:-0} + ${te:-0}))
  done
  if [ "$dotnet_rc" -ne 0 ] && [ "$f" -eq 0 ]; then
    echo "dotnet test exited with $dotnet_rc without a failing test: counted as one failure"
    f=1
  fi
  echo ".NET: $p passed, $f failed"
  passed=$((passed + p)); failed=$((failed + f))
fi

# --- JS (umbraco-package) -------------------------------------------------
if [ -f "$root/umbraco-package/package.json" ] && grep -q '"test"' "$root/umbraco-package/package.json"; then
  (cd "$root/umbraco-package" && npx tsc --noEmit -p . && npm test -- --reporter=default --reporter=json --outputFile.json="$results/js.json")
  js_rc=$?
  if [ -f "$results/js.json" ]; then
    jp=$(node -e "const r=require('$results/js.json');console.log(r.numPassedTests||0)")
    jf=$(node -e "const r=require('$results/js.json');console.log((r.numFailedTests||0))")
  else
    jp=0; jf=1
  fi
  if [ "$js_rc" -ne 0 ] && [ "$jf" -eq 0 ]; then jf=1; fi
  echo "JS: $jp passed, $jf failed"
  passed=$((passed + jp)); failed=$((failed + jf))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
