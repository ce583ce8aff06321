# A data directory without massages.json.
$ runmassage plan --today 2024-05-02 --next-run +1 --data data/no-massages
>>> stdout
>>> stderr
runmassage: error: cannot read data/no-massages/massages.json: No such file or directory
>>> exit 66
