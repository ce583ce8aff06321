# A data directory without schedule.json: exit 66.
$ runmassage week --today 2024-02-26 --run sat --data ../data/no-schedule
>>> stdout
>>> stderr
runmassage: error: cannot read ../data/no-schedule/schedule.json: No such file or directory
>>> exit 66
