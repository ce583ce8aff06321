# A second command after the first is an unexpected argument of the first, whichever
# commands the parser was given.
$ runmassage plan --today 2024-05-02 --next-run sat week
>>> stdout
>>> stderr
runmassage: error: plan: unexpected argument 'week'
>>> exit 64
