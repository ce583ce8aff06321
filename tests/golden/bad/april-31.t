# April has 30 days.
$ runmassage plan --today 2024-05-02 --next-run 2024-04-31
>>> stdout
>>> stderr
runmassage: error: --next-run: invalid date '2024-04-31': April 2024 has 30 days
>>> exit 64
