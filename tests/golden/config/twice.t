# A key given twice in a section.
$ runmassage --config twice.toml plan --today 2024-05-02
>>> stdout
>>> stderr
runmassage: error: twice.toml: [plan] format: given twice
>>> exit 64
