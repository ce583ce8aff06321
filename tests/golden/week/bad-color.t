# An unknown colour choice: exit 64.
$ runmassage week --today 2024-02-26 --run sat --color sometimes
>>> stdout
>>> stderr
runmassage: error: --color: expected auto, always or never, not 'sometimes'
>>> exit 64
