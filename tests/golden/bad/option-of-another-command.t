# An option of week and history given before plan.
$ runmassage --weeks 2 plan --next-run sat
>>> stdout
>>> stderr
runmassage: error: '--weeks' is an option of week and history; it goes after the command
>>> exit 64
