# plan --help ends with examples.
$ runmassage plan --help
>>> stdout
Which massage to book on a day, and why
Usage: runmassage plan [OPTIONS]

Options:
  -h,--help                   Print this help message and exit
  --next-run DATE[:WORKOUT]   The next run (on or after today)
  --last-run DATE[:WORKOUT]   The last run (on or before today)
  --race DATE[:WORKOUT]       A race day (repeatable); races are runs too
  --today DATE                Plan for this day instead of today
  --format FORMAT             Output format: text (default) or json
  --data DIR                  Read the data files (see data/) from DIR
  --color WHEN                Colour text: auto (default), always, never
  --explain                   Show how each rule and condition decided
  --history PATH              Past activities: a file or folder (repeatable)
  --hr-rest BPM               Resting heart rate, for TRIMP
  --hr-max BPM                Maximum heart rate, for TRIMP
  --sex SEX                   male (default) or female: TRIMP's constants

DATE is YYYY-MM-DD, today, tomorrow, yesterday, +N or -N days, or a weekday
(monday or mon): the coming one for --next-run and --race, the last one for
--last-run. WORKOUT is optional words after a colon: a kind (easy, long, tempo,
intervals...) and/or a distance (16mi, 42.2km, 10k, half, marathon).
--history reads FIT, GPX, TCX, Strava exports and .jsonl logs: without
--last-run, the last run comes from it, and so do past races and the load.

Examples:
  runmassage plan --next-run sat:long
  runmassage plan --last-run tue:tempo --next-run "sat:Long Run 16 mi"
  runmassage plan --today 2024-10-24 --race 2024-10-27:marathon --format json
  runmassage plan --today 2024-05-02 --next-run sat:long --explain
  runmassage plan --history ~/strava-export --next-run sat:long
>>> stderr
>>> exit 0
