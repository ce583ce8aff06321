# Weeks start on Monday or Sunday only: exit 64.
$ runmassage week --today 2024-02-26 --run sat --week-start wed
>>> stdout
>>> stderr
runmassage: error: --week-start: expected mon or sun, not 'wed'
>>> exit 64
