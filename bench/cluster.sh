#!/usr/bin/env bash
# cluster in process on generated piles (4 articles per event, 40 outlets, 90 days): wall time, CPU
# time and peak heap per size, each run in a JVM of its own with -Xmx4g (GC log beside the results);
# every size once, then again for each further run; prints every run, then the medians per size.
# The piles are generated once into a temporary folder (not timed). Set KEEP=DIR to keep the logs.
# Usage: bench/cluster.sh [runs] [sizes...]   (default: 3 runs of 12500 25000 50000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
shift || true
sizes=${*:-12500 25000 50000 100000}
mvn -q -o -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
work=${KEEP:-$(mktemp -d)}
mkdir -p "$work"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
# the runs use a copy of the classes, so that a build during the runs cannot change them
rm -rf "$work/classes" "$work/test-classes"
cp -r target/classes target/test-classes "$work/"
cp="$work/classes:$work/test-classes:$(cat target/bench.classpath)"
for r in $(seq "$runs"); do
  for n in $sizes; do
    java -Xmx4g -Xlog:gc:file="$work/gc-$n-$r.log" -cp "$cp" org.parallax.bench.ClusterBenchmark "$n" "$work" 2>/dev/null \
      | tee -a "$work/results.txt"
    rm -rf "$work"/corpus-*
  done
done
echo "median per size:"
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
for n in $sizes; do
  rows=$(grep "^articles=$n " "$work/results.txt" || true)
  [ -n "$rows" ] || continue
  wall=$(echo "$rows" | grep -o 'wall=[0-9.]*' | cut -d= -f2 | median)
  cpu=$(echo "$rows" | grep -o 'cpu=[0-9.]*' | cut -d= -f2 | median)
  heap=$(echo "$rows" | grep -o 'peak-heap=[0-9]*' | cut -d= -f2 | median)
  echo "articles=$n runs=$(echo "$rows" | wc -l) median-wall=$wall s median-cpu=$cpu s cpu-ms/article=$(awk -v c="$cpu" -v n="$n" 'BEGIN {printf "%.2f", c * 1000 / n}') median-peak-heap=$heap MB"
done
