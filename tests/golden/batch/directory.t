# A directory instead of a file.
$ runmassage batch .
>>> stdout
>>> stderr
runmassage: error: cannot read .: Is a directory
>>> exit 66
