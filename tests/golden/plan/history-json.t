# As JSON, the load facts come from the history too.
$ TZ=UTC runmassage plan --today 2024-05-20 --next-run wed --history ../../data/history-log --format json
>>> stdout
{
  "schema": "runmassage/plan/v2",
  "date": "2024-05-20",
  "last_run": "2024-05-19",
  "next_run": "2024-05-22",
  "last_race": "2024-04-28",
  "next_race": null,
  "days_since_last_run": 1,
  "days_until_next_run": 2,
  "days_since_last_race": 22,
  "days_until_next_race": null,
  "facts": {
    "days_until_next_run": 2,
    "days_since_last_run": 1,
    "days_until_next_race": null,
    "days_since_last_race": 22,
    "next_race_km": null,
    "last_race_km": 21.1,
    "next_run_kind": "run",
    "last_run_kind": "long",
    "next_run_km": null,
    "last_run_km": 26.0,
    "days_until_next_key_workout": null,
    "days_since_last_key_workout": 1,
    "acute_load": 78.03423290319444,
    "chronic_load": 53.92856081541021,
    "form": -34.78957739718361,
    "load_ratio": 1.4469926829735826
  },
  "recommended": {
    "id": "deep-tissue",
    "name": "Deep tissue massage",
    "rule": "rest-day",
    "why": "A rest day with no run tomorrow: time for deep work on tight spots. If you are achy the day after, run easy that day.",
    "short": "rest day, no run tomorrow",
    "minutes": {
      "min": 45,
      "max": 90
    },
    "techniques": [
      {
        "id": "stripping",
        "name": "Stripping",
        "description": "Slow, deep strokes along the length of the muscle fibres, working from surface layers down to release stubborn tightness.",
        "targets": [
          "hamstrings",
          "quadriceps",
          "calves",
          "glutes"
        ]
      },
      {
        "id": "cross-fibre-friction",
        "name": "Cross-fibre friction",
        "description": "Firm rubbing across the grain of a muscle or tendon to break up adhesions and tight bands in hard-working areas.",
        "targets": [
          "calves",
          "hamstrings",
          "quadriceps",
          "knees"
        ]
      },
      {
        "id": "compression",
        "name": "Sustained compression",
        "description": "Steady, deep pressure held on one area of muscle so it can let go of tension it has been holding.",
        "targets": [
          "glutes",
          "hamstrings",
          "quadriceps",
          "calves",
          "back"
        ]
      }
    ],
    "focus": [
      "hamstrings",
      "quadriceps",
      "calves",
      "glutes",
      "core"
    ]
  },
  "avoid": [],
  "rules": [
    "rest-day",
    "light-rest-day"
  ],
  "assumptions": [
    "No kind given for the next run: if it is a long run or hard session, book Swedish massage instead."
  ]
}
>>> stderr
>>> exit 0
