#!/bin/bash
# A reader that stops early (`runmassage batch big.jsonl | head -1`) ends batch quietly:
# status 141, nothing on stderr, and the reader still gets its first line.
set -u
bin=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for i in $(seq 1 20000); do
  printf '{"id":%d,"today":"2024-05-02","next_run":"+%d"}\n' "$i" $((i % 5))
done > "$dir/big.jsonl"

fail=0
# One job, and several (then a worker may be planning when the pipe closes).
for jobs in 1 3; do
  "$bin" batch --jobs "$jobs" "$dir/big.jsonl" 2> "$dir/stderr" | head -n 1 > "$dir/first"
  status=${PIPESTATUS[0]}
  [ "$status" -eq 141 ] || { echo "batch --jobs $jobs exited $status, expected 141"; fail=1; }
  [ -s "$dir/stderr" ] && { echo "batch --jobs $jobs wrote to stderr:"; cat "$dir/stderr"; fail=1; }
  grep -q '^{"id":1,"schema":"runmassage/batch/v2","date":"2024-05-02"' "$dir/first" ||
    { echo "head did not get line 1 (--jobs $jobs)"; fail=1; }
done

# The same from standard input.
"$bin" batch < "$dir/big.jsonl" 2> "$dir/stderr" | head -n 1 > /dev/null
status=${PIPESTATUS[0]}
[ "$status" -eq 141 ] || { echo "batch (stdin) exited $status, expected 141"; fail=1; }
[ -s "$dir/stderr" ] && { echo "batch (stdin) wrote to stderr"; fail=1; }
[ "$fail" -eq 0 ] && echo "closed pipe: ok"
exit "$fail"
