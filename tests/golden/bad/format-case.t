# Formats are lower case.
$ runmassage plan --today 2024-05-02 --next-run +1 --format JSON
>>> stdout
>>> stderr
runmassage: error: --format: unknown format 'JSON' (expected text, json)
>>> exit 64
