# A flag in the config file: brief = true; and today for lines without one.
$ runmassage --config batch-brief.toml batch
<<<
{"id": "ann", "next_run": "sat"}
>>> stdout
{"id":"ann","date":"2024-05-02","last_run":null,"next_run":"2024-05-04","last_race":null,"next_race":null,"days_since_last_run":null,"days_until_next_run":2,"days_since_last_race":null,"days_until_next_race":null,"recommended":{"id":"deep-tissue","name":"Deep tissue massage","why":"A rest day with no run tomorrow: time for deep work on tight spots. If you are achy the day after, run easy that day.","minutes":{"min":45,"max":90},"techniques":[{"id":"stripping","name":"Stripping","targets":["hamstrings","quadriceps","calves","glutes"]},{"id":"cross-fibre-friction","name":"Cross-fibre friction","targets":["calves","hamstrings","quadriceps","knees"]},{"id":"compression","name":"Sustained compression","targets":["glutes","hamstrings","quadriceps","calves","back"]}],"focus":["hamstrings","quadriceps","calves","glutes","core"]},"avoid":[],"rules":["rest-day"]}
>>> stderr
>>> exit 0
