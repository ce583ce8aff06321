# Every day shown is before today: a warning says nothing can be booked, and the calendar of
# bookings is empty.
$ runmassage week --today 2024-06-01 --start 2024-05-06 --run sat --format ics
>>> stdout
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//runmassage//week//EN
CALSCALE:GREGORIAN
METHOD:PUBLISH
END:VCALENDAR
>>> stderr
runmassage: warning: every day shown is before today (2024-06-01): nothing to book; give --today to plan as of then
>>> exit 0
