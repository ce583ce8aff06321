# A config file that starts with a byte order mark (Windows editors) reads as without it.
$ runmassage --config bom.toml plan --today 2024-05-02 --next-run sat:long
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
    "next_run_kind": "long",
    "last_run_kind": null,
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
    "rule": "light-rest-day",
    "why": "A rest day, but deep work is ruled out today (see what to avoid). Swedish massage loosens the legs without leaving them sore.",
    "short": "rest day, no deep work",
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
      "rule": "no-deep-tissue-before-a-key-workout",
      "why": "A long run, hard session or race is at most 2 days away, and deep work can leave you sore for up to 48 hours: keep it for after that workout."
    }
  ],
  "rules": [
    "no-deep-tissue-before-a-key-workout",
    "rest-day",
    "light-rest-day"
  ],
  "assumptions": [
    "No last run given: if you ran earlier today, book Sports massage, post-event instead."
  ]
}
>>> stderr
>>> exit 0
