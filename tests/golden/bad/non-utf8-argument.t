# Non-UTF-8 bytes in an argument are shown escaped.
$ runmassage plan --today 2024-05-02 --next-run "ÿþ"
>>> stdout
>>> stderr
runmassage: error: --next-run: invalid date '\xff\xfe': expected YYYY-MM-DD, today, tomorrow, yesterday, +N, -N or a weekday
>>> exit 64
