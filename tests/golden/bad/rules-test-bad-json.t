# A case line that is not JSON: the file and line number, exit 65.
$ runmassage rules test ../rules/cases/bad-json.jsonl
>>> stdout
>>> stderr
runmassage: error: ../rules/cases/bad-json.jsonl: line 2: invalid JSON: syntax error while parsing object - unexpected end of input; expected '}'
>>> exit 65
