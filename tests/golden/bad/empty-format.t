# An empty --format.
$ runmassage plan --today 2024-05-02 --next-run +1 --format ''
>>> stdout
>>> stderr
runmassage: error: --format: unknown format '' (expected text, json)
>>> exit 64
