# An option of plan given before the command: the message says where it goes.
$ runmassage --next-run sat plan
>>> stdout
>>> stderr
runmassage: error: '--next-run' goes after the command: runmassage plan --next-run ...
>>> exit 64
