#!/bin/sh
# week --output and --format ics against the file system and a real calendar program (calcurse).
# Usage: week_files_test.sh RUNMASSAGE MARATHON_ICS; exit 77 (skipped) without calcurse.
set -u
runmassage=$1
marathon=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

week="week --today 2024-04-29 --run tue --run thu --run sat --race 2024-05-04 --budget 2/week"

# --output writes exactly what stdout would show, for every format.
for format in text json markdown ics; do
  # shellcheck disable=SC2086
  "$runmassage" $week --format $format > "$work/stdout.$format" || fail "$format to stdout"
  # shellcheck disable=SC2086
  "$runmassage" $week --format $format --output "$work/out.$format" || fail "$format --output"
  cmp -s "$work/stdout.$format" "$work/out.$format" || fail "$format --output differs from stdout"
  [ -s "$work/out.$format" ] || fail "$format --output is empty"
done

# Without --format, --output's extension picks the format (any case); other names get text.
for pair in ics:ics json:json md:markdown txt:text ICS:ics data:text; do
  extension=${pair%%:*}
  # shellcheck disable=SC2086
  "$runmassage" $week --output "$work/by-name.$extension" || fail "--output by-name.$extension"
  cmp -s "$work/by-name.$extension" "$work/stdout.${pair#*:}" ||
    fail "--output by-name.$extension is not ${pair#*:}"
done
# A --format that says the same is fine; one that contradicts the extension is a usage error
# and writes nothing.
# shellcheck disable=SC2086
"$runmassage" $week --format ics --output "$work/same.ics" || fail "--format ics --output .ics"
# shellcheck disable=SC2086
"$runmassage" $week --format json --output "$work/clash.ics" 2>"$work/clash.err"
[ $? -eq 64 ] || fail "--format json --output clash.ics should exit 64"
[ -e "$work/clash.ics" ] && fail "a contradicting --format wrote the file"
[ "$(cat "$work/clash.err")" = "runmassage: error: --output $work/clash.ics is ics by its extension, but --format is json" ] ||
  fail "unexpected message: $(cat "$work/clash.err")"
# A config file's format is only a default: the extension wins over it.
mkdir -p "$work/xdg/runmassage"
printf '[week]\nformat = "json"\n' >"$work/xdg/runmassage/config.toml"
# shellcheck disable=SC2086
XDG_CONFIG_HOME="$work/xdg" "$runmassage" $week --output "$work/config.ics" ||
  fail "--output .ics with a config format"
cmp -s "$work/config.ics" "$work/stdout.ics" || fail "the config's format beat the extension"

# A failing run leaves an existing file untouched and no temporary file behind.
printf 'old contents\n' > "$work/keep.ics"
"$runmassage" week --today 2024-04-29 --ics "$work/missing.ics" --format ics --output "$work/keep.ics" 2>/dev/null
[ $? -eq 66 ] || fail "missing calendar should exit 66"
[ "$(cat "$work/keep.ics")" = "old contents" ] || fail "existing file was changed by a failed run"
"$runmassage" week --today 2024-04-29 --run sat --weeks 999 --output "$work/keep.ics" 2>/dev/null
[ $? -eq 64 ] || fail "bad --weeks should exit 64"
[ "$(cat "$work/keep.ics")" = "old contents" ] || fail "existing file was changed by a usage error"
leftovers=$(find "$work" -name '.*.XXXXXX' -o -name '.keep.ics.*' -o -name '.out.*' | wc -l)
[ "$leftovers" -eq 0 ] || fail "temporary files left behind"

# --output replaces an existing file in one step.
# shellcheck disable=SC2086
"$runmassage" $week --format ics --output "$work/keep.ics" || fail "replace existing file"
cmp -s "$work/keep.ics" "$work/stdout.ics" || fail "replaced file has the wrong contents"

# Through a symbolic link the target is replaced and the link kept; a device or a FIFO is
# written into, never replaced by a regular file.
echo "old" > "$work/target.ics"
ln -s target.ics "$work/link.ics"
"$runmassage" $week --format ics --output "$work/link.ics" || fail "write through a symlink"
[ -L "$work/link.ics" ] || fail "the symlink was replaced"
cmp -s "$work/target.ics" "$work/stdout.ics" || fail "the symlink's target has the wrong contents"
ln -s missing.ics "$work/dangling.ics"
"$runmassage" $week --format ics --output "$work/dangling.ics" 2>/dev/null
[ $? -eq 66 ] || fail "a dangling symlink should exit 66"
mkfifo "$work/fifo"
cat "$work/fifo" > "$work/from-fifo" &
"$runmassage" $week --format ics --output "$work/fifo" || fail "write into a FIFO"
wait
[ -p "$work/fifo" ] || fail "the FIFO was replaced"
cmp -s "$work/from-fifo" "$work/stdout.ics" || fail "the FIFO's reader got the wrong contents"

if ! command -v calcurse >/dev/null 2>&1; then
  echo "calcurse not installed: skipping the import check" >&2
  [ "$failures" -eq 0 ] || exit 1
  exit 77
fi

# calcurse imports both suggested bookings of the issue's week as all-day events.
report=$(calcurse -D "$work/cal" -i "$work/out.ics" 2>&1)
echo "$report" | grep -q "0 apps / 2 events / 0 todos / 0 skipped" ||
  fail "calcurse import report: $report"
events=$(calcurse -D "$work/cal" --input-datefmt 4 -Q --from 2024-04-29 --days 7 \
  --filter-type event --format-event '%m\n' 2>&1)
expected=$(printf '05/03/24:\nSwedish massage\n\n05/05/24:\nDeep tissue massage')
[ "$events" = "$expected" ] || fail "calcurse shows: $events"

# The 18-week marathon plan's bookings: one per suggestion, all imported.
"$runmassage" week --today 2024-06-20 --ics "$marathon" --start 2024-06-24 --weeks 18 \
  --format ics --output "$work/marathon.ics" || fail "marathon ics"
count=$(grep -c '^BEGIN:VEVENT' "$work/marathon.ics")
report=$(calcurse -D "$work/cal2" -i "$work/marathon.ics" 2>&1)
echo "$report" | grep -q "0 apps / $count events / 0 todos / 0 skipped" ||
  fail "calcurse marathon import ($count events): $report"
[ "$count" -eq 18 ] || fail "expected 18 suggested bookings, found $count"

[ "$failures" -eq 0 ] || exit 1
echo "ok"
