# An option before the command.
$ runmassage --today 2024-05-02 plan --next-run +1
>>> stdout
>>> stderr
runmassage: error: '--today' goes after the command: runmassage plan --today ...
>>> exit 64
