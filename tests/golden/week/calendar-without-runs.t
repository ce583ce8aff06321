# A calendar with nothing to plan around: exit 65.
$ runmassage week --today 2024-02-26 --ics rest-only.ics
>>> stdout
>>> stderr
runmassage: error: rest-only.ics: no runs or races in the calendar
>>> exit 65
