# --weeks 0: exit 64.
$ runmassage week --today 2024-02-26 --run sat --weeks 0
>>> stdout
>>> stderr
runmassage: error: --weeks: expected a whole number from 1 to 520, not '0'
>>> exit 64
