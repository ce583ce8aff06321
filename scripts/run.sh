#!/bin/sh
# Quick start: installs what is missing, builds runmassage and runs it with the given arguments.
# Example: ./scripts/run.sh plan --next-run sat
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$root/build" --target runmassage -j "$(nproc)" >/dev/null
exec "$root/build/runmassage" "$@"
