# The next run cannot be in the past.
$ runmassage plan --today 2024-05-02 --next-run 2024-05-01
>>> stdout
>>> stderr
runmassage: error: next run 2024-05-01 is before today (2024-05-02)
>>> exit 64
