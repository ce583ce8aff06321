# A list where one value is expected.
$ runmassage --config list-for-single.toml plan --today 2024-05-02 --next-run sat
>>> stdout
>>> stderr
runmassage: error: list-for-single.toml: [plan] format: expected a single value
>>> exit 64
