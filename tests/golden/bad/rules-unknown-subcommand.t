# A typo for check.
$ runmassage rules chek
>>> stdout
>>> stderr
runmassage: error: rules: unknown subcommand 'chek' (check or test)
>>> exit 64
