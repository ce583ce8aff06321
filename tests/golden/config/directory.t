# --config names a directory: exit 66.
$ runmassage --config home plan --today 2024-05-02 --next-run sat
>>> stdout
>>> stderr
runmassage: error: cannot read config file home: Is a directory
>>> exit 66
