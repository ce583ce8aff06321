# A misspelt key is an error that names it and the keys allowed.
$ runmassage --config unknown-key.toml plan --today 2024-05-02 --next-run sat
>>> stdout
>>> stderr
runmassage: error: unknown-key.toml: [plan] unknown key 'formt' (expected next-run, last-run, race, today, format, data, color, explain, history, hr-rest, hr-max, sex)
>>> exit 64
