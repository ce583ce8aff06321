# There is no month 0.
$ runmassage plan --today 2024-05-02 --next-run 2024-00-10
>>> stdout
>>> stderr
runmassage: error: --next-run: invalid date '2024-00-10': month must be 01 to 12
>>> exit 64
