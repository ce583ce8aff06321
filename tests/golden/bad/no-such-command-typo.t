# A misspelt command.
$ runmassage tyeps
>>> stdout
>>> stderr
runmassage: error: unknown command 'tyeps' (try runmassage --help)
>>> exit 64
