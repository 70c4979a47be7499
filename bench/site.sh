#!/usr/bin/env bash
# Builds the site of a generated corpus (default: 1,000 events of 4 articles) and prints wall time,
# events per second and peak heap; /usr/bin/time adds the peak resident memory of the process.
# Usage: bench/site.sh [events] [articles-per-event]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/time -f "peak-rss=%M KB elapsed=%e s user=%U s sys=%S s" \
  java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.parallax.bench.SiteBenchmark "${1:-1000}" "${2:-4}" "$work"
