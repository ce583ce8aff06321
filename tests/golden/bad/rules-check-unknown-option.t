# An option rules check does not take.
$ runmassage rules check --explain
>>> stdout
>>> stderr
runmassage: error: rules check: unknown option '--explain'
>>> exit 64
