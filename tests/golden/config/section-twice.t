# A section given twice is refused, as TOML says.
$ runmassage --config section-twice.toml plan --today 2024-05-02 --next-run sat
>>> stdout
>>> stderr
runmassage: error: section-twice.toml: section [plan] given twice
>>> exit 64
