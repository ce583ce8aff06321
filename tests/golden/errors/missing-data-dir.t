# A data directory that does not exist: exit 66.
$ runmassage plan --today 2024-05-02 --next-run +1 --data ../data/does-not-exist
>>> stdout
>>> stderr
runmassage: error: cannot read data directory ../data/does-not-exist: No such file or directory
>>> exit 66
