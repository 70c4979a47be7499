#!/usr/bin/env bash
# Aligns the DEplain development set with the `align` command and scores the result.
# Needs ../shared/eval/deplain-dev beside the repository, or EVAL_DIR=/path/to/eval (skipped when absent).
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${EVAL_DIR:-../shared/eval}
if [ ! -f "$eval_dir/deplain-dev/docs.jsonl" ]; then
  echo "skipped: $eval_dir/deplain-dev not found" >&2
  exit 0
fi
mvn -q -DskipTests package
pred=$(mktemp --suffix=.jsonl)
trap 'rm -f "$pred"' EXIT
java -jar target/parallax.jar align --language de --input "$eval_dir/deplain-dev/docs.jsonl" --output "$pred"
python3 "$eval_dir/score_align.py" "$eval_dir/deplain-dev/docs.jsonl" "$eval_dir/deplain-dev/gold.jsonl" "$pred"
