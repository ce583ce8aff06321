#!/bin/sh
# Quick start: installs what is missing, builds runmassage and runs it with the given arguments.
# Example: ./scripts/run.sh plan --next-run sat
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
cd "$root"
# Only what running needs: the first configure leaves the tests out (they need packages that
# deps.sh only installs for scripts/test.sh, which turns them on).
if [ ! -f build/release/CMakeCache.txt ]; then
  cmake --preset release -DBUILD_TESTING=OFF >/dev/null
fi
cmake --build --preset release --target runmassage -j "$(nproc)" >/dev/null
exec "$root/build/release/runmassage" "$@"
