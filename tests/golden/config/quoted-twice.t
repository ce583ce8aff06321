# A key given twice however it is written (quoted, or dotted from outside its section).
$ runmassage --config quoted-twice.toml plan --today 2024-05-02 --next-run sat
>>> stdout
>>> stderr
runmassage: error: quoted-twice.toml: [plan] race: given twice
>>> exit 64
