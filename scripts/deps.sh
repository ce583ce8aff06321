#!/bin/sh
# Installs the Debian packages runmassage needs, if any are missing.
# Usage: scripts/deps.sh          what building and running need (scripts/run.sh)
#        scripts/deps.sh --test   that, plus what the tests and lint checks need (scripts/test.sh)
set -eu
packages="g++ cmake make libcli11-dev nlohmann-json3-dev libhowardhinnant-date-dev
  libsimdjson-dev libical-dev libpugixml-dev zlib1g-dev libzip-dev libcsv-dev pkg-config lld"
if [ "${1:-}" = "--test" ]; then
  # catch2: unit tests; python3: the golden runner; python3-jsonschema: the schema test; calcurse: imports the exported calendar;
  # zsh, fish: completion tests; dpkg-dev, file (which CPack runs): the .deb; clang and its
  # sanitizer runtime: the asan build; clang-format, clang-tidy: scripts/lint.sh.
  packages="$packages catch2 python3 python3-jsonschema calcurse zsh fish dpkg-dev file clang libclang-rt-14-dev
    clang-format clang-tidy"
fi
missing=""
for package in $packages; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing="$missing $package"
done
[ -z "$missing" ] && exit 0
echo "Installing:$missing" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >&2
