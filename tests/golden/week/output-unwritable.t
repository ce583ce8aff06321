# --output into a directory that does not exist: exit 66, nothing written.
$ runmassage week --today 2024-02-26 --run sat --output no-such-dir/out.txt
>>> stdout
>>> stderr
runmassage: error: cannot write no-such-dir/out.txt: No such file or directory
>>> exit 66
