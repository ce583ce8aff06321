# types takes text or json.
$ runmassage types --format yaml
>>> stdout
>>> stderr
runmassage: error: --format: unknown format 'yaml' (expected text, json)
>>> exit 64
