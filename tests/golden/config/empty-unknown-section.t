# An unknown section is refused even when it holds no keys.
$ runmassage --config empty-unknown-section.toml plan --today 2024-05-02 --next-run sat
>>> stdout
>>> stderr
runmassage: error: empty-unknown-section.toml: unknown section [plam] (expected plan, types, batch, week, history, rules.check, rules.test)
>>> exit 64
