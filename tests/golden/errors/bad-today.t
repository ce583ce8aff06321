# --today must be a date too.
$ runmassage plan --today 2024-02-30 --next-run +1
>>> stdout
>>> stderr
runmassage: error: --today: invalid date '2024-02-30': February 2024 has 29 days
>>> exit 64
