# A negative offset far beyond the calendar.
$ runmassage plan --today 2024-05-02 --last-run -99999999999
>>> stdout
>>> stderr
runmassage: error: --last-run: date '-99999999999' falls outside the years 1 to 9999
>>> exit 64
