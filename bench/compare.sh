#!/usr/bin/env bash
# Times `compare` of two articles of about 1,000 words each, JVM start included: five runs, median.
# The articles are made from the bundled German samples (two bodies each, front matter of the first).
# Usage: [JAVA_OPTS=...] bench/compare.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
[ -f target/parallax.jar ] || mvn -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
event=corpus/2021-07-19-china-cyber-attribution
body() { awk 'BEGIN{n=0} /^---$/ && n<2 {n++; next} n>=2' "$1"; }
{ sed -n '1,/^---$/{p}' "$event/rheinische-netzpost.txt" | head -1; sed -n '2,/^---$/p' "$event/rheinische-netzpost.txt"
  body "$event/rheinische-netzpost.txt"; echo; body "$event/seed-unknown-outlet.txt"; } > "$work/a.txt"
{ sed -n '1p' "$event/nordkurier-digital.txt"; sed -n '2,/^---$/p' "$event/nordkurier-digital.txt"
  body "$event/nordkurier-digital.txt"; echo; body "$event/rheinische-netzpost.txt" | tac; } > "$work/b.txt"
echo "words: $(body "$work/a.txt" | wc -w) and $(body "$work/b.txt" | wc -w)"
times=()
for i in $(seq "$runs"); do
  t=$( { /usr/bin/time -f "%e" java ${JAVA_OPTS:-} -jar target/parallax.jar compare "$work/a.txt" "$work/b.txt" \
        -o "$work/report.html" --json "$work/report.json" >/dev/null; } 2>&1 )
  times+=("$t")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "runs: %s\nmedian: %s s\n", NR, a[int((NR+1)/2)]}'
echo "all: ${times[*]}"
