# week --help ends with examples.
$ runmassage week --help
>>> stdout
A massage schedule for a week or a training block
Usage: runmassage week [OPTIONS]

Options:
  -h,--help                   Print this help message and exit
  --run DATE|DAYS[:WORKOUT]   A DATE, or days every week: sat, tue,thu, mon-fri
  --race DATE[:WORKOUT]       A race day (repeatable); races are runs too
  --ics FILE                  Read the workouts of a training calendar (.ics)
  --tz ZONE                   Zone of timed events (default: TZ or the system's)
  --start DATE                First day (default: this week's first day)
  --week-start DAY            Weeks start on mon (default) or sun
  --weeks N                   How many weeks, 1 to 520 (default 1)
  --budget N/week             Most bookings a week or month (default 1/week)
  --available DAYS            Days to book: sat,sun or mon-fri (default: all)
  --today DATE                Take this day as today
  --format FORMAT             Output format: text (default), json, markdown, ics
  --data DIR                  Read the data files (see data/) from DIR
  --output FILE               Write to FILE; .ics .json .md .txt pick the format
  --color WHEN                Colour text: auto (default), always, never
  --history PATH              Past runs, used instead of the plan before today

DATE is YYYY-MM-DD, today, tomorrow, yesterday, +N or -N days, or a weekday
(the coming one). For --run a weekday means that day every week, and so does
each day of a list or range: --run tue,thu,sat, --run mon-fri (repeatable).
WORKOUT is optional words after a colon: a kind (easy, long, tempo...) and/or
a distance (16mi, 42.2km, 10k, half, marathon), e.g. --run sun:long.
Suggested bookings are marked *; --format ics exports them as all-day events.

Examples:
  runmassage week --run tue --run thu:tempo --run sat:long --race 2024-05-04:10k
  runmassage week --ics plan.ics --start 2024-09-02 --weeks 4
  runmassage week --ics plan.ics --weeks 18 --format ics --output massages.ics
>>> stderr
>>> exit 0
