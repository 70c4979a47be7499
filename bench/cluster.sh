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
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"
for r in $(seq "$runs"); do
  for n in $sizes; do
    java -Xmx4g -Xlog:gc:file="$work/gc-$n-$r.log" -cp "$cp" org.parallax.bench.ClusterBenchmark "$n" "$work" 2>/dev/null \
      | tee -a "$work/results.txt"
    rm -rf "$work"/corpus-*
  done
done
echo "median per size:"
for n in $sizes; do
  grep "^articles=$n " "$work/results.txt" | awk -v size="$n" '{for(i=1;i<=NF;i++){split($i,kv,"="); if(kv[1]=="wall") w[NR]=kv[2]; if(kv[1]=="cpu") c[NR]=kv[2]; if(kv[1]=="peak-heap") h[NR]=kv[2]}} END {
    n=asort(w); asort(c); asort(h); m=int((n+1)/2); printf "articles=%s median-wall=%s s median-cpu=%s s cpu-ms/article=%.2f median-peak-heap=%s MB (runs=%d)\n", size, w[m], c[m], c[m]*1000/size, h[m], n }'
done
