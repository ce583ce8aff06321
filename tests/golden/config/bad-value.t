# A bad value is reported with the file, section and key, even for another command.
$ runmassage --config bad-value.toml plan --today 2024-05-02 --next-run sat
>>> stdout
>>> stderr
runmassage: error: bad-value.toml: [week] color: expected auto, always or never, not 'sometimes'
>>> exit 64
