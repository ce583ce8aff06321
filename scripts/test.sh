#!/bin/sh
# Installs what is missing, then builds and runs every test twice (an optimised gcc build and
# a clang build under AddressSanitizer and UndefinedBehaviorSanitizer), then the lint checks.
# Exits non-zero on any failure; either way it ends by saying how long it took.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
started=$(date +%s)
trap 'echo "test.sh: $(($(date +%s) - started)) s"' EXIT
"$root/scripts/deps.sh" --test
jobs=$(nproc)
for preset in release asan; do
  echo "== $preset: build"
  cmake --preset "$preset" -DBUILD_TESTING=ON >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
  echo "== $preset: test"
  ctest --preset "$preset" -j "$jobs"
done
echo "== lint"
"$root/scripts/lint.sh" "$root/build/release"
