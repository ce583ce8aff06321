# --next-run given twice.
$ runmassage plan --today 2024-05-02 --next-run +1 --next-run +2
>>> stdout
>>> stderr
runmassage: error: --next-run: given more than once
>>> exit 64
