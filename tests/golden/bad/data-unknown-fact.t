# A rule testing a fact that does not exist.
$ runmassage types --data data/unknown-fact
>>> stdout
>>> stderr
runmassage: error: data/unknown-fact/rules.json: /rules/0/conditions/all/0/fact: unknown fact "days_until_next_ride" (expected days_until_next_run, days_since_last_run, days_until_next_race or days_since_last_race)
>>> exit 65
