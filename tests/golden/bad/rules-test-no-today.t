# A case without today would depend on the day it runs.
$ runmassage rules test ../rules/cases/no-today.jsonl
>>> stdout
>>> stderr
runmassage: error: ../rules/cases/no-today.jsonl: line 1: today: expected a date string
>>> exit 65
