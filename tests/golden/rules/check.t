# The default rules pass their own check.
$ runmassage rules check
>>> stdout
44419 situations checked: no findings.
>>> stderr
>>> exit 0
