#!/usr/bin/env bash
# Builds the libFuzzer targets (CMake preset `fuzz`: clang-14, ASan + UBSan) and runs each for a
# given time, one after the other. Fails on any crash, leak, timeout, out-of-memory or sanitizer
# report. See tests/fuzz/README.md.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (npm run fuzz -- 600 asyncio)
#
# SECONDS_PER_TARGET defaults to 60; the targets to compile exec run asyncio. Each fuzzes a working
# corpus in build/fuzz/corpus/<target>, kept between runs and seeded from
# tests/fuzz/regressions/<target> and, for compile and exec, every conformance program, for run and
# asyncio tests/fuzz/corpus/<target>; the
# committed corpus is never written. A crashing input is saved as
# build/fuzz/artifacts/<target>/crash-* (reproduce: build/fuzz/<target>_fuzzer FILE).
# One process at a time, at nice 10 (the machine is shared). FUZZ_ARGS adds libFuzzer flags.
set -uo pipefail
cd "$(dirname "$0")/.." || exit

seconds=${1:-60}
case $seconds in '' | *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]" >&2; exit 2 ;; esac
shift $(($# > 0 ? 1 : 0))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(compile exec run asyncio)

cmake --preset fuzz >/dev/null || exit
nice -n 10 cmake --build --preset fuzz || exit
# The regressions and the seeds first: every input the fuzzers ever failed on must pass.
nice -n 10 ctest --preset fuzz || exit

max_len() {
  case $1 in
    compile | exec) echo 4096 ;;
    *) echo 1024 ;;
  esac
}
# The targets that run programs see tens of thousands of coverage features per input: libFuzzer's
# entropic schedule then spends half the time updating feature frequencies (perf), so they use the
# plain schedule, at twice the executions.
schedule() {
  case $1 in
    compile) ;;
    *) echo -entropic=0 ;;
  esac
}
# Shorter allocation stacks: ASan keeps every distinct one for the whole run, and an interpreter has
# endlessly many (its RSS grew by ~80 KB per execution with the default 30 frames).
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=10}

summary=() failed=0
for target in "${targets[@]}"; do
  binary=build/fuzz/${target}_fuzzer
  if [ ! -x "$binary" ]; then
    echo "no such fuzz target: $target" >&2
    exit 2
  fi
  corpus=build/fuzz/corpus/$target
  artifacts=build/fuzz/artifacts/$target
  mkdir -p "$corpus" "$artifacts"
  cp -n tests/fuzz/corpus/"$target"/* "$corpus"/ 2>/dev/null
  for f in tests/fuzz/regressions/"$target"/*; do
    [ -f "$f" ] && cp -n "$f" "$corpus/regression_$(basename "$f")"
  done
  dict=()
  if [ "$target" = compile ] || [ "$target" = exec ]; then
    for f in tests/conformance/*/*.py; do
      cp -n "$f" "$corpus/conformance_$(basename "$(dirname "$f")")_$(basename "$f")"
    done
    dict=(-dict=tests/fuzz/python.dict)
  fi
  log=build/fuzz/$target.log
  echo "=== $target: ${seconds} s, corpus $corpus, log $log"
  # shellcheck disable=SC2086
  nice -n 10 "$binary" -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=10 -max_len="$(max_len "$target")" \
    -artifact_prefix="$artifacts/" -print_final_stats=1 $(schedule "$target") "${dict[@]}" ${FUZZ_ARGS:-} "$corpus" >"$log" 2>&1
  status=$?
  done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n1)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  cov=$(echo "$done_line" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
  ft=$(echo "$done_line" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
  corp=$(echo "$done_line" | sed -n 's/.* corp: \([0-9]*\/[0-9a-zA-Z]*\).*/\1/p')
  reports=$(grep -cE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|SUMMARY: (Address|Leak|UndefinedBehavior)Sanitizer' "$log")
  line="$target: ${seconds} s, ${execs:-?} execs, ${rate:-?} exec/s, cov ${cov:-?}, ft ${ft:-?}, corpus ${corp:-?}"
  if [ "$status" -ne 0 ] || [ "$reports" -ne 0 ] || [ -z "$done_line" ]; then
    summary+=("$line: FAILED (exit $status, $reports sanitizer/libFuzzer reports; see $log and $artifacts)")
    failed=$((failed + 1))
    grep -E -A30 'ERROR: |runtime error:|fuzz invariant broken' "$log" | head -n 60
  else
    summary+=("$line: ok")
  fi
done

echo
echo "=== fuzz summary"
printf '%s\n' "${summary[@]}"
[ "$failed" -eq 0 ]
