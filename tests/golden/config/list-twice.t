# A list key given twice in a row: refused, not the two lists added up.
$ runmassage --config list-twice.toml plan --today 2024-05-02 --next-run sat
>>> stdout
>>> stderr
runmassage: error: list-twice.toml: [plan] race: given twice
>>> exit 64
