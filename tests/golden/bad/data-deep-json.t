# JSON nested 100 levels.
$ runmassage types --data data/deep-json
>>> stdout
>>> stderr
runmassage: error: data/deep-json/rules.json: nesting deeper than 64 levels
>>> exit 65
