# --config names a file that does not exist: exit 66.
$ runmassage --config nowhere.toml plan --today 2024-05-02 --next-run sat
>>> stdout
>>> stderr
runmassage: error: cannot read config file nowhere.toml: No such file or directory
>>> exit 66
