# An option without its value.
$ runmassage plan --today 2024-05-02 --next-run
>>> stdout
>>> stderr
runmassage: error: --next-run: needs a value
>>> exit 64
