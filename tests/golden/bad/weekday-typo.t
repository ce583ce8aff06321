# Not a weekday.
$ runmassage plan --today 2024-05-02 --next-run frid
>>> stdout
>>> stderr
runmassage: error: --next-run: invalid date 'frid': expected YYYY-MM-DD, today, tomorrow, yesterday, +N, -N or a weekday
>>> exit 64
