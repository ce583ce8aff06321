# The same day as JSON.
$ runmassage plan --today 2024-05-02 --last-run tue --next-run fri --format json
>>> stdout
{
  "schema": "runmassage/plan/v2",
  "date": "2024-05-02",
  "last_run": "2024-04-30",
  "next_run": "2024-05-03",
  "last_race": null,
  "next_race": null,
  "days_since_last_run": 2,
  "days_until_next_run": 1,
  "days_since_last_race": null,
  "days_until_next_race": null,
  "facts": {
    "days_until_next_run": 1,
    "days_since_last_run": 2,
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
    "id": "swedish",
    "name": "Swedish massage",
    "rule": "run-tomorrow",
    "why": "You run tomorrow. Gentle Swedish strokes relax you and help you sleep without leaving you sore in the morning.",
    "short": "run tomorrow",
    "minutes": {
      "min": 45,
      "max": 60
    },
    "techniques": [
      {
        "id": "effleurage",
        "name": "Effleurage",
        "description": "Light, flowing strokes that glide along your muscles at an even rhythm. Calming and gentle, so you wake up without soreness.",
        "targets": [
          "legs",
          "back",
          "glutes"
        ]
      },
      {
        "id": "petrissage",
        "name": "Petrissage",
        "description": "Soft kneading and lifting of the muscle, a bit like working dough. It relaxes tired legs and is unlikely to leave them sore.",
        "targets": [
          "quadriceps",
          "hamstrings",
          "calves",
          "glutes"
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
  "avoid": [
    {
      "id": "deep-tissue",
      "name": "Deep tissue massage",
      "rule": "no-deep-tissue-within-a-day-of-a-run",
      "why": "Deep work often leaves muscles sore the next day, so keep it away from a run that is today or tomorrow."
    }
  ],
  "rules": [
    "no-deep-tissue-within-a-day-of-a-run",
    "run-tomorrow"
  ],
  "assumptions": []
}
>>> stderr
>>> exit 0
