# A key twice in one object.
$ runmassage types --data data/duplicate-key
>>> stdout
>>> stderr
runmassage: error: data/duplicate-key/massages.json: /focus: duplicate key
>>> exit 65
