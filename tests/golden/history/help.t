# history --help ends with examples.
$ runmassage history --help
>>> stdout
Past runs week by week, with training load
Usage: runmassage history [OPTIONS] PATH...

Positionals:
  PATH PATH ... REQUIRED      FIT, GPX, TCX, .jsonl, Strava export

Options:
  -h,--help                   Print this help message and exit
  --weeks N                   How many weeks up to today (default 8)
  --week-start DAY            Weeks start on mon (default) or sun
  --today DATE                Take this day as today
  --format FORMAT             Output format: text (default) or json
  --data DIR                  Read the data files (see data/) from DIR
  --color WHEN                Colour text: auto (default), always, never
  --hr-rest BPM               Resting heart rate, for TRIMP
  --hr-max BPM                Maximum heart rate, for TRIMP
  --sex SEX                   male (default) or female: TRIMP's constants

PATH is a file (.fit, .gpx, .tcx, .jsonl, each maybe .gz, or a Strava export
.zip) or a folder searched for them. Bad files in a folder are skipped with a
warning; a bad file given directly is an error. Bars are Unicode blocks, or #
with --color never, NO_COLOR or TERM=dumb.

Examples:
  runmassage history ~/strava-export --weeks 12
  runmassage history ~/garmin/activities --format json | jq '.weeks[-1]'
>>> stderr
>>> exit 0
