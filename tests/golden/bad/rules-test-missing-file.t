# A case file that cannot be read: exit 66.
$ runmassage rules test no-such-cases.jsonl
>>> stdout
>>> stderr
runmassage: error: cannot read no-such-cases.jsonl: No such file or directory
>>> exit 66
