# A number of weeks that overflows.
$ runmassage week --today 2024-05-02 --run sat --weeks 99999999999999999999
>>> stdout
>>> stderr
runmassage: error: --weeks: expected a whole number from 1 to 520, not '99999999999999999999'
>>> exit 64
