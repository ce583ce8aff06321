#!/bin/sh
# Installs what is missing, then builds and runs every test twice (an optimised gcc build and
# a clang build under AddressSanitizer and UndefinedBehaviorSanitizer), then the lint checks.
# Exits non-zero on any failure; either way it ends by saying how long it took.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
started=$(date +%s)
elapsed() { echo "$(($(date +%s) - started)) s"; }
trap 'echo "test.sh: finished in $(elapsed)"' EXIT
"$root/scripts/deps.sh" --test
jobs=$(nproc)
for preset in release asan; do
  echo "== $preset: build (at $(elapsed))"
  cmake --preset "$preset" -DBUILD_TESTING=ON >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
  echo "== $preset: test (at $(elapsed))"
  ctest --preset "$preset" -j "$jobs"
done
echo "== lint (at $(elapsed))"
"$root/scripts/lint.sh"
