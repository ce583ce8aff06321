# A negative number of weeks.
$ runmassage week --today 2024-05-02 --run sat --weeks -1
>>> stdout
>>> stderr
runmassage: error: --weeks: expected a whole number from 1 to 520, not '-1'
>>> exit 64
