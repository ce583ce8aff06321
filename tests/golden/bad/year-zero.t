# Year 0 does not exist.
$ runmassage plan --today 2024-05-02 --next-run 0000-05-01
>>> stdout
>>> stderr
runmassage: error: --next-run: invalid date '0000-05-01': there is no year 0
>>> exit 64
