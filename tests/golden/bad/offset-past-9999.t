# An offset that lands after 9999-12-31.
$ runmassage plan --today 9999-12-30 --next-run +5
>>> stdout
>>> stderr
runmassage: error: --next-run: date '+5' falls outside the years 1 to 9999
>>> exit 64
