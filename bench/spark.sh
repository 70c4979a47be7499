#!/usr/bin/env bash
# Generates a pile of N articles (default 12,500; JSON Lines, spark/src/test/.../SyntheticPile.java),
# then runs on it the one-JVM `parallax cluster` + `parallax build` and the Spark job (spark/, local
# mode, all cores), printing wall time, CPU time (user + sys) and peak resident memory of each, and
# whether both found the same events and units. The runs use copies of the jars, so that a build
# during the runs cannot change them. Set KEEP=DIR to keep the pile, logs and outputs.
# Usage: bench/spark.sh [articles] [spark-master] [driver-heap]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-12500}
master=${2:-local[*]}
heap=${3:-3g}
mvn -q -DskipTests install >/dev/null
mvn -q -f spark/pom.xml -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/spark.classpath >/dev/null
opens=$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' spark/pom.xml)
work=${KEEP:-$(mktemp -d)}
mkdir -p "$work/lib"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
cp target/parallax.jar "$work/parallax.jar"
rm -rf "$work/spark-classes" "$work/spark-test-classes"
cp -r spark/target/classes "$work/spark-classes"
cp -r spark/target/test-classes "$work/spark-test-classes"
cp=""
IFS=: read -ra jars < spark/target/spark.classpath || true  # the file has no final newline
for j in "${jars[@]}"; do
  case "$j" in
    */org/parallax/*) cp "$j" "$work/lib/" && cp="$cp:$work/lib/$(basename "$j")" ;;
    *) cp="$cp:$j" ;;
  esac
done
cp="$work/spark-classes:$work/spark-test-classes$cp"
rm -rf "$work/pile" "$work/corpus" "$work/site-jvm" "$work/site-spark" "$work/tables"
java -cp "$cp" org.parallax.spark.SyntheticPile "$work/pile" "$n"
measure() { /usr/bin/time -f "%e %U %S %M" -o "$work/time-$1" "${@:2}"; }
measure cluster java -Xmx4g -jar "$work/parallax.jar" cluster "$work/pile" -o "$work/corpus" >"$work/jvm.log" 2>&1 \
  || { tail -5 "$work/jvm.log"; exit 1; }
measure build java -Xmx4g -jar "$work/parallax.jar" build "$work/corpus" -o "$work/site-jvm" >>"$work/jvm.log" 2>&1 \
  || { tail -5 "$work/jvm.log"; exit 1; }
# shellcheck disable=SC2086
measure spark java -Xmx"$heap" $opens -Dspark.master="$master" -Dspark.ui.enabled=false -cp "$cp" \
  org.parallax.spark.SparkMain "$work/pile" "$work/site-spark" "$work/tables" >"$work/spark.out" 2>"$work/spark.log" \
  || { tail -20 "$work/spark.log"; exit 1; }
show() {
  read -r wall user sys rss < "$work/time-$1"
  printf '%-28s wall %7.1f s  cpu %7.1f s  peak-rss %5d MB\n' "$2" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024))
}
echo "articles=$n master=$master"
show cluster "in-process cluster:"
show build "in-process build:"
paste -d' ' "$work/time-cluster" "$work/time-build" | awk '{printf "%-28s wall %7.1f s  cpu %7.1f s\n", "in-process cluster + build:", $1 + $5, $2 + $3 + $6 + $7}'
show spark "spark ($master):"
cat "$work/spark.out"
# shellcheck disable=SC2086
java $opens -cp "$cp" org.parallax.spark.EventsMatch "$work/corpus" "$work/tables" 2>/dev/null
# the same reports: every file of the two sites byte for byte, once the Spark job's corpus folder
# (PARQUET/corpus, named where the pages name each article's file) is read as the in-process one
python3 - "$work" <<'PY'
import os, sys
work = sys.argv[1]
jvm, spark = os.path.join(work, "site-jvm"), os.path.join(work, "site-spark")
a = sorted(os.path.relpath(os.path.join(d, f), jvm) for d, _, fs in os.walk(jvm) for f in fs)
b = sorted(os.path.relpath(os.path.join(d, f), spark) for d, _, fs in os.walk(spark) for f in fs)
old, new = os.path.join(work, "tables", "corpus").encode(), os.path.join(work, "corpus").encode()
both = set(a) & set(b)
differ = [f for f in a if f in both and
          open(os.path.join(spark, f), "rb").read().replace(old, new) != open(os.path.join(jvm, f), "rb").read()]
print(f"sites: {len(a)} files in-process, {len(b)} by spark; only in one: {len(set(a) ^ set(b))}; "
      f"differing but for the corpus folder: {len(differ)}", *differ[:5], sep="\n  ")
PY
