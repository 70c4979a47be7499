#!/usr/bin/env bash
# Generates a pile of N articles (default 12,500; JSON Lines, spark/src/test/.../SyntheticPile.java),
# then runs on it the one-JVM `parallax cluster` + `parallax build` and the Spark job (spark/, local
# mode, all cores), printing the wall time of each and whether both found the same events.
# Usage: bench/spark.sh [articles] [spark-master]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-12500}
master=${2:-local[*]}
mvn -q -DskipTests install >/dev/null
mvn -q -f spark/pom.xml -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/spark.classpath >/dev/null
cp="spark/target/classes:spark/target/test-classes:$(cat spark/target/spark.classpath)"
opens=$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' spark/pom.xml)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -cp "$cp" org.parallax.spark.SyntheticPile "$work/pile" "$n"
start=$(date +%s.%N)
java -jar target/parallax.jar cluster "$work/pile" -o "$work/corpus" >"$work/jvm.log" 2>&1 || { tail -5 "$work/jvm.log"; exit 1; }
java -jar target/parallax.jar build "$work/corpus" -o "$work/site-jvm" >>"$work/jvm.log" 2>&1 || { tail -5 "$work/jvm.log"; exit 1; }
mid=$(date +%s.%N)
# shellcheck disable=SC2086
java -Xmx3g $opens -Dspark.master="$master" -Dspark.ui.enabled=false -cp "$cp" \
  org.parallax.spark.SparkMain "$work/pile" "$work/site-spark" "$work/tables" 2>"$work/spark.log" \
  || { tail -20 "$work/spark.log"; exit 1; }
end=$(date +%s.%N)
printf 'in-process cluster + build: %.1f s\n' "$(echo "$mid - $start" | bc)"
printf 'spark (%s): %.1f s\n' "$master" "$(echo "$end - $mid" | bc)"
# shellcheck disable=SC2086
java $opens -cp "$cp" org.parallax.spark.EventsMatch "$work/corpus" "$work/tables" 2>/dev/null
