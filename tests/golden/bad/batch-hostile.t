# Hostile batch lines: each gets one error record (or its plan), in order; exit 65.
$ runmassage batch --brief --today 2024-05-02 batch-hostile.jsonl
>>> stdout
{"line":1,"error":"invalid JSON: Within strings, some characters must be escaped, we found unescaped characters"}
{"line":2,"error":"invalid JSON: The input is not valid UTF-8"}
{"id":"deep","line":3,"error":"races: expected an array of dates"}
{"line":4,"error":"id: expected a string or a number"}
{"line":5,"error":"invalid JSON: Problem while parsing a number"}
{"id":"many-races","line":6,"error":"races: more than 1000 races"}
{"id":"bad-today","line":7,"error":"today: invalid date '2024-02-30': February 2024 has 29 days"}
{"id":"trailing-comma","line":8,"error":"invalid JSON: The JSON document has an improper structure: missing or superfluous commas, braces, missing keys, etc."}
{"line":9,"error":"invalid JSON: The JSON document has an improper structure: missing or superfluous commas, braces, missing keys, etc."}
{"line":10,"error":"expected a JSON object"}
{"line":11,"error":"expected a JSON object"}
{"line":12,"error":"expected a JSON object"}
{"id":"crlf","date":"2024-05-02","last_run":null,"next_run":"2024-05-03","last_race":null,"next_race":null,"days_since_last_run":null,"days_until_next_run":1,"days_since_last_race":null,"days_until_next_race":null,"recommended":{"id":"swedish","name":"Swedish massage","why":"You run tomorrow. Gentle Swedish strokes relax you and help you sleep without leaving you sore in the morning.","minutes":{"min":45,"max":60},"techniques":[{"id":"effleurage","name":"Effleurage","targets":["legs","back","glutes"]},{"id":"petrissage","name":"Petrissage","targets":["quadriceps","hamstrings","calves","glutes"]}],"focus":["hamstrings","quadriceps","calves","glutes","core"]},"avoid":[{"id":"deep-tissue","name":"Deep tissue massage","why":"Deep work often leaves muscles sore the next day, so keep it away from a run that is today or tomorrow."}],"rules":["no-deep-tissue-within-a-day-of-a-run","run-tomorrow"]}
{"id":"race-null","line":14,"error":"races: expected an array of dates"}
{"id":"today-null","date":"2024-05-02","last_run":null,"next_run":"2024-05-03","last_race":null,"next_race":null,"days_since_last_run":null,"days_until_next_run":1,"days_since_last_race":null,"days_until_next_race":null,"recommended":{"id":"swedish","name":"Swedish massage","why":"You run tomorrow. Gentle Swedish strokes relax you and help you sleep without leaving you sore in the morning.","minutes":{"min":45,"max":60},"techniques":[{"id":"effleurage","name":"Effleurage","targets":["legs","back","glutes"]},{"id":"petrissage","name":"Petrissage","targets":["quadriceps","hamstrings","calves","glutes"]}],"focus":["hamstrings","quadriceps","calves","glutes","core"]},"avoid":[{"id":"deep-tissue","name":"Deep tissue massage","why":"Deep work often leaves muscles sore the next day, so keep it away from a run that is today or tomorrow."}],"rules":["no-deep-tissue-within-a-day-of-a-run","run-tomorrow"]}
{"id":"ok","date":"2024-05-02","last_run":"2024-05-01","next_run":"2024-05-04","last_race":null,"next_race":null,"days_since_last_run":1,"days_until_next_run":2,"days_since_last_race":null,"days_until_next_race":null,"recommended":{"id":"deep-tissue","name":"Deep tissue massage","why":"A rest day with no run tomorrow: time for deep work on tight spots. If you are achy the day after, run easy that day.","minutes":{"min":45,"max":90},"techniques":[{"id":"stripping","name":"Stripping","targets":["hamstrings","quadriceps","calves","glutes"]},{"id":"cross-fibre-friction","name":"Cross-fibre friction","targets":["calves","hamstrings","quadriceps","knees"]},{"id":"compression","name":"Sustained compression","targets":["glutes","hamstrings","quadriceps","calves","back"]}],"focus":["hamstrings","quadriceps","calves","glutes","core"]},"avoid":[],"rules":["rest-day"]}
>>> stderr
>>> exit 65
