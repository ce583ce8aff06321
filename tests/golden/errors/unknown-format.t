# Only text and json.
$ runmassage plan --today 2024-05-02 --next-run +1 --format xml
>>> stdout
>>> stderr
runmassage: error: --format: unknown format 'xml' (expected text, json)
>>> exit 64
