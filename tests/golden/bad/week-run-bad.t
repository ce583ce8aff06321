# A bad --run date.
$ runmassage week --today 2024-05-02 --run 2023-02-29
>>> stdout
>>> stderr
runmassage: error: --run: invalid date '2023-02-29': February 2023 has 28 days
>>> exit 64
