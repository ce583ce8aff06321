# rules alone: which subcommand?
$ runmassage rules
>>> stdout
>>> stderr
runmassage: error: rules: no subcommand given (check or test)
>>> exit 64
