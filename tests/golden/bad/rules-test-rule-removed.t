# The default cases against rules without light-rest-day: a case naming a rule the data lacks fails loudly (65).
$ runmassage rules test --data ../data/clinic-findings ../../../data/tests/races.jsonl
>>> stdout
>>> stderr
runmassage: error: ../../../data/tests/races.jsonl: line 3: expect.rules: unknown rule "light-rest-day"
>>> exit 65
