# Weekday names: forward for --next-run, back for --last-run.
$ runmassage plan --today 2024-05-02 --last-run Friday --next-run wed --format json
>>> stdout
{
  "schema": "runmassage/plan/v2",
  "date": "2024-05-02",
  "last_run": "2024-04-26",
  "next_run": "2024-05-08",
  "last_race": null,
  "next_race": null,
  "days_since_last_run": 6,
  "days_until_next_run": 6,
  "days_since_last_race": null,
  "days_until_next_race": null,
  "facts": {
    "days_until_next_run": 6,
    "days_since_last_run": 6,
    "days_until_next_race": null,
    "days_since_last_race": null,
    "next_race_km": null,
    "last_race_km": null,
    "next_run_kind": "run",
    "last_run_kind": "run",
    "next_run_km": null,
    "last_run_km": null,
    "days_until_next_key_workout": null,
    "days_since_last_key_workout": null,
    "acute_load": null,
    "chronic_load": null,
    "form": null,
    "load_ratio": null
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
  "assumptions": []
}
>>> stderr
>>> exit 0
