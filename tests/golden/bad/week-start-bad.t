# A bad --start date.
$ runmassage week --today 2024-05-02 --run sat --start 2024-02-30
>>> stdout
>>> stderr
runmassage: error: --start: invalid date '2024-02-30': February 2024 has 29 days
>>> exit 64
