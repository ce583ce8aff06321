# The top-level help lists the commands and ends with examples and exit codes.
$ runmassage --help
>>> stdout
runmassage: which massage a runner should book, and when.
Usage: runmassage [OPTIONS] [SUBCOMMAND]

Options:
  -h,--help                   Print this help message and exit
  --version                   Display program version information and exit
  --config FILE               Read option defaults from FILE (see runmassage(1))

Subcommands:
  plan                        Which massage to book on a day, and why
  types                       List the massage types and their techniques
  batch                       Plan for many runners: JSON Lines in and out
  week                        A massage schedule for a week or a training block
  history                     Past runs week by week, with training load
  rules                       Check the rules and run a clinic's test cases

A config file holds defaults for each command's options, in a section per
command ([plan] format = "json"); options given on the command line win.
Exit status: 0 ok, 64 usage error, 65 invalid data, 66 unreadable file,
70 internal error, 141 batch's reader closed the pipe. See runmassage(1).

Examples:
  runmassage plan --next-run sat
  runmassage plan --last-run yesterday --next-run tomorrow --format json
  runmassage types
  runmassage week --run tue --run thu --run sat --race 2024-05-04
  runmassage batch runners.jsonl | jq -r .recommended.id
  runmassage history ~/strava-export --weeks 12
  runmassage rules check --data ./clinic
>>> stderr
>>> exit 0
