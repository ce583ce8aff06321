# A data file that is not UTF-8.
$ runmassage types --data data/bad-utf8
>>> stdout
>>> stderr
runmassage: error: data/bad-utf8/massages.json:6:31: invalid JSON: syntax error while parsing value - invalid string: ill-formed UTF-8 byte; last read: '"PNF stretching \xff'
>>> exit 65
