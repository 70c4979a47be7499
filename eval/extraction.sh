#!/usr/bin/env bash
# Scores article extraction on the development pages of the article-extraction benchmark: runs
# `inspect --json` of the built jar over every page and prints the scorer's figures (4-word shingle
# precision, recall and F1, and the weakest pages). Builds nothing: run `mvn -q -DskipTests package` first.
# Reads EVAL_DIR (default: ../shared/eval beside the repository); when it is absent, says so and stops.
# PER_PAGE=FILE also writes one "key F1 precision recall" line per page, for comparing two runs.
set -euo pipefail
script_dir=$(cd "$(dirname "$0")" && pwd)
eval_dir=${EVAL_DIR:-$script_dir/../../shared/eval}
jar=$script_dir/../target/parallax.jar
pages=$eval_dir/extraction-dev
if [ ! -f "$pages/ground-truth.json" ] || [ ! -f "$eval_dir/score_extraction.py" ]; then
  echo "skipped: no extraction dev set at $pages (set EVAL_DIR to the folder that holds extraction-dev/)" >&2
  exit 0
fi
if [ ! -f "$jar" ]; then
  echo "no $jar: build it first with mvn -q -DskipTests package" >&2
  exit 1
fi
pred=$(mktemp --suffix=.jsonl)
trap 'rm -f "$pred"' EXIT
failed=0
for f in "$pages"/html/*.html; do
  k=$(basename "$f" .html)
  if ! out=$(java -jar "$jar" inspect "$f" --json 2>/dev/null); then
    echo "FAILED: $k (inspect exited non-zero)" >&2
    failed=$((failed + 1))
    continue
  fi
  printf '%s' "$out" | python3 -c 'import json,sys
a = json.load(sys.stdin)
print(json.dumps({"id": sys.argv[1], "text": "\n".join(s["text"] for s in a["sentences"])}))' "$k" >> "$pred"
done
python3 "$eval_dir/score_extraction.py" "$pages/ground-truth.json" "$pred"
if [ -n "${PER_PAGE:-}" ]; then
  python3 - "$pages/ground-truth.json" "$pred" > "$PER_PAGE" <<'PY'
import collections, json, re, sys
word = re.compile(r"\w+")
def shingles(text):
    toks = word.findall(text or "")
    return collections.Counter(tuple(toks[i:i + 4]) for i in range(max(1, len(toks) - 3)) if toks[i:i + 4])
truth = json.load(open(sys.argv[1], encoding="utf-8"))
pred = {}
for line in open(sys.argv[2], encoding="utf-8"):
    if line.strip():
        row = json.loads(line)
        pred[row["id"]] = row.get("text") or ""
for key in sorted(truth):
    t, p = shingles(truth[key].get("articleBody", "")), shingles(pred.get(key, ""))
    tp = sum((t & p).values()); fp = sum((p - t).values()); fn = sum((t - p).values())
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"{key} {f1:.3f} {prec:.3f} {rec:.3f}")
PY
fi
if [ "$failed" -gt 0 ]; then
  echo "$failed page(s) failed" >&2
  exit 1
fi
