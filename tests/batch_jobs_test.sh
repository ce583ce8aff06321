#!/bin/bash
# batch writes the same bytes and exits the same way whatever --jobs is: 30,000 records of the
# bench input (many chunks, so the workers' chunks come back out of order), with bad lines
# from the golden tests mixed in.
set -u
bin=$1
root=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 "$root/bench/make_runners.py" 30000 > "$dir/good.jsonl" || exit 1
# Every 1,000th line replaced by a line of the hostile golden test.
awk -v bad="$root/tests/golden/bad/batch-hostile.jsonl" '
  BEGIN { while ((getline line < bad) > 0) hostile[n++] = line }
  NR % 1000 == 0 { print hostile[(NR / 1000) % n]; next }
  { print }' "$dir/good.jsonl" > "$dir/in.jsonl"

fail=0
"$bin" batch --today 2024-05-02 --jobs 1 "$dir/in.jsonl" > "$dir/1.jsonl"
expected=$?
[ "$expected" -eq 65 ] || { echo "--jobs 1 exited $expected, expected 65"; fail=1; }
[ "$(wc -l < "$dir/1.jsonl")" -eq 30000 ] || { echo "--jobs 1 wrote the wrong number of lines"; fail=1; }
for jobs in 2 3 8; do
  "$bin" batch --today 2024-05-02 --jobs "$jobs" "$dir/in.jsonl" > "$dir/$jobs.jsonl"
  status=$?
  [ "$status" -eq "$expected" ] || { echo "--jobs $jobs exited $status, not $expected"; fail=1; }
  cmp -s "$dir/1.jsonl" "$dir/$jobs.jsonl" || { echo "--jobs $jobs wrote other output"; fail=1; }
done
[ "$fail" -eq 0 ] && echo "batch --jobs: ok"
exit "$fail"
