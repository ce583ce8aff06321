# A directory instead of a calendar file.
$ runmassage week --today 2024-05-02 --ics .
>>> stdout
>>> stderr
runmassage: error: cannot read .: is a directory
>>> exit 66
