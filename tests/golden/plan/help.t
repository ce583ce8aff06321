# plan --help ends with examples.
$ runmassage plan --help
>>> stdout
Which massage to book on a day, and why
Usage: runmassage plan [OPTIONS]

Options:
  -h,--help                   Print this help message and exit
  --next-run DATE             The next run (on or after today)
  --last-run DATE             The last run (on or before today)
  --race DATE                 A race day (repeatable); races are runs too
  --today DATE                Plan for this day instead of today
  --format FORMAT             Output format: text (default) or json
  --data DIR                  Read the data files (see data/) from DIR
  --color WHEN                Colour text: auto (default), always, never

DATE is YYYY-MM-DD, today, tomorrow, yesterday, +N or -N days, or a weekday
(monday or mon): the coming one for --next-run and --race, the last one for
--last-run.

Examples:
  runmassage plan --next-run 2024-05-03
  runmassage plan --last-run yesterday --next-run sat --format json
  runmassage plan --today 2024-04-29 --race 2024-05-04
>>> stderr
>>> exit 0
