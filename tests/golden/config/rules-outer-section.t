# [rules] is not a section of its own; the message lists the sections there are.
$ runmassage --config rules-outer.toml rules check
>>> stdout
>>> stderr
runmassage: error: rules-outer.toml: unknown section [rules] (expected plan, types, batch, week, history, rules.check, rules.test)
>>> exit 64
