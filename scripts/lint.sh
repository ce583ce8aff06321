#!/bin/sh
# Style and lint: clang-format must agree with every C++ file, clang-tidy must find nothing.
# Usage: scripts/lint.sh
# clang-tidy reads the compile commands of build/lint, the release preset configured (not built)
# without precompiled headers: clang cannot read gcc's, and without them a file that does not
# include what it uses fails. The command-line sources are listed one by one, not as one unit. A file is not checked again while nothing it is checked with has
# changed since it last passed (its text, the project's headers, the flags, .clang-tidy).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build/lint
cd "$root"
echo "lint: clang-format"
git ls-files '*.cpp' '*.hpp' | xargs clang-format --dry-run --Werror
echo "lint: clang-tidy"
cmake --preset release -B "$build" -DRUNMASSAGE_PCH=OFF -DRUNMASSAGE_UNITY_CLI=OFF >/dev/null
passed=$build/tidy-passed
mkdir -p "$passed"
# Everything but the file itself that can change what clang-tidy says about it.
shared=$( (clang-tidy --version; cat .clang-tidy "$build/compile_commands.json"
  git ls-files '*.hpp' | xargs cat) | sha256sum | cut -c1-64)
# Sources in the compile database; the fuzz targets are only there in a fuzz build.
todo=""
for file in $(git ls-files 'src/*.cpp' 'tests/*.cpp'); do
  key=$( (echo "$shared"; cat "$file") | sha256sum | cut -c1-64)
  [ -f "$passed/$key" ] || todo="$todo $file:$key"
done
# shellcheck disable=SC2086  # one word per file
printf '%s\n' $todo | xargs -r -P "$(nproc)" -n 1 sh -c '
  clang-tidy -p "$1" --quiet "${3%:*}" 2>/dev/null && touch "$2/${3#*:}"' sh "$build" "$passed" ||
  exit 1
echo "lint: clean"
