# rules check validates the data first: exit 65.
$ runmassage rules check --data data/unknown-fact
>>> stdout
>>> stderr
runmassage: error: data/unknown-fact/rules.json: /rules/0/conditions/all/0/fact: unknown fact "days_until_next_ride" (expected days_until_next_run, days_since_last_run, days_until_next_race, days_since_last_race, next_race_km, last_race_km, next_run_kind, last_run_kind, next_run_km, last_run_km, days_until_next_key_workout, days_since_last_key_workout, acute_load, chronic_load, form, load_ratio)
>>> exit 65
