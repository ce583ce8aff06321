# An impossible date: exit 65, naming the file, line and event.
$ runmassage week --today 2024-02-26 --ics impossible-date.ics
>>> stdout
>>> stderr
runmassage: error: impossible-date.ics:10: event "Long Run 8 mi" (UID w01-fri@plans.example): DTSTART 20230229 is not a real date
>>> exit 65
