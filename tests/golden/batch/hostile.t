# Every bad line gets an error record in its place; the rest are planned; exit 65.
$ runmassage batch --brief --today 2024-05-02
<<<
not json

{"id": "a", "next_run": "2023-02-29"}
{"id": "b", "next_run": "2024-05-01"}
{"id": "c", "last_run": "2024-05-09", "next_run": "2024-05-10"}
{"id": "d"}
{"id": "e", "next_run": 3}
{"id": [1], "next_run": "+1"}
{"id": "f", "next_run": "+1", "extra": true}
{"id": "g", "next_run": "+1"} {"id": "h"}
{"id": "i", "races": ["sat", 7]}
{"id": "j", "next_run": "+99999999999"}
{"id": "k", "next_run": "+1"
{"id": "ok", "next_run": "+1"}
>>> stdout
{"schema":"runmassage/batch/v2","line":1,"error":"expected a JSON object"}
{"schema":"runmassage/batch/v2","line":2,"error":"empty line"}
{"id":"a","schema":"runmassage/batch/v2","line":3,"error":"next_run: invalid date '2023-02-29': February 2023 has 28 days"}
{"id":"b","schema":"runmassage/batch/v2","line":4,"error":"next run 2024-05-01 is before today (2024-05-02)"}
{"id":"c","schema":"runmassage/batch/v2","line":5,"error":"last run 2024-05-09 is after today (2024-05-02)"}
{"id":"d","schema":"runmassage/batch/v2","line":6,"error":"no run date: give next_run, last_run or races"}
{"id":"e","schema":"runmassage/batch/v2","line":7,"error":"next_run: expected a date string or null"}
{"schema":"runmassage/batch/v2","line":8,"error":"id: expected a string or a number"}
{"id":"f","schema":"runmassage/batch/v2","line":9,"error":"unknown key \"extra\" (expected id, today, last_run, next_run, races)"}
{"id":"g","schema":"runmassage/batch/v2","line":10,"column":31,"error":"line 10, column 31: invalid JSON: more than one value on the line"}
{"id":"i","schema":"runmassage/batch/v2","line":11,"error":"races: expected an array of dates"}
{"id":"j","schema":"runmassage/batch/v2","line":12,"error":"next_run: date '+99999999999' falls outside the years 1 to 9999"}
{"schema":"runmassage/batch/v2","line":13,"column":29,"error":"line 13, column 29: invalid JSON: JSON document ended early in the middle of an object or array."}
{"id":"ok","schema":"runmassage/batch/v2","date":"2024-05-02","last_run":null,"next_run":"2024-05-03","last_race":null,"next_race":null,"days_since_last_run":null,"days_until_next_run":1,"days_since_last_race":null,"days_until_next_race":null,"facts":{"days_until_next_run":1,"days_since_last_run":null,"days_until_next_race":null,"days_since_last_race":null,"next_race_km":null,"last_race_km":null,"next_run_kind":"run","last_run_kind":null,"next_run_km":null,"last_run_km":null,"days_until_next_key_workout":null,"days_since_last_key_workout":null,"acute_load":null,"chronic_load":null,"form":null,"load_ratio":null},"recommended":{"id":"swedish","name":"Swedish massage","rule":"run-tomorrow","why":"You run tomorrow. Gentle Swedish strokes relax you and help you sleep without leaving you sore in the morning.","short":"run tomorrow","minutes":{"min":45,"max":60},"techniques":[{"id":"effleurage","name":"Effleurage","targets":["legs","back","glutes"]},{"id":"petrissage","name":"Petrissage","targets":["quadriceps","hamstrings","calves","glutes"]}],"focus":["hamstrings","quadriceps","calves","glutes","core"]},"avoid":[{"id":"deep-tissue","name":"Deep tissue massage","rule":"no-deep-tissue-within-a-day-of-a-run","why":"Deep work often leaves muscles sore the next day, so keep it away from a run that is today or tomorrow."}],"rules":["no-deep-tissue-within-a-day-of-a-run","run-tomorrow"],"assumptions":[]}
>>> stderr
>>> exit 65
