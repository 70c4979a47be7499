#!/usr/bin/env bash
# Fuzzes one target of org.parallax.fuzz for longer than the seconds "mvn verify" gives it.
#
#   fuzz/run.sh                       list the targets
#   fuzz/run.sh TARGET [DURATION]     fuzz TARGET (e.g. TextNormaliser) for DURATION (default 10m;
#                                     forms: 300s, 10m, 1h)
#
# The corpus the fuzzer builds is kept in target/fuzz-corpus/TARGET (a later run goes on from it);
# the whole log goes to target/fuzz-TARGET.log. An input that breaks an invariant is written as
# src/test/resources/org/parallax/fuzz/TARGETFuzzTestInputs/METHOD/crash-SHA1, where every later
# test run replays it.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(HtmlArticleReader HtmlPage TextArticleReader SentenceSplitter SentenceAligner TextNormaliser TextNormaliserIdempotence WordDiffer)
if [ $# -lt 1 ]; then
  echo "usage: fuzz/run.sh TARGET [DURATION]; targets: ${targets[*]}" >&2
  exit 2
fi
target=${1%FuzzTest}
duration=${2:-10m}
found=no
for t in "${targets[@]}"; do [ "$t" = "$target" ] && found=yes; done
if [ $found = no ]; then
  echo "unknown target '$1'; targets: ${targets[*]}" >&2
  exit 2
fi
case $duration in
  *h) seconds=$(( ${duration%h} * 3600 )) ;;
  *m) seconds=$(( ${duration%m} * 60 )) ;;
  *s) seconds=${duration%s} ;;
  *) seconds=$duration ;;
esac

corpus=target/fuzz-corpus/$target
log=target/fuzz-$target.log
mvn -B -q test-compile
mkdir -p "$corpus"
echo "fuzzing $target for ${seconds}s; log: $log, corpus: $corpus"
status=0
# libFuzzer's arguments: a program name, the corpus folder it writes to, then flags; the last
# -max_total_time wins over the maxDuration of the @FuzzTest.
JAZZER_FUZZ=1 mvn -B -q surefire:test -Dtest="org.parallax.fuzz.${target}FuzzTest" \
  -DargLine=-XX:-OmitStackTraceInFastThrow \
  -Djazzer.internal.arg.0=parallax-fuzz \
  -Djazzer.internal.arg.1="$PWD/$corpus" \
  -Djazzer.internal.arg.2="-max_total_time=$seconds" \
  -Djazzer.internal.arg.3=-print_final_stats=1 \
  >"$log" 2>&1 || status=$?
grep -E '^(Done|stat::number_of_executed_units|stat::new_units_added)|crash-|Test unit written' "$log" || true
if [ $status -ne 0 ]; then
  echo "fuzzing $target FAILED (exit $status); see $log and target/surefire-reports/" >&2
fi
exit $status
