# rules test needs at least one case file.
$ runmassage rules test
>>> stdout
>>> stderr
runmassage: error: rules test: no case FILE given
>>> exit 64
