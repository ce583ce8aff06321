# --output's extension says ics, --format says json: which was meant is not clear.
$ runmassage week --today 2024-04-29 --run sat --format json --output massages.ics
>>> stdout
>>> stderr
runmassage: error: --output massages.ics is ics by its extension, but --format is json
>>> exit 64
