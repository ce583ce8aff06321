# An empty calendar file.
$ runmassage week --today 2024-05-02 --ics data/empty.ics
>>> stdout
>>> stderr
runmassage: error: data/empty.ics: not an iCalendar file (no complete BEGIN:VCALENDAR ... END:VCALENDAR)
>>> exit 65
