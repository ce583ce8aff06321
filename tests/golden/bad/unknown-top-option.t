# An option before the command.
$ runmassage --today 2024-05-02 plan --next-run +1
>>> stdout
>>> stderr
runmassage: error: unexpected '--today' before the command (options go after it)
>>> exit 64
