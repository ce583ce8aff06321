# Neither --next-run nor --last-run.
$ runmassage plan --today 2024-05-02
>>> stdout
>>> stderr
runmassage: error: no run date: give --next-run, --last-run or --race
>>> exit 64
