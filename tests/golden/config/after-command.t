# --config is a global option and goes before the command.
$ runmassage plan --today 2024-05-02 --next-run sat --config json.toml
>>> stdout
>>> stderr
runmassage: error: plan: '--config' goes before the command: runmassage --config ... plan
>>> exit 64
