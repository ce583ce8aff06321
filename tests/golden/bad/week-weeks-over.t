# More weeks than the limit.
$ runmassage week --today 2024-05-02 --run sat --weeks 521
>>> stdout
>>> stderr
runmassage: error: --weeks: expected a whole number from 1 to 520, not '521'
>>> exit 64
