# Race week as JSON.
$ runmassage plan --today 2024-05-02 --last-run wed --race 2024-05-04 --format json
>>> stdout
{
  "schema": "runmassage/plan/v2",
  "date": "2024-05-02",
  "last_run": "2024-05-01",
  "next_run": "2024-05-04",
  "last_race": null,
  "next_race": "2024-05-04",
  "days_since_last_run": 1,
  "days_until_next_run": 2,
  "days_since_last_race": null,
  "days_until_next_race": 2,
  "facts": {
    "days_until_next_run": 2,
    "days_since_last_run": 1,
    "days_until_next_race": 2,
    "days_since_last_race": null,
    "next_race_km": null,
    "last_race_km": null,
    "next_run_kind": "race",
    "last_run_kind": "run",
    "next_run_km": null,
    "last_run_km": null,
    "days_until_next_key_workout": 2,
    "days_since_last_key_workout": null,
    "acute_load": null,
    "chronic_load": null,
    "form": null,
    "load_ratio": null
  },
  "recommended": {
    "id": "swedish",
    "name": "Swedish massage",
    "rule": "race-week",
    "why": "Your race is close enough that deep work is ruled out. Keep massage light and relaxing now; deep work can wait until after the race.",
    "short": "race coming up",
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
      "rule": "no-deep-tissue-before-a-race",
      "why": "A race of unknown distance is at most 4 days away: save deep work for after the race so your legs are fresh on the start line."
    }
  ],
  "rules": [
    "no-deep-tissue-before-a-race",
    "no-deep-tissue-before-a-key-workout",
    "race-week",
    "rest-day",
    "light-rest-day"
  ],
  "assumptions": [
    "No distance given for the next race: the advice is the same if it is a marathon."
  ]
}
>>> stderr
>>> exit 0
