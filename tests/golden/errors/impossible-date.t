# 2023 is not a leap year.
$ runmassage plan --today 2024-05-02 --next-run 2023-02-29
>>> stdout
>>> stderr
runmassage: error: --next-run: invalid date '2023-02-29': February 2023 has 28 days
>>> exit 64
