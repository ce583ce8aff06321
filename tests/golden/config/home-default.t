# With XDG_CONFIG_HOME empty, the file is ~/.config/runmassage/config.toml.
$ HOME=home XDG_CONFIG_HOME= runmassage plan --today 2024-05-02 --next-run sat
>>> stdout
{
  "schema": "runmassage/plan/v2",
  "date": "2024-05-02",
  "last_run": null,
  "next_run": "2024-05-04",
  "last_race": null,
  "next_race": null,
  "days_since_last_run": null,
  "days_until_next_run": 2,
  "days_since_last_race": null,
  "days_until_next_race": null,
  "facts": {
    "days_until_next_run": 2,
    "days_since_last_run": null,
    "days_until_next_race": null,
    "days_since_last_race": null,
    "next_race_km": null,
    "last_race_km": null,
    "next_run_kind": "run",
    "last_run_kind": null,
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
  "assumptions": [
    "No last run given: if you ran earlier today, book Sports massage, post-event instead.",
    "No kind given for the next run: if it is a long run or hard session, book Swedish massage instead."
  ]
}
>>> stderr
>>> exit 0
