# massages.json is a directory.
$ runmassage plan --today 2024-05-02 --next-run +1 --data data/massages-is-dir
>>> stdout
>>> stderr
runmassage: error: cannot read data/massages-is-dir/massages.json: is a directory
>>> exit 66
