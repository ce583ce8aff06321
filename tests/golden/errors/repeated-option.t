# --next-run given twice.
$ runmassage plan --today 2024-05-02 --next-run +1 --next-run +2
>>> stdout
>>> stderr
runmassage: error: --next-run: At Most 1 required but received 2
>>> exit 64
