# A file that is not a config file gives one short, printable line.
$ runmassage --config garbage.toml types
>>> stdout
>>> stderr
runmassage: error: garbage.toml: '\x01\x02\x1b[31mnot a config file' is outside a section; put it under its command, such as [plan]
>>> exit 64
