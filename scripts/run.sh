#!/bin/sh
# Quick start: installs what is missing, builds runmassage and runs it with the given arguments.
# Example: ./scripts/run.sh plan --next-run sat
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
cd "$root"
cmake --preset release >/dev/null
cmake --build --preset release --target runmassage -j "$(nproc)" >/dev/null
exec "$root/build/release/runmassage" "$@"
