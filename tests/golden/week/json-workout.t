# JSON carries each day's workout and its suggestion with the pick and why.
$ runmassage week --today 2024-09-02 --run tue:easy --run sun:16mi --race 2024-09-07:10k --format json
>>> stdout
{
  "schema": "runmassage/week/v2",
  "start": "2024-09-02",
  "end": "2024-09-08",
  "weeks": 1,
  "suggestions": [
    {
      "date": "2024-09-06",
      "id": "swedish",
      "name": "Swedish massage",
      "pick": "race-eve",
      "why": "Before the race: relax and sleep well; nothing deep so close to the start."
    }
  ],
  "days": [
    {
      "date": "2024-09-02",
      "weekday": "Monday",
      "run": false,
      "race": false,
      "training": null,
      "workouts": [],
      "workout": null,
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
      "suggested": null
    },
    {
      "date": "2024-09-03",
      "weekday": "Tuesday",
      "run": true,
      "race": false,
      "training": "run",
      "workouts": [
        "easy"
      ],
      "workout": {
        "date": "2024-09-03",
        "kind": "easy",
        "km": null,
        "title": "easy"
      },
      "recommended": {
        "id": "sports-pre",
        "name": "Sports massage, pre-event",
        "rule": "run-today",
        "why": "You run today. A short, brisk pre-event massage before you go warms you up and opens your range of motion; it adds to your warm-up, it does not replace it.",
        "short": "run today",
        "minutes": {
          "min": 10,
          "max": 25
        },
        "techniques": [
          {
            "id": "pnf-stretching",
            "name": "PNF stretching",
            "description": "Your therapist stretches a muscle to its limit, you push back against them, then they take it a little further. Three rounds per muscle group give you more range straight away.",
            "targets": [
              "hamstrings",
              "quadriceps",
              "calves",
              "glutes",
              "hip flexors"
            ]
          },
          {
            "id": "assisted-rom",
            "name": "Assisted joint range of motion",
            "description": "After some warming strokes, the therapist moves your ankles, knees and hips through their full range, checking how freely they move before and after stretching.",
            "targets": [
              "ankles",
              "knees",
              "hips"
            ]
          },
          {
            "id": "tapotement",
            "name": "Tapotement",
            "description": "Quick, rhythmic tapping and drumming with the hands. It wakes your muscles up before you run and helps loosen stuck spots.",
            "targets": [
              "hamstrings",
              "quadriceps",
              "calves",
              "glutes"
            ]
          },
          {
            "id": "motion-palpation",
            "name": "Motion palpation",
            "description": "Fast side-to-side rocking, usually of your legs, finished with a pull at the ankles and a light shake to leave them loose and ready.",
            "targets": [
              "legs",
              "ankles",
              "hips"
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
        "run-today",
        "no-deep-tissue-within-a-day-of-a-run"
      ],
      "suggested": null
    },
    {
      "date": "2024-09-04",
      "weekday": "Wednesday",
      "run": false,
      "race": false,
      "training": null,
      "workouts": [],
      "workout": null,
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
      "suggested": null
    },
    {
      "date": "2024-09-05",
      "weekday": "Thursday",
      "run": false,
      "race": false,
      "training": null,
      "workouts": [],
      "workout": null,
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
          "rule": "no-deep-tissue-before-a-short-race",
          "why": "Your race is at most 2 days away: deep work this close could leave your legs sore on the start line. Save it for after the race."
        }
      ],
      "rules": [
        "no-deep-tissue-before-a-short-race",
        "no-deep-tissue-before-a-key-workout",
        "race-week",
        "rest-day",
        "light-rest-day"
      ],
      "suggested": null
    },
    {
      "date": "2024-09-06",
      "weekday": "Friday",
      "run": false,
      "race": false,
      "training": null,
      "workouts": [],
      "workout": null,
      "recommended": {
        "id": "swedish",
        "name": "Swedish massage",
        "rule": "race-eve",
        "why": "You race tomorrow. Gentle Swedish strokes calm you down and help you sleep, and they will not leave you sore on the start line.",
        "short": "race tomorrow",
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
        "no-deep-tissue-before-a-short-race",
        "no-deep-tissue-before-a-key-workout",
        "race-eve",
        "eve-of-key-workout",
        "run-tomorrow",
        "race-week"
      ],
      "suggested": {
        "pick": "race-eve",
        "why": "Before the race: relax and sleep well; nothing deep so close to the start."
      }
    },
    {
      "date": "2024-09-07",
      "weekday": "Saturday",
      "run": true,
      "race": true,
      "training": "race",
      "workouts": [
        "10k"
      ],
      "workout": {
        "date": "2024-09-07",
        "kind": "race",
        "km": 10.0,
        "title": "10k"
      },
      "recommended": {
        "id": "sports-pre",
        "name": "Sports massage, pre-event",
        "rule": "run-today",
        "why": "You run today. A short, brisk pre-event massage before you go warms you up and opens your range of motion; it adds to your warm-up, it does not replace it.",
        "short": "run today",
        "minutes": {
          "min": 10,
          "max": 25
        },
        "techniques": [
          {
            "id": "pnf-stretching",
            "name": "PNF stretching",
            "description": "Your therapist stretches a muscle to its limit, you push back against them, then they take it a little further. Three rounds per muscle group give you more range straight away.",
            "targets": [
              "hamstrings",
              "quadriceps",
              "calves",
              "glutes",
              "hip flexors"
            ]
          },
          {
            "id": "assisted-rom",
            "name": "Assisted joint range of motion",
            "description": "After some warming strokes, the therapist moves your ankles, knees and hips through their full range, checking how freely they move before and after stretching.",
            "targets": [
              "ankles",
              "knees",
              "hips"
            ]
          },
          {
            "id": "tapotement",
            "name": "Tapotement",
            "description": "Quick, rhythmic tapping and drumming with the hands. It wakes your muscles up before you run and helps loosen stuck spots.",
            "targets": [
              "hamstrings",
              "quadriceps",
              "calves",
              "glutes"
            ]
          },
          {
            "id": "motion-palpation",
            "name": "Motion palpation",
            "description": "Fast side-to-side rocking, usually of your legs, finished with a pull at the ankles and a light shake to leave them loose and ready.",
            "targets": [
              "legs",
              "ankles",
              "hips"
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
        "run-today",
        "no-deep-tissue-within-a-day-of-a-run",
        "no-deep-tissue-before-a-short-race",
        "no-deep-tissue-before-a-key-workout",
        "race-week"
      ],
      "suggested": null
    },
    {
      "date": "2024-09-08",
      "weekday": "Sunday",
      "run": true,
      "race": false,
      "training": "run",
      "workouts": [
        "16mi"
      ],
      "workout": {
        "date": "2024-09-08",
        "kind": "long",
        "km": 25.744,
        "title": "16mi"
      },
      "recommended": {
        "id": "sports-pre",
        "name": "Sports massage, pre-event",
        "rule": "run-today",
        "why": "You run today. A short, brisk pre-event massage before you go warms you up and opens your range of motion; it adds to your warm-up, it does not replace it.",
        "short": "run today",
        "minutes": {
          "min": 10,
          "max": 25
        },
        "techniques": [
          {
            "id": "pnf-stretching",
            "name": "PNF stretching",
            "description": "Your therapist stretches a muscle to its limit, you push back against them, then they take it a little further. Three rounds per muscle group give you more range straight away.",
            "targets": [
              "hamstrings",
              "quadriceps",
              "calves",
              "glutes",
              "hip flexors"
            ]
          },
          {
            "id": "assisted-rom",
            "name": "Assisted joint range of motion",
            "description": "After some warming strokes, the therapist moves your ankles, knees and hips through their full range, checking how freely they move before and after stretching.",
            "targets": [
              "ankles",
              "knees",
              "hips"
            ]
          },
          {
            "id": "tapotement",
            "name": "Tapotement",
            "description": "Quick, rhythmic tapping and drumming with the hands. It wakes your muscles up before you run and helps loosen stuck spots.",
            "targets": [
              "hamstrings",
              "quadriceps",
              "calves",
              "glutes"
            ]
          },
          {
            "id": "motion-palpation",
            "name": "Motion palpation",
            "description": "Fast side-to-side rocking, usually of your legs, finished with a pull at the ankles and a light shake to leave them loose and ready.",
            "targets": [
              "legs",
              "ankles",
              "hips"
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
        "run-today",
        "no-deep-tissue-within-a-day-of-a-run",
        "no-deep-tissue-before-a-key-workout",
        "race-recovery"
      ],
      "suggested": null
    }
  ]
}
>>> stderr
>>> exit 0
