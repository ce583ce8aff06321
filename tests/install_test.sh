#!/bin/sh
# Installs the build into a scratch DESTDIR, checks every file lands where the issue says, and
# runs the installed program from another directory with an empty environment.
# Usage: install_test.sh CMAKE BUILD_DIR SOURCE_DIR
set -eu
cmake=$1
build=$2
source=$3
failed=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
  echo "FAIL: $*" >&2
  failed=1
}

DESTDIR="$work/root" "$cmake" --install "$build" --prefix /usr >"$work/install.log"
root="$work/root/usr"
for file in bin/runmassage share/runmassage/massages.json share/runmassage/rules.json \
  share/runmassage/schedule.json share/man/man1/runmassage.1 \
  share/bash-completion/completions/runmassage share/zsh/vendor-completions/_runmassage \
  share/fish/vendor_completions.d/runmassage.fish share/doc/runmassage/copyright; do
  [ -f "$root/$file" ] || fail "$file was not installed"
done
[ -x "$root/bin/runmassage" ] || fail "bin/runmassage is not executable"
for data in massages rules schedule; do
  cmp -s "$source/data/$data.json" "$root/share/runmassage/$data.json" ||
    fail "share/runmassage/$data.json differs from data/$data.json"
done
# The JSON Schemas, every one of docs/schema/, unchanged.
for schema in "$source"/docs/schema/*.json; do
  name=$(basename "$schema")
  cmp -s "$schema" "$root/share/runmassage/schema/$name" ||
    fail "share/runmassage/schema/$name is missing or differs from docs/schema/$name"
done

# From an unrelated directory, with nothing in the environment: no PATH, HOME, TERM or locale.
mkdir "$work/elsewhere"
cd "$work/elsewhere"
run() { env -i "$root/bin/runmassage" "$@"; }

version=$(run --version) || fail "--version failed"
case $version in "runmassage "[0-9]*) ;; *) fail "--version printed '$version'" ;; esac

plan=$(run plan --today 2024-05-02 --next-run sat) || fail "plan failed"
printf '%s\n' "$plan" | grep -qx "Book: Deep tissue massage (45-90 minutes)" ||
  fail "plan did not recommend deep tissue: $plan"
case $plan in *"$(printf '\033')"*) fail "plan coloured output that is not a terminal" ;; esac

# The installed data files are the built-in ones, so --data with them changes nothing.
with_data=$(run plan --today 2024-05-02 --next-run sat --data "$root/share/runmassage") ||
  fail "plan --data share/runmassage failed"
[ "$with_data" = "$plan" ] || fail "plan with the installed data differs from the built-in data"

# The installed data passes its own check and its installed test cases.
run rules check --data "$root/share/runmassage" >/dev/null || fail "rules check on share/runmassage"
run rules test --data "$root/share/runmassage" "$root"/share/runmassage/tests/*.jsonl >/dev/null ||
  fail "rules test of share/runmassage/tests failed"

run types --format json >/dev/null || fail "types failed"
run week --today 2024-04-29 --run tue --run sat >/dev/null || fail "week failed"
echo '{"id": 1, "today": "2024-05-02", "next_run": "sat"}' | run batch --brief >/dev/null ||
  fail "batch failed"

# An absolute XDG_CONFIG_HOME is where the config file is read from.
mkdir -p "$work/xdg/runmassage"
printf '[plan]\nformat = "json"\n' >"$work/xdg/runmassage/config.toml"
json=$(env -i XDG_CONFIG_HOME="$work/xdg" "$root/bin/runmassage" plan --today 2024-05-02 \
  --next-run sat) || fail "plan with a config file failed"
case $json in "{"*) ;; *) fail "[plan] format = \"json\" in the config file was not used" ;; esac

# The installed completion and man page load from where they were put.
bash --norc --noprofile -c '. "$1" && complete -p runmassage' bash \
  "$root/share/bash-completion/completions/runmassage" >/dev/null ||
  fail "the installed bash completion does not load"
if command -v man >/dev/null 2>&1; then
  LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$root/share/man/man1/runmassage.1" 2>/dev/null |
    grep -q "EXIT STATUS" || fail "the installed man page does not render"
fi

[ "$failed" -eq 0 ] && echo "installed runmassage works"
exit "$failed"
