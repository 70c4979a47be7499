#!/usr/bin/env bash
# Refits the aligner's settings on the DEplain development set (coordinate search; prints every
# setting tried with its unit F1). Pass "weights" to sweep only the feature weights.
# Needs ../shared/eval/deplain-dev beside the repository, or EVAL_DIR=/path/to/eval.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${EVAL_DIR:-../shared/eval}
if [ ! -f "$eval_dir/deplain-dev/docs.jsonl" ]; then
  echo "skipped: $eval_dir/deplain-dev not found" >&2
  exit 0
fi
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" org.parallax.bench.FitAlignerOptions \
  "$eval_dir/deplain-dev/docs.jsonl" "$eval_dir/deplain-dev/gold.jsonl" "$@"
