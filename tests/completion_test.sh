#!/bin/sh
# Tests the shell completions: bash completes commands, options and their values (driven by
# setting COMP_WORDS and calling the function, as bash does); fish likewise through
# `complete -C` when fish is installed; zsh's file must parse. Every long option that a
# command's --help lists must be offered by each completion file.
# Usage: completion_test.sh RUNMASSAGE COMPLETIONS_DIR
set -eu
# Absolute, since the checks run in a scratch directory of files to complete.
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
dir=$(cd "$2" && pwd)
failed=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/plans" "$work/some dir"
touch "$work/marathon.ics"
cd "$work"

# expect SHELL_NAME "COMMAND LINE" "EXPECTED" "GOT"
expect() {
  if [ "$4" != "$3" ]; then
    echo "FAIL: $1 completes '$2' to '$4', expected '$3'" >&2
    failed=1
  fi
}

# The words bash offers for a command line; a trailing space starts a new, empty word.
bash_complete() {
  bash --norc --noprofile -c '
    . "$1"
    read -ra COMP_WORDS <<<"$2"
    case $2 in *" ") COMP_WORDS+=("") ;; esac
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    _runmassage
    printf "%s\n" "${COMPREPLY[@]}" | sort | paste -sd " " -
  ' bash "$dir/runmassage.bash" "$1"
}

check_bash() {
  expect bash "$1" "$2" "$(bash_complete "$1")"
}

# The formats COMMAND takes, sorted: the list its message for an unknown format gives, which comes
# from the table in src/cli_common.hpp.
formats_of() {
  # shellcheck disable=SC2086  # "rules check" is two words
  "$binary" $1 --format '?' 2>&1 | sed -n 's/.*(expected \(.*\))$/\1/p' | tr -d ',' |
    tr ' ' '\n' | sort | paste -sd ' ' -
}
plan_formats=$(formats_of plan)
week_formats=$(formats_of week)
[ -n "$plan_formats" ] && [ -n "$week_formats" ] || {
  echo "FAIL: no list of formats in the message for an unknown format" >&2
  failed=1
}

check_bash "runmassage pl" "plan"
check_bash "runmassage " "batch history plan rules types week"
check_bash "runmassage rules " "check test"
check_bash "runmassage rules check --format " "$(formats_of "rules check")"
check_bash "runmassage rules test " "marathon.ics plans some dir"
check_bash "runmassage plan --format " "$plan_formats"
check_bash "runmassage types --format " "$(formats_of types)"
check_bash "runmassage week --format " "$week_formats"
check_bash "runmassage plan --color " "always auto never"
check_bash "runmassage week --week-start " "mon sun"
check_bash "runmassage plan --next-run fr" "fri friday"
check_bash "runmassage plan --last-run to" "today tomorrow"
check_bash "runmassage --config x.toml pl" "plan"
check_bash "runmassage week --co" "--color"
check_bash "runmassage --v" "--version"
check_bash "runmassage week --data " "plans some dir"
check_bash "runmassage week --ics m" "marathon.ics"
check_bash "runmassage week --output " "marathon.ics plans some dir"
check_bash "runmassage batch " "marathon.ics plans some dir"
check_bash "runmassage plan --sex " "female male"
check_bash "runmassage history --week-start " "mon sun"
check_bash "runmassage history " "marathon.ics plans some dir"

if command -v fish >/dev/null 2>&1; then
  check_fish() {
    # shellcheck disable=SC2016  # $argv is fish's, expanded by fish
    got=$(fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$dir/runmassage.fish" "$1" |
      cut -f1 | sort | paste -sd " " -)
    expect fish "$1" "$2" "$got"
  }
  check_fish "runmassage pl" "plan"
  check_fish "runmassage plan --format " "$plan_formats"
  check_fish "runmassage types --format " "$(formats_of types)"
  check_fish "runmassage week --format " "$week_formats"
  check_fish "runmassage week --color " "always auto never"
  check_fish "runmassage plan --next-run fr" "fri friday"
  check_fish "runmassage week --data " "plans/ some dir/"
  check_fish "runmassage week --ics m" "marathon.ics"
else
  echo "fish not installed: fish completion not exercised"
fi

if command -v zsh >/dev/null 2>&1; then
  zsh -n "$dir/_runmassage" || { echo "FAIL: zsh cannot parse _runmassage" >&2; failed=1; }
else
  echo "zsh not installed: zsh completion not parsed"
fi

# zsh's file offers each command's formats in its `--format=[...]:format:(...)` spec.
for command in plan types week; do
  got=$(awk -v start="        $command)" '$0 == start { inside = 1 } inside && /;;/ { exit }
    inside && /--format=/ { sub(/.*:format:\(/, ""); sub(/\).*/, ""); print }' \
    "$dir/_runmassage" | tr ' ' '\n' | sort | paste -sd ' ' -)
  expect zsh "runmassage $command --format " "$(formats_of "$command")" "$got"
done

# Every long option of every command, offered by every completion file.
for command in "" plan types week batch history rules "rules check" "rules test"; do
  # shellcheck disable=SC2086  # "rules check" is two words
  for option in $("$binary" $command --help | grep -oE -- '^ +(-h,)?--[a-z][a-z-]*' |
    grep -oE -- '--[a-z][a-z-]*'); do
    name=${option#--}
    for file in runmassage.bash _runmassage; do
      grep -qE -- "$option([^a-z-]|\$)" "$dir/$file" ||
        { echo "FAIL: $file does not offer $option${command:+ for $command}" >&2; failed=1; }
    done
    grep -qE -- "-l $name( |\$)" "$dir/runmassage.fish" ||
      { echo "FAIL: runmassage.fish does not offer $option${command:+ for $command}" >&2; failed=1; }
  done
done

[ "$failed" -eq 0 ] && echo "completions work"
exit "$failed"
