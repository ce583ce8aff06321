# An option with no command at all.
$ runmassage --format json
>>> stdout
>>> stderr
runmassage: error: '--format' is an option of plan, types, week and history; it goes after the command
>>> exit 64
