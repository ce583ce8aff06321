# A run that is neither a date nor a weekday: exit 64.
$ runmassage week --today 2024-02-26 --run 2024-02-30
>>> stdout
>>> stderr
runmassage: error: --run: invalid date '2024-02-30': February 2024 has 29 days
>>> exit 64
