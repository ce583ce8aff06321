# Two techniques with one id.
$ runmassage types --data data/duplicate-id
>>> stdout
>>> stderr
runmassage: error: data/duplicate-id/massages.json: /techniques/4/id: duplicate id "tapotement" (first at index 2)
>>> exit 65
