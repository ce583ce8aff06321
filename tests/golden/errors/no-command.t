# No command at all.
$ runmassage
>>> stdout
>>> stderr
runmassage: error: no command given (try plan or types)
>>> exit 64
