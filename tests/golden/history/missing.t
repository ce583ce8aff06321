# A path that does not exist: exit 66.
$ TZ=UTC runmassage history no-such-folder --today 2024-05-20
>>> stdout
>>> stderr
runmassage: error: cannot read no-such-folder: No such file or directory
>>> exit 66
