#!/usr/bin/env bash
# Runs every libFuzzer target for a set time, seeded with the recorded Kimai bodies and the seeds in
# tests/fuzz/seeds. A crash stops with a non-zero exit and tells where the input was saved: copy it
# into tests/data/fuzz-regressions/<target>/ so that tst_fuzzregressions replays it forever.
#   run-fuzzers.sh <build-dir> [seconds-per-target]
set -euo pipefail
build=${1:?build dir}
seconds=${2:-60}
src=$(cd "$(dirname "$0")/../.." && pwd)
work="$build/fuzz-work"
mkdir -p "$work"

# Seeds for the JSON targets: the bodies of the recorded exchanges.
mkdir -p "$work/recorded"
for f in "$src"/tests/data/recorded-2.28/*.http; do
  awk 'f{print} /^### response/{r=1} r&&/^$/{f=1}' "$f" > "$work/recorded/$(basename "$f" .http)"
done

status=0
for target in parsers datetime errorbody serverurl; do
  exe="$build/tests/fuzz/fuzz_$target"
  [[ -x "$exe" ]] || { echo "missing $exe (build the 'fuzzers' target with the fuzz preset)" >&2; exit 2; }
  corpus="$work/corpus-$target"
  artifacts="$work/artifacts-$target/"
  mkdir -p "$corpus" "$artifacts"
  seeds=("$src/tests/fuzz/seeds/fuzz_$target" "$src/tests/data/fuzz-regressions/fuzz_$target")
  [[ $target == parsers || $target == errorbody ]] && seeds+=("$work/recorded")
  existing=()
  for s in "${seeds[@]}"; do [[ -d $s ]] && existing+=("$s"); done
  echo "== fuzz_$target for ${seconds}s"
  if ! ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
       QT_QPA_PLATFORM=offscreen \
       "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
       -artifact_prefix="$artifacts" -print_final_stats=1 "$corpus" "${existing[@]}" 2>"$work/fuzz_$target.log"; then
    echo "fuzz_$target FOUND A PROBLEM: see $work/fuzz_$target.log and $artifacts" >&2
    tail -40 "$work/fuzz_$target.log" >&2
    status=1
  else
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb|cov:" "$work/fuzz_$target.log" | tail -3
  fi
done
exit $status
