#!/bin/sh
# Installs the Debian packages runmassage needs to build and test, if any are missing.
set -eu
# calcurse, zsh and fish are for tests (calendar import, completions); dpkg-dev and file
# (which CPack runs to find shared-library dependencies) for the .deb.
packages="g++ cmake make libcli11-dev nlohmann-json3-dev libhowardhinnant-date-dev catch2
  libsimdjson-dev libical-dev libpugixml-dev zlib1g-dev libzip-dev libcsv-dev pkg-config
  calcurse dpkg-dev file zsh fish clang libclang-rt-14-dev
  clang-format clang-tidy"
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
