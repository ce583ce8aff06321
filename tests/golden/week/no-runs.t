# Nothing to plan around: exit 64.
$ runmassage week --today 2024-02-26
>>> stdout
>>> stderr
runmassage: error: no runs: give --run, --race, --ics or --history
>>> exit 64
