# The last run cannot be in the future.
$ runmassage plan --today 2024-05-02 --last-run 2024-05-03
>>> stdout
>>> stderr
runmassage: error: last run 2024-05-03 is after today (2024-05-02)
>>> exit 64
