# Dates need two-digit months and days.
$ runmassage plan --today 2024-05-02 --next-run 2024-5-3
>>> stdout
>>> stderr
runmassage: error: --next-run: invalid date '2024-5-3': expected YYYY-MM-DD, today, tomorrow, yesterday, +N, -N or a weekday
>>> exit 64
