#!/bin/sh
# golden-update regenerates the goldens in the golden tests' own environment, so nothing of the
# developer's leaks into them. This runs golden-update's command (checking, not updating) from an
# environment with its own config file in both places runmassage looks, a data directory, a
# far-off time zone, colours asked for and a wide terminal; every case must still pass.
# Usage: golden_hermetic_test.sh RUNMASSAGE GOLDEN_COMMAND... BINARY CASE...
set -eu
binary=$1
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home/.config/runmassage" "$work/xdg/runmassage" "$work/data"
config='[plan]
format = "json"
color = "always"
[types]
format = "json"
[week]
format = "markdown"
weeks = "2"
[batch]
brief = true
[history]
format = "json"
'
printf '%s' "$config" >"$work/home/.config/runmassage/config.toml"
printf '%s' "$config" >"$work/xdg/runmassage/config.toml"

hostile() {
  HOME="$work/home" XDG_CONFIG_HOME="$work/xdg" RUNMASSAGE_DATA_DIR="$work/data" \
    TZ=Pacific/Kiritimati NO_COLOR= TERM=xterm-256color COLUMNS=132 "$@"
}

# The environment is hostile indeed: on its own it changes what runmassage prints.
out=$(hostile "$binary" types 2>&1) && {
  echo "FAIL: runmassage types ignored RUNMASSAGE_DATA_DIR in the hostile environment" >&2
  exit 1
}
case $out in
  *"$work/data"*) ;;
  *)
    echo "FAIL: unexpected output from the hostile environment: $out" >&2
    exit 1
    ;;
esac
hostile env RUNMASSAGE_DATA_DIR= "$binary" plan --today 2024-05-02 --next-run sat | grep -q '"schema"' || {
  echo "FAIL: the hostile config file was not read" >&2
  exit 1
}

hostile "$@" >"$work/log" || {
  grep -v '^ok ' "$work/log" | head -60 >&2
  echo "FAIL: goldens change in a developer's environment" >&2
  exit 1
}
tail -1 "$work/log"
