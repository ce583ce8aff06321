#!/bin/sh
# Style and lint: clang-format must agree with every C++ file, clang-tidy must find nothing.
# Usage: scripts/lint.sh
# clang-tidy reads the compile commands of build/lint, the release preset configured (not built)
# without precompiled headers: clang cannot read gcc's, and without them a file that does not
# include what it uses fails. The command-line sources are checked as the one unit they are
# compiled as (RUNMASSAGE_UNITY_CLI): CLI11 is then analysed once instead of once per file, which
# took most of the lint's time. A file is not checked again while nothing it is checked with has
# changed since it last passed (its text, the project's headers, the flags, .clang-tidy).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build/lint
cd "$root"
echo "lint: clang-format"
git ls-files '*.cpp' '*.hpp' | xargs clang-format --dry-run --Werror
echo "lint: clang-tidy"
cmake --preset release -B "$build" -DRUNMASSAGE_PCH=OFF -DRUNMASSAGE_UNITY_CLI=ON >/dev/null
passed=$build/tidy-passed
mkdir -p "$passed"
# Everything but the file itself that can change what clang-tidy says about it.
shared=$( (clang-tidy --version; cat .clang-tidy "$build/compile_commands.json"
  git ls-files '*.hpp' | xargs cat) | sha256sum | cut -c1-64)
# Our sources, except those the compile database has only inside a generated unit (the CLI's),
# which is checked in their place. The fuzz targets are not in a release build's database;
# clang-tidy borrows a neighbour's flags for them.
files=$(git ls-files 'src/*.cpp' 'tests/*.cpp' | python3 -c '
import json, re, sys
database = json.load(open(sys.argv[1] + "/compile_commands.json"))
units = [entry["file"] for entry in database if "/Unity/" in entry["file"]]
inside = set()
for unit in units:
    inside.update(re.findall(r"^#include \"(.*)\"$", open(unit).read(), re.M))
for name in sys.stdin.read().split():
    if sys.argv[2] + "/" + name not in inside:
        print(name)
print("\n".join(units))
' "$build" "$root")
todo=""
for file in $files; do
  case $file in
    */Unity/*) sources=$(sed -n 's/^#include "\(.*\)"$/\1/p' "$file") ;;
    *) sources=$file ;;
  esac
  # shellcheck disable=SC2086  # one word per source
  key=$( (echo "$shared"; cat $sources) | sha256sum | cut -c1-64)
  [ -f "$passed/$key" ] || todo="$todo $file:$key"
done
# A generated unit includes .cpp files by design; .clang-tidy sits beside the sources, not it.
# shellcheck disable=SC2086,SC2016  # one word per file; the inner script expands its own
printf '%s\n' $todo | xargs -r -P "$(nproc)" -n 1 sh -c '
  file=${3%:*}
  case $file in */Unity/*) unit=--checks=-bugprone-suspicious-include ;; *) unit= ;; esac
  clang-tidy -p "$1" --config-file=.clang-tidy $unit --quiet "$file" 2>/dev/null &&
    touch "$2/${3#*:}"' sh "$build" "$passed" ||
  exit 1
echo "lint: clean"
