#!/bin/sh
# Style and lint: clang-format must agree with every C++ file, clang-tidy must find nothing.
# Usage: scripts/lint.sh [BUILD_DIR]  (a build configured with CMAKE_EXPORT_COMPILE_COMMANDS)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/release}
cd "$root"
[ -f "$build/compile_commands.json" ] || {
  echo "lint: no $build/compile_commands.json; configure with --preset release first" >&2
  exit 2
}
echo "lint: clang-format"
git ls-files '*.cpp' '*.hpp' | xargs clang-format --dry-run --Werror
echo "lint: clang-tidy"
# Sources in the compile database; the fuzz targets are only there in a fuzz build.
git ls-files 'src/*.cpp' 'tests/*.cpp' |
  xargs -P "$(nproc)" -n 4 clang-tidy -p "$build" --quiet 2>/dev/null
echo "lint: clean"
