#!/bin/sh
# The readers module: a program copied away from it still plans, and the commands that need the
# module (batch, reading GPX history) fail with one line naming it and the documented exit code.
# Usage: readers_module_test.sh PROGRAM
set -eu
program=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$program" "$work/runmassage"
failed=0
fail() {
  echo "FAIL: $*" >&2
  failed=1
}

"$work/runmassage" plan --today 2024-05-02 --next-run sat >/dev/null || fail "plan needs the module"

status=0
echo '{"today":"2024-05-02","next_run":"sat"}' |
  "$work/runmassage" batch >"$work/out" 2>"$work/err" || status=$?
[ "$status" -eq 66 ] || fail "batch without the module exited $status, not 66"
[ ! -s "$work/out" ] || fail "batch without the module wrote to stdout"
expected="runmassage: error: cannot load runmassage-readers.so, which reads this input: not in"
case $(cat "$work/err") in
  "$expected $work/runmassage-readers.so nor $work/../lib/runmassage/runmassage-readers.so") ;;
  *) fail "batch without the module said: $(cat "$work/err")" ;;
esac
[ "$(wc -l <"$work/err")" -eq 1 ] || fail "more than one line on stderr"

printf '<gpx version="1.1"></gpx>\n' >"$work/run.gpx"
status=0
"$work/runmassage" history "$work/run.gpx" >/dev/null 2>"$work/err" || status=$?
[ "$status" -eq 66 ] || fail "history of a GPX file without the module exited $status, not 66"
grep -q "cannot load runmassage-readers.so" "$work/err" || fail "history said: $(cat "$work/err")"

[ "$failed" -eq 0 ] && echo "a program without its readers module plans, and says what is missing"
exit "$failed"
