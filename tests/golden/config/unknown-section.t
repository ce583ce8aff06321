# A section that is not a command.
$ runmassage --config unknown-section.toml plan --today 2024-05-02 --next-run sat
>>> stdout
>>> stderr
runmassage: error: unknown-section.toml: unknown section [plans] (expected plan, types, batch, week, history, rules.check, rules.test)
>>> exit 64
