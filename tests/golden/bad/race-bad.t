# A bad --race date.
$ runmassage plan --today 2024-05-02 --race 2024-02-30
>>> stdout
>>> stderr
runmassage: error: --race: invalid date '2024-02-30': February 2024 has 29 days
>>> exit 64
