# An option rules check does not take.
$ runmassage rules check --explain
>>> stdout
>>> stderr
runmassage: error: rules check: unknown option '--explain' (an option of plan and batch)
>>> exit 64
