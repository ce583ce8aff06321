# An empty date.
$ runmassage plan --today 2024-05-02 --next-run ''
>>> stdout
>>> stderr
runmassage: error: --next-run: empty value
>>> exit 64
