# A key before any section.
$ runmassage --config outside-section.toml plan --today 2024-05-02 --next-run sat
>>> stdout
>>> stderr
runmassage: error: outside-section.toml: 'format' is outside a section; put it under its command, such as [plan]
>>> exit 64
