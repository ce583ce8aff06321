# A massage type naming an unknown technique.
$ runmassage types --data data/dangling-technique
>>> stdout
>>> stderr
runmassage: error: data/dangling-technique/massages.json: /types/1/techniques/0: unknown technique "shiatsu"
>>> exit 65
