#!/usr/bin/env bash
# Cross-validates the aligner's fitted settings on the DEplain development set: 5 folds by document
# and one fold per domain; fits on the other folds, scores the held-out one (unit F1 all / without
# identical), and prints the shipped defaults' held-out scores beside. Pass k to change the folds.
# Needs ../shared/eval/deplain-dev beside the repository, or EVAL_DIR=/path/to/eval.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${EVAL_DIR:-../shared/eval}
if [ ! -f "$eval_dir/deplain-dev/docs.jsonl" ]; then
  echo "skipped: $eval_dir/deplain-dev not found" >&2
  exit 0
fi
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" org.parallax.bench.CrossValidateAligner \
  "$eval_dir/deplain-dev/docs.jsonl" "$eval_dir/deplain-dev/gold.jsonl" "$@"
