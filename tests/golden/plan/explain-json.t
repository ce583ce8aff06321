# The explanation as JSON: a marathon 6 days away, rest-day wins, light-rest-day outranked.
$ runmassage plan --today 2024-05-02 --last-run wed --race 2024-05-08:marathon --explain --format json
>>> stdout
{
  "schema": "runmassage/plan/v2",
  "date": "2024-05-02",
  "last_run": "2024-05-01",
  "next_run": "2024-05-08",
  "last_race": null,
  "next_race": "2024-05-08",
  "days_since_last_run": 1,
  "days_until_next_run": 6,
  "days_since_last_race": null,
  "days_until_next_race": 6,
  "facts": {
    "days_until_next_run": 6,
    "days_since_last_run": 1,
    "days_until_next_race": 6,
    "days_since_last_race": null,
    "next_race_km": 42.2,
    "last_race_km": null,
    "next_run_kind": "race",
    "last_run_kind": "run",
    "next_run_km": 42.2,
    "last_run_km": null,
    "days_until_next_key_workout": 6,
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
  "assumptions": [],
  "explain": [
    {
      "rule": "run-today",
      "priority": 100,
      "fired": false,
      "outcome": "not-fired",
      "conditions": {
        "all": [
          {
            "fact": "days_until_next_run",
            "operator": "equal",
            "value": 0,
            "fact_value": 6,
            "result": false
          }
        ],
        "result": false
      }
    },
    {
      "rule": "no-deep-tissue-within-a-day-of-a-run",
      "priority": 100,
      "fired": false,
      "outcome": "not-fired",
      "conditions": {
        "all": [
          {
            "fact": "days_until_next_run",
            "operator": "lessThanInclusive",
            "value": 1,
            "fact_value": 6,
            "result": false
          }
        ],
        "result": false
      }
    },
    {
      "rule": "no-deep-tissue-before-a-short-race",
      "priority": 100,
      "fired": false,
      "outcome": "not-fired",
      "conditions": {
        "all": [
          {
            "fact": "next_race_km",
            "operator": "lessThanInclusive",
            "value": 10.0,
            "fact_value": 42.2,
            "result": false
          },
          {
            "fact": "days_until_next_race",
            "operator": "lessThanInclusive",
            "value": 2,
            "fact_value": 6,
            "result": false
          }
        ],
        "result": false
      }
    },
    {
      "rule": "no-deep-tissue-before-a-half-marathon",
      "priority": 100,
      "fired": false,
      "outcome": "not-fired",
      "conditions": {
        "all": [
          {
            "fact": "next_race_km",
            "operator": "greaterThan",
            "value": 10.0,
            "fact_value": 42.2,
            "result": true
          },
          {
            "fact": "next_race_km",
            "operator": "lessThanInclusive",
            "value": 21.1,
            "fact_value": 42.2,
            "result": false
          },
          {
            "fact": "days_until_next_race",
            "operator": "lessThanInclusive",
            "value": 3,
            "fact_value": 6,
            "result": false
          }
        ],
        "result": false
      }
    },
    {
      "rule": "no-deep-tissue-before-a-marathon",
      "priority": 100,
      "fired": false,
      "outcome": "not-fired",
      "conditions": {
        "all": [
          {
            "fact": "next_race_km",
            "operator": "greaterThan",
            "value": 21.1,
            "fact_value": 42.2,
            "result": true
          },
          {
            "fact": "next_race_km",
            "operator": "lessThanInclusive",
            "value": 42.2,
            "fact_value": 42.2,
            "result": true
          },
          {
            "fact": "days_until_next_race",
            "operator": "lessThanInclusive",
            "value": 4,
            "fact_value": 6,
            "result": false
          }
        ],
        "result": false
      }
    },
    {
      "rule": "no-deep-tissue-before-an-ultra",
      "priority": 100,
      "fired": false,
      "outcome": "not-fired",
      "conditions": {
        "all": [
          {
            "fact": "next_race_km",
            "operator": "greaterThan",
            "value": 42.2,
            "fact_value": 42.2,
            "result": false
          },
          {
            "fact": "days_until_next_race",
            "operator": "lessThanInclusive",
            "value": 6,
            "fact_value": 6,
            "result": true
          }
        ],
        "result": false
      }
    },
    {
      "rule": "no-deep-tissue-before-a-race",
      "priority": 100,
      "fired": false,
      "outcome": "not-fired",
      "conditions": {
        "all": [
          {
            "not": {
              "fact": "next_race_km",
              "operator": "greaterThan",
              "value": 0.0,
              "fact_value": 42.2,
              "result": true
            },
            "result": false
          },
          {
            "fact": "days_until_next_race",
            "operator": "lessThanInclusive",
            "value": 4,
            "fact_value": 6,
            "result": false
          }
        ],
        "result": false
      }
    },
    {
      "rule": "no-deep-tissue-on-race-day",
      "priority": 100,
      "fired": false,
      "outcome": "not-fired",
      "conditions": {
        "all": [
          {
            "fact": "days_since_last_race",
            "operator": "equal",
            "value": 0,
            "fact_value": null,
            "result": false
          }
        ],
        "result": false
      }
    },
    {
      "rule": "no-deep-tissue-after-a-half-marathon",
      "priority": 100,
      "fired": false,
      "outcome": "not-fired",
      "conditions": {
        "all": [
          {
            "fact": "last_race_km",
            "operator": "greaterThan",
            "value": 10.0,
            "fact_value": null,
            "result": false
          },
          {
            "fact": "last_race_km",
            "operator": "lessThanInclusive",
            "value": 21.1,
            "fact_value": null,
            "result": false
          },
          {
            "fact": "days_since_last_race",
            "operator": "lessThanInclusive",
            "value": 1,
            "fact_value": null,
            "result": false
          }
        ],
        "result": false
      }
    },
    {
      "rule": "no-deep-tissue-after-a-marathon",
      "priority": 100,
      "fired": false,
      "outcome": "not-fired",
      "conditions": {
        "all": [
          {
            "fact": "last_race_km",
            "operator": "greaterThan",
            "value": 21.1,
            "fact_value": null,
            "result": false
          },
          {
            "fact": "last_race_km",
            "operator": "lessThanInclusive",
            "value": 42.2,
            "fact_value": null,
            "result": false
          },
          {
            "fact": "days_since_last_race",
            "operator": "lessThanInclusive",
            "value": 2,
            "fact_value": null,
            "result": false
          }
        ],
        "result": false
      }
    },
    {
      "rule": "no-deep-tissue-after-an-ultra",
      "priority": 100,
      "fired": false,
      "outcome": "not-fired",
      "conditions": {
        "all": [
          {
            "fact": "last_race_km",
            "operator": "greaterThan",
            "value": 42.2,
            "fact_value": null,
            "result": false
          },
          {
            "fact": "days_since_last_race",
            "operator": "lessThanInclusive",
            "value": 3,
            "fact_value": null,
            "result": false
          }
        ],
        "result": false
      }
    },
    {
      "rule": "no-deep-tissue-before-a-key-workout",
      "priority": 100,
      "fired": false,
      "outcome": "not-fired",
      "conditions": {
        "all": [
          {
            "fact": "days_until_next_key_workout",
            "operator": "lessThanInclusive",
            "value": 2,
            "fact_value": 6,
            "result": false
          }
        ],
        "result": false
      }
    },
    {
      "rule": "race-eve",
      "priority": 92,
      "fired": false,
      "outcome": "not-fired",
      "conditions": {
        "all": [
          {
            "fact": "days_until_next_race",
            "operator": "equal",
            "value": 1,
            "fact_value": 6,
            "result": false
          }
        ],
        "result": false
      }
    },
    {
      "rule": "eve-of-key-workout",
      "priority": 91,
      "fired": false,
      "outcome": "not-fired",
      "conditions": {
        "all": [
          {
            "fact": "days_until_next_key_workout",
            "operator": "equal",
            "value": 1,
            "fact_value": 6,
            "result": false
          }
        ],
        "result": false
      }
    },
    {
      "rule": "run-tomorrow",
      "priority": 90,
      "fired": false,
      "outcome": "not-fired",
      "conditions": {
        "all": [
          {
            "fact": "days_until_next_run",
            "operator": "equal",
            "value": 1,
            "fact_value": 6,
            "result": false
          }
        ],
        "result": false
      }
    },
    {
      "rule": "race-week",
      "priority": 80,
      "fired": false,
      "outcome": "not-fired",
      "conditions": {
        "any": [
          {
            "all": [
              {
                "fact": "next_race_km",
                "operator": "lessThanInclusive",
                "value": 10.0,
                "fact_value": 42.2,
                "result": false
              },
              {
                "fact": "days_until_next_race",
                "operator": "lessThanInclusive",
                "value": 2,
                "fact_value": 6,
                "result": false
              }
            ],
            "result": false
          },
          {
            "all": [
              {
                "fact": "next_race_km",
                "operator": "greaterThan",
                "value": 10.0,
                "fact_value": 42.2,
                "result": true
              },
              {
                "fact": "next_race_km",
                "operator": "lessThanInclusive",
                "value": 21.1,
                "fact_value": 42.2,
                "result": false
              },
              {
                "fact": "days_until_next_race",
                "operator": "lessThanInclusive",
                "value": 3,
                "fact_value": 6,
                "result": false
              }
            ],
            "result": false
          },
          {
            "all": [
              {
                "fact": "next_race_km",
                "operator": "greaterThan",
                "value": 21.1,
                "fact_value": 42.2,
                "result": true
              },
              {
                "fact": "next_race_km",
                "operator": "lessThanInclusive",
                "value": 42.2,
                "fact_value": 42.2,
                "result": true
              },
              {
                "fact": "days_until_next_race",
                "operator": "lessThanInclusive",
                "value": 4,
                "fact_value": 6,
                "result": false
              }
            ],
            "result": false
          },
          {
            "all": [
              {
                "fact": "next_race_km",
                "operator": "greaterThan",
                "value": 42.2,
                "fact_value": 42.2,
                "result": false
              },
              {
                "fact": "days_until_next_race",
                "operator": "lessThanInclusive",
                "value": 6,
                "fact_value": 6,
                "result": true
              }
            ],
            "result": false
          },
          {
            "all": [
              {
                "not": {
                  "fact": "next_race_km",
                  "operator": "greaterThan",
                  "value": 0.0,
                  "fact_value": 42.2,
                  "result": true
                },
                "result": false
              },
              {
                "fact": "days_until_next_race",
                "operator": "lessThanInclusive",
                "value": 4,
                "fact_value": 6,
                "result": false
              }
            ],
            "result": false
          }
        ],
        "result": false
      }
    },
    {
      "rule": "flush-after-a-long-race",
      "priority": 75,
      "fired": false,
      "outcome": "not-fired",
      "conditions": {
        "any": [
          {
            "all": [
              {
                "fact": "last_race_km",
                "operator": "greaterThan",
                "value": 10.0,
                "fact_value": null,
                "result": false
              },
              {
                "fact": "last_race_km",
                "operator": "lessThanInclusive",
                "value": 21.1,
                "fact_value": null,
                "result": false
              },
              {
                "fact": "days_since_last_race",
                "operator": "lessThanInclusive",
                "value": 1,
                "fact_value": null,
                "result": false
              }
            ],
            "result": false
          },
          {
            "all": [
              {
                "fact": "last_race_km",
                "operator": "greaterThan",
                "value": 21.1,
                "fact_value": null,
                "result": false
              },
              {
                "fact": "last_race_km",
                "operator": "lessThanInclusive",
                "value": 42.2,
                "fact_value": null,
                "result": false
              },
              {
                "fact": "days_since_last_race",
                "operator": "lessThanInclusive",
                "value": 2,
                "fact_value": null,
                "result": false
              }
            ],
            "result": false
          },
          {
            "all": [
              {
                "fact": "last_race_km",
                "operator": "greaterThan",
                "value": 42.2,
                "fact_value": null,
                "result": false
              },
              {
                "fact": "days_since_last_race",
                "operator": "lessThanInclusive",
                "value": 3,
                "fact_value": null,
                "result": false
              }
            ],
            "result": false
          }
        ],
        "result": false
      }
    },
    {
      "rule": "ran-today",
      "priority": 70,
      "fired": false,
      "outcome": "not-fired",
      "conditions": {
        "all": [
          {
            "fact": "days_since_last_run",
            "operator": "equal",
            "value": 0,
            "fact_value": 1,
            "result": false
          },
          {
            "not": {
              "fact": "days_until_next_run",
              "operator": "equal",
              "value": 0,
              "fact_value": 6,
              "result": false
            },
            "result": true
          }
        ],
        "result": false
      }
    },
    {
      "rule": "race-recovery",
      "priority": 60,
      "fired": false,
      "outcome": "not-fired",
      "conditions": {
        "all": [
          {
            "fact": "days_since_last_race",
            "operator": "greaterThanInclusive",
            "value": 1,
            "fact_value": null,
            "result": false
          },
          {
            "fact": "days_since_last_race",
            "operator": "lessThanInclusive",
            "value": 4,
            "fact_value": null,
            "result": false
          }
        ],
        "result": false
      }
    },
    {
      "rule": "rest-day",
      "priority": 50,
      "fired": true,
      "outcome": "recommended",
      "conditions": {
        "all": [
          {
            "not": {
              "fact": "days_since_last_run",
              "operator": "equal",
              "value": 0,
              "fact_value": 1,
              "result": false
            },
            "result": true
          },
          {
            "not": {
              "fact": "days_until_next_run",
              "operator": "lessThan",
              "value": 2,
              "fact_value": 6,
              "result": false
            },
            "result": true
          }
        ],
        "result": true
      }
    },
    {
      "rule": "light-rest-day",
      "priority": 40,
      "fired": true,
      "outcome": "outranked",
      "conditions": {
        "all": [
          {
            "not": {
              "fact": "days_since_last_run",
              "operator": "equal",
              "value": 0,
              "fact_value": 1,
              "result": false
            },
            "result": true
          },
          {
            "not": {
              "fact": "days_until_next_run",
              "operator": "lessThan",
              "value": 2,
              "fact_value": 6,
              "result": false
            },
            "result": true
          }
        ],
        "result": true
      }
    }
  ]
}
>>> stderr
>>> exit 0
