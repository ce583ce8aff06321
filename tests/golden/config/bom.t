# A config file that starts with a byte order mark (Windows editors) reads as without it: its
# first line is the [plan] section, whose bad format is then reported.
$ runmassage --config bom.toml plan --today 2024-05-02 --next-run sat:long
>>> stdout
>>> stderr
runmassage: error: bom.toml: [plan] format: unknown format 'xml' (expected text, json)
>>> exit 64
