# Years have four digits.
$ runmassage plan --today 2024-05-02 --next-run 10000-01-01
>>> stdout
>>> stderr
runmassage: error: --next-run: invalid date '10000-01-01': expected YYYY-MM-DD, today, tomorrow, yesterday, +N, -N or a weekday
>>> exit 64
