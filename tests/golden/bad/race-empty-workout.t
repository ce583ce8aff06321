# A colon with nothing after it.
$ runmassage plan --today 2024-05-02 --race sat:
>>> stdout
>>> stderr
runmassage: error: --race: no workout after ':' in 'sat:' (give DATE or DATE:WORKOUT, e.g. sat:long)
>>> exit 64
