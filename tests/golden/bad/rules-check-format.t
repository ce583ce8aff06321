# rules check takes text or json.
$ runmassage rules check --format markdown
>>> stdout
>>> stderr
runmassage: error: --format: unknown format 'markdown' (expected text, json)
>>> exit 64
