# An empty --data.
$ runmassage plan --today 2024-05-02 --next-run +1 --data ''
>>> stdout
>>> stderr
runmassage: error: --data: empty directory name
>>> exit 64
