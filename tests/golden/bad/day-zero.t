# There is no day 0.
$ runmassage plan --today 2024-05-02 --next-run 2024-05-00
>>> stdout
>>> stderr
runmassage: error: --next-run: invalid date '2024-05-00': there is no day 0
>>> exit 64
