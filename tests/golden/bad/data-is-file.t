# --data naming a file.
$ runmassage plan --today 2024-05-02 --next-run +1 --data bad-today-word.t
>>> stdout
>>> stderr
runmassage: error: cannot read data directory bad-today-word.t: not a directory
>>> exit 66
