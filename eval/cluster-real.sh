#!/usr/bin/env bash
# Clusters real pages: the development pages of the article-extraction benchmark (news and blog
# articles of many sites, mostly on different stories) and the bundled corpus's seven articles, thrown
# into one folder, and scores the events against the groups a reader finds among them (labelled by
# hand below: the two bundled events, two pages on Sweden dropping the Assange investigation, two on
# "feather duvet lung"). Prints the events and pairwise precision and recall. Builds nothing: run
# `mvn -q -DskipTests package` first. Reads EVAL_DIR (default: ../shared/eval beside the repository).
set -euo pipefail
script_dir=$(cd "$(dirname "$0")" && pwd)
eval_dir=${EVAL_DIR:-$script_dir/../../shared/eval}
jar=$script_dir/../target/parallax.jar
pages=$eval_dir/extraction-dev/html
if [ ! -d "$pages" ]; then
  echo "skipped: no extraction dev pages at $pages (set EVAL_DIR to the folder that holds extraction-dev/)" >&2
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/pile"
cp "$pages"/*.html "$work/pile/"
cp "$script_dir"/../corpus/*/*.txt "$script_dir"/../corpus/*/*.html "$work/pile/"
java -jar "$jar" cluster "$work/pile" -o "$work/corpus" 2>&1 | tail -1
python3 - "$work/corpus/events.csv" <<'PY'
import csv, itertools, sys
gold = [
    {"seed-unknown-outlet.txt", "nordkurier-digital.txt", "rheinische-netzpost.txt", "alpenlaendische-rundschau.html"},
    {"potomac-wire.txt", "southern-cross-daily.txt", "thames-courier.txt"},
    {"c7e39ac4", "dc7ccccc"},   # Sweden drops the Assange investigation (BBC, Al-Bawaba)
    {"7bb1ca90", "a078b365"},   # "feather duvet lung" (Gizmodo, Forbes)
]
def key(name):
    return name[:8] if len(name) > 60 else name
events = {}
for row in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")):
    if row["event"]:
        events.setdefault(row["event"], set()).add(key(row["article"]))
for slug, members in sorted(events.items()):
    print(f"{slug}: {', '.join(sorted(members))}")
pairs = lambda groups: {frozenset(p) for g in groups for p in itertools.combinations(sorted(g), 2)}
found, truth = pairs(events.values()), pairs(gold)
correct = len(found & truth)
print(f"pairs: found {len(found)}, true {len(truth)}, correct {correct}; "
      f"precision {correct / len(found) if found else 1:.3f}, recall {correct / len(truth):.3f}")
PY
