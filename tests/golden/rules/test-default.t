# The cases shipped in data/tests pass, and together they fire every default rule.
$ runmassage rules test ../../../data/tests/timing.jsonl ../../../data/tests/kinds.jsonl ../../../data/tests/races.jsonl
>>> stdout
25 passed, 0 failed
Coverage: every rule fired in some case.
>>> stderr
>>> exit 0
