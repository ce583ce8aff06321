# An unknown format: exit 64.
$ runmassage week --today 2024-02-26 --run sat --format csv
>>> stdout
>>> stderr
runmassage: error: --format: unknown format 'csv' (expected text, json, markdown, ics)
>>> exit 64
