# A calendar that does not exist: exit 66.
$ runmassage week --today 2024-02-26 --ics no-such-plan.ics
>>> stdout
>>> stderr
runmassage: error: cannot read no-such-plan.ics: No such file or directory
>>> exit 66
