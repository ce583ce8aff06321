# A file that does not exist.
$ runmassage batch no-such-file.jsonl
>>> stdout
>>> stderr
runmassage: error: cannot read no-such-file.jsonl: No such file or directory
>>> exit 66
