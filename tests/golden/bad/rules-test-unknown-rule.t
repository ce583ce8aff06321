# A case expecting a rule the data does not have.
$ runmassage rules test ../rules/cases/unknown-rule.jsonl
>>> stdout
>>> stderr
runmassage: error: ../rules/cases/unknown-rule.jsonl: line 1: expect.rules: unknown rule "run-tomorow"
>>> exit 65
