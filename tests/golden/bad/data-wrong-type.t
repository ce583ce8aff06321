# minutes as a string.
$ runmassage types --data data/wrong-type
>>> stdout
>>> stderr
runmassage: error: data/wrong-type/massages.json: /types/2/minutes/min: expected an integer, found a string
>>> exit 65
