# No command at all.
$ runmassage
>>> stdout
>>> stderr
runmassage: error: no command given (try runmassage --help)
>>> exit 64
