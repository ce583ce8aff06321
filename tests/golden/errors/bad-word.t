# An unknown date word.
$ runmassage plan --today 2024-05-02 --next-run someday
>>> stdout
>>> stderr
runmassage: error: --next-run: invalid date 'someday': expected YYYY-MM-DD, today, tomorrow, yesterday, +N, -N or a weekday
>>> exit 64
