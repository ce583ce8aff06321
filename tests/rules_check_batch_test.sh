#!/bin/sh
# Every example `rules check` gives reproduces its finding when piped into `batch`: a gap gets
# no recommendation, a never-fires rule does not fire, a never-wins rule fires and loses, a
# dead pick's massage is not the one recommended.
# Usage: rules_check_batch_test.sh RUNMASSAGE DATA_DIR
set -eu
binary=$1
data=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
"$binary" rules check --data "$data" --format json >"$work/report.json" || status=$?
if [ "$status" -ne 1 ]; then
  echo "FAIL: rules check exited $status, expected 1 (findings)" >&2
  exit 1
fi
python3 -c '
import json, sys
report = json.load(open(sys.argv[1]))
with open(sys.argv[2], "w") as out:
    for finding in report["findings"]:
        out.write(json.dumps(finding["example"]) + "\n")
' "$work/report.json" "$work/examples.jsonl"
"$binary" batch --data "$data" --brief "$work/examples.jsonl" >"$work/plans.jsonl"
python3 -c '
import json, sys
report = json.load(open(sys.argv[1]))
plans = [json.loads(line) for line in open(sys.argv[2])]
schedule = json.load(open(sys.argv[3]))
picks = {p["id"]: p for p in schedule["suggestions"]["picks"]}
failed = 0
kinds = set()
for finding, plan in zip(report["findings"], plans):
    kind = finding["kind"]
    kinds.add(kind)
    recommended = plan["recommended"]
    if kind == "gap":
        ok = recommended is None
    elif kind == "never-fires":
        ok = finding["rule"] not in plan["rules"]
    elif kind == "never-wins":
        ok = finding["rule"] in plan["rules"] and (
            recommended is None or recommended["rule"] != finding["rule"])
    else:
        ok = recommended is None or recommended["id"] != picks[finding["pick"]]["massage"]
    if not ok:
        print("FAIL: the example of", json.dumps(finding), "gives", json.dumps(plan),
              file=sys.stderr)
        failed = 1
if len(plans) != len(report["findings"]):
    print("FAIL: batch gave", len(plans), "lines for", len(report["findings"]), "examples",
          file=sys.stderr)
    failed = 1
if kinds != {"gap", "never-fires", "never-wins", "dead-pick"}:
    print("FAIL: the test data should give every kind of finding, gave", sorted(kinds),
          file=sys.stderr)
    failed = 1
if not failed:
    print(len(plans), "examples reproduce their findings through batch")
sys.exit(failed)
' "$work/report.json" "$work/plans.jsonl" "$data/schedule.json"
