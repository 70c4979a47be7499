#!/usr/bin/env bash
# Pairwise precision and recall of cluster on a labelled generated pile (SyntheticPile: about 4
# articles per event, 40 outlets; agency copies, rewrites and own stories; related events sharing a
# person), and per kind of article the share joined with its event's agency story.
# Usage: bench/cluster-eval.sh [articles] [days] [seed] [min-similarity ...]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.parallax.bench.ClusterEvaluation "${1:-4000}" "${2:-30}" "${3:-7}" "${@:4}"
