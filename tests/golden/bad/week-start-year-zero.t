# A week that would start in year 0 (the Sunday before 1 January of year 1).
$ runmassage week --today 0001-01-03 --week-start sun --run tue
>>> stdout
>>> stderr
runmassage: error: the schedule would start before the year 1
>>> exit 64
