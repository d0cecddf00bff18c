#!/usr/bin/env bash
# Runs every test suite, keeps going past a failing one so a single run shows all breakage,
# then prints one line per suite and a total. Exits non-zero if any suite failed or ran no tests.
# The total counts suites; each suite's line gives its number of tests.
set -uo pipefail
cd "$(dirname "$0")/.." || exit

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

# A suite kind is <kind>_run ARG (runs it), <kind>_count LOG (prints how many tests ran)
# and optionally <kind>_skip ARG (true when there is nothing to run yet).
ctest_run() {
  cmake --preset "$1" >/dev/null && cmake --build --preset "$1" && ctest --preset "$1"
}
ctest_count() { sed -n 's/.* tests failed out of \([0-9][0-9]*\)$/\1/p' "$1" | tail -n1; }

# One test file at a time: the real-time tests (timers within 50 ms) measure the wall clock, and
# files running side by side on a 2-core machine steal it from each other.
node_run() { node --test --test-concurrency=1 --test-reporter=spec "$1"; }
# No test files yet is a skip; test files that yield zero tests is a failure.
node_skip() { [ -z "$(find "$1" -name '*.test.mjs' 2>/dev/null | head -n1)" ]; }
node_count() { sed -n 's/^ℹ tests \([0-9][0-9]*\)$/\1/p' "$1" | tail -n1; }

# The conformance programs (tests/conformance) against CPython's recorded output, run by an engine.
# ARG is "ENGINE SUITE_DIR..."; the engine is one word (its path; a .mjs script runs under node).
conformance_run() { # shellcheck disable=SC2086
  set -- $1
  local engine=$1
  case $engine in *.mjs) engine="node $PWD/$engine" ;; esac  # a node script runs under node
  node tests/conformance/run.mjs --jobs 2 --engine "$engine" "${@:2}"
}
# The same in real time: the program waits for its sleeps.
conformance_realtime_run() { conformance_run "$1 --real-time"; }
conformance_realtime_count() { conformance_count "$1"; }
conformance_count() { sed -n 's/^\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\1 \2/p' "$1" | tail -n1 | awk '{print $1 + $2}'; }

# The hostile programs (tests/hostile): ARG is the engine, native or wasm.
hostile_run() { node tests/hostile/run.mjs "$1"; }
hostile_count() { conformance_count "$1"; }

summary=() passed=0 failed=0
suite() {  # NAME KIND ARG
  local name=$1 kind=$2 arg=$3 log=$logs/$1.log start=$SECONDS status n
  if declare -F "${kind}_skip" >/dev/null && "${kind}_skip" "$arg"; then
    summary+=("$name: skipped (nothing to run in $arg)"); return
  fi
  echo "=== $name"
  "${kind}_run" "$arg" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  n=$("${kind}_count" "$log")
  n=${n:-0}
  local took="$((SECONDS - start)) s"
  if [ "$status" -eq 0 ] && [ "$n" -gt 0 ]; then
    summary+=("$name: passed, $n tests, $took"); passed=$((passed + 1))
  elif [ "$n" -eq 0 ]; then
    summary+=("$name: FAILED, no tests ran (exit $status), $took"); failed=$((failed + 1))
  else
    summary+=("$name: FAILED (exit $status), $n tests ran, $took"); failed=$((failed + 1))
  fi
}

# The suites. Add new ones here (conformance, e2e, ...) with a kind above.
suite native      ctest native
suite native-asan ctest native-asan
suite wasm        ctest wasm
suite js          node  tests/js
suite web         node  tests/web
suite wasm-node   node  tests/wasm
suite conformance-language conformance "build/native/aioplay tests/conformance/tutorial tests/conformance/language"
suite conformance-asyncio  conformance "build/native/aioplay tests/conformance/asyncio"
# The same programs under AddressSanitizer + UBSan + LeakSanitizer, and through the wasm engine
# under node (wasm/aioplay.mjs), as the browser runs them; the tutorial in real time too.
suite conformance-asan     conformance "build/native-asan/aioplay tests/conformance/tutorial tests/conformance/language tests/conformance/asyncio"
suite conformance-wasm     conformance "wasm/aioplay.mjs tests/conformance/tutorial tests/conformance/language tests/conformance/asyncio"
suite conformance-realtime conformance_realtime "build/native/aioplay tests/conformance/tutorial"
suite hostile-native       hostile native
suite hostile-wasm         hostile wasm

echo
echo "=== summary (suites)"
printf '%s\n' "${summary[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
