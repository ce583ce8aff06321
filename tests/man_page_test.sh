#!/bin/sh
# Keeps runmassage(1) in step with --help: every command and every long option in each --help
# must appear in the page, and each --help must fit 80 columns and end with its examples.
# Renders the page with man(1) when it is installed and fails on any warning.
# Usage: man_page_test.sh RUNMASSAGE MAN_PAGE
set -eu
binary=$1
page=$2
failed=0

# The page's text with roff's escaped hyphens made plain, so "\-\-next\-run" reads --next-run.
text=$(sed 's/\\-/-/g' "$page")

for command in "" plan types week batch history rules "rules check" "rules test"; do
  # shellcheck disable=SC2086  # "rules check" is two words
  help=$("$binary" $command --help)
  label="runmassage${command:+ $command} --help"
  if [ -n "$command" ] && ! printf '%s\n' "$text" | grep -qx "\.SS \"$command\""; then
    echo "FAIL: the page has no section for the command $command" >&2
    failed=1
  fi
  for option in $(printf '%s\n' "$help" | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
    if ! printf '%s\n' "$text" | grep -qE -- "$option([^a-z-]|\$)"; then
      echo "FAIL: $label lists $option, which the man page does not mention" >&2
      failed=1
    fi
  done
  printf '%s\n' "$help" | awk -v label="$label" 'length > 80 {
    print "FAIL: " label " has a line wider than 80 columns: " $0; bad = 1 } END { exit bad }' >&2 ||
    failed=1
  # The last paragraph of the help is its examples.
  last_paragraph=$(printf '%s\n' "$help" | awk 'BEGIN { RS = "" } { p = $0 } END { print p }')
  case $last_paragraph in
    Examples:*) ;;
    *)
      echo "FAIL: $label does not end with examples" >&2
      failed=1
      ;;
  esac
done

# Each command's --format paragraph names exactly the formats the command takes: the list its
# message for an unknown format gives, which comes from the table in src/cli_common.hpp.
for command in plan types week; do
  expected=$("$binary" "$command" --format '?' 2>&1 | sed -n 's/.*(expected \(.*\))$/\1/p' |
    tr -d ',' | tr ' ' '\n' | sort | paste -sd ' ' -)
  documented=$(printf '%s\n' "$text" | awk -v section=".SS \"$command\"" '
    $0 == section { inside = 1; next }
    inside && /^\.S[SH]/ { exit }
    inside && $0 == ".BI --format \" FORMAT\"" { formats = 1; next }
    formats && $0 == ".TP" { exit }
    formats && /^\.BR? / { print $2 }' | sort | paste -sd ' ' -)
  if [ -z "$expected" ] || [ "$documented" != "$expected" ]; then
    echo "FAIL: the page's $command --format names '$documented'; $command takes '$expected'" >&2
    failed=1
  fi
done

for heading in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS DATE "CONFIGURATION FILE" \
  "EXIT STATUS" ENVIRONMENT FILES EXAMPLES; do
  if ! printf '%s\n' "$text" | grep -qE "^\.SH \"?$heading\"?\$"; then
    echo "FAIL: the page has no $heading section" >&2
    failed=1
  fi
done

if command -v man >/dev/null 2>&1; then
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings=w -l "$page" 2>&1 >/dev/null || true)
  if [ -n "$warnings" ]; then
    echo "FAIL: man reports problems rendering $page:" >&2
    printf '%s\n' "$warnings" >&2
    failed=1
  fi
fi

[ "$failed" -eq 0 ] && echo "man page matches --help"
exit "$failed"
