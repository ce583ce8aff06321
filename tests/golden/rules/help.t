# rules names its two subcommands.
$ runmassage rules --help
>>> stdout
Check the rules and run a clinic's test cases
Usage: runmassage rules [OPTIONS] [SUBCOMMAND]

Options:
  -h,--help                   Print this help message and exit

Subcommands:
  check                       Analyse the rules over every situation
  test                        Run test cases against the rules

check looks for days with no advice, rules that never fire or never win, and
suggestion picks the rules never allow; test runs a clinic's cases. Both exit
with 1 when they find something. See runmassage rules check --help.

Examples:
  runmassage rules check --data ./clinic
  runmassage rules test --data ./clinic clinic-cases.jsonl
>>> stderr
>>> exit 0
