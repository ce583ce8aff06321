# An option without its value.
$ runmassage plan --today 2024-05-02 --next-run
>>> stdout
>>> stderr
runmassage: error: --next-run: 1 required DATE missing
>>> exit 64
