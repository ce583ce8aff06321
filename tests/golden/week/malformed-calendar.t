# A truncated calendar: exit 65, naming the file.
$ runmassage week --today 2024-02-26 --ics truncated.ics
>>> stdout
>>> stderr
runmassage: error: truncated.ics: not an iCalendar file (no complete BEGIN:VCALENDAR ... END:VCALENDAR)
>>> exit 65
