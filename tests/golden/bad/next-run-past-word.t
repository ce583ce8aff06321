# yesterday cannot be the next run.
$ runmassage plan --today 2024-05-02 --next-run yesterday
>>> stdout
>>> stderr
runmassage: error: next run 2024-05-01 is before today (2024-05-02)
>>> exit 64
