#!/usr/bin/env bash
# Times the aligner on generated article pairs (500 to 5,000 sentences a side) and, when present,
# on the documents of ../shared/eval/deplain-dev. Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
docs=${EVAL_DIR:-../shared/eval}/deplain-dev/docs.jsonl
args=()
if [ -f "$docs" ]; then
  args+=("$docs")
else
  echo "note: $docs not found; timing generated documents only" >&2
fi
java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  org.parallax.bench.AlignBenchmark "${args[@]}"
