# The last run cannot come after the next.
$ runmassage plan --today 2024-05-02 --last-run 2024-05-10 --next-run 2024-05-05
>>> stdout
>>> stderr
runmassage: error: last run 2024-05-10 is after next run 2024-05-05
>>> exit 64
