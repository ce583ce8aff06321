# A command that does not exist.
$ runmassage plam --next-run +1
>>> stdout
>>> stderr
runmassage: error: unknown command 'plam' (try runmassage --help)
>>> exit 64
