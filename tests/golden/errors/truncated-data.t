# A truncated rules file: exit 65, with line and column.
$ runmassage types --data ../data/truncated
>>> stdout
>>> stderr
runmassage: error: ../data/truncated/rules.json:20:24: invalid JSON: syntax error while parsing object - unexpected end of input; expected '}'
>>> exit 65
