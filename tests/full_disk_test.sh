#!/bin/bash
# Output that cannot be written (a full disk: /dev/full) is an error whatever prints it, help
# and version included: exit 66 and one line on stderr, never a quiet success.
set -u
bin=$1
[ -w /dev/full ] || { echo "no /dev/full here: skipped"; exit 77; }
expected="runmassage: error: cannot write output: No space left on device"
fail=0
check() {
  local stderr status
  stderr=$("$bin" "$@" 2>&1 >/dev/full)
  status=$?
  [ "$status" -eq 66 ] || { echo "runmassage $*: exit $status, expected 66"; fail=1; }
  [ "$stderr" = "$expected" ] || { echo "runmassage $*: stderr was: $stderr"; fail=1; }
}
check --help
check --version
check plan --help
check types
check plan --today 2024-05-02 --next-run sat
check week --today 2024-05-02 --run sat
exit $fail
