# A stray argument.
$ runmassage plan --today 2024-05-02 --next-run +1 friday
>>> stdout
>>> stderr
runmassage: error: plan: unexpected argument 'friday'
>>> exit 64
