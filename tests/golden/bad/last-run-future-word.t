# tomorrow cannot be the last run.
$ runmassage plan --today 2024-05-02 --last-run tomorrow
>>> stdout
>>> stderr
runmassage: error: last run 2024-05-03 is after today (2024-05-02)
>>> exit 64
