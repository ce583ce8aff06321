# massages.json holds an array.
$ runmassage types --data data/array-massages
>>> stdout
>>> stderr
runmassage: error: data/array-massages/massages.json: /: expected an object, found an array
>>> exit 65
