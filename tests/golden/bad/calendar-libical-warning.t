# libical warns on stderr about an END before any BEGIN; runmassage keeps stderr clean.
$ runmassage week --today 2024-05-02 --ics data/end-before-begin.ics --format json
>>> stdout
{
  "start": "2024-04-29",
  "end": "2024-05-05",
  "weeks": 1,
  "suggestions": [
    {
      "date": "2024-05-04",
      "id": "deep-tissue",
      "name": "Deep tissue massage",
      "pick": "after-long-run",
      "why": "Rest day after the long run, no key run close: deep work on what it built up."
    }
  ],
  "days": [
    {
      "date": "2024-04-29",
      "weekday": "Monday",
      "run": false,
      "race": false,
      "training": null,
      "workouts": [],
      "workout": null,
      "recommended": {
        "id": "deep-tissue",
        "name": "Deep tissue massage",
        "why": "A rest day with no run tomorrow: time for deep work on tight spots. If you are achy the day after, run easy that day.",
        "short": "rest day, no run tomorrow",
        "minutes": {
          "min": 45,
          "max": 90
        },
        "rule": "rest-day"
      },
      "avoid": [],
      "rules": [
        "rest-day",
        "light-rest-day"
      ],
      "suggested": null
    },
    {
      "date": "2024-04-30",
      "weekday": "Tuesday",
      "run": false,
      "race": false,
      "training": null,
      "workouts": [],
      "workout": null,
      "recommended": {
        "id": "deep-tissue",
        "name": "Deep tissue massage",
        "why": "A rest day with no run tomorrow: time for deep work on tight spots. If you are achy the day after, run easy that day.",
        "short": "rest day, no run tomorrow",
        "minutes": {
          "min": 45,
          "max": 90
        },
        "rule": "rest-day"
      },
      "avoid": [],
      "rules": [
        "rest-day",
        "light-rest-day"
      ],
      "suggested": null
    },
    {
      "date": "2024-05-01",
      "weekday": "Wednesday",
      "run": false,
      "race": false,
      "training": null,
      "workouts": [],
      "workout": null,
      "recommended": {
        "id": "deep-tissue",
        "name": "Deep tissue massage",
        "why": "A rest day with no run tomorrow: time for deep work on tight spots. If you are achy the day after, run easy that day.",
        "short": "rest day, no run tomorrow",
        "minutes": {
          "min": 45,
          "max": 90
        },
        "rule": "rest-day"
      },
      "avoid": [],
      "rules": [
        "rest-day",
        "light-rest-day"
      ],
      "suggested": null
    },
    {
      "date": "2024-05-02",
      "weekday": "Thursday",
      "run": false,
      "race": false,
      "training": null,
      "workouts": [],
      "workout": null,
      "recommended": {
        "id": "swedish",
        "name": "Swedish massage",
        "why": "You run tomorrow. Gentle Swedish strokes relax you and help you sleep without leaving you sore in the morning.",
        "short": "run tomorrow",
        "minutes": {
          "min": 45,
          "max": 60
        },
        "rule": "run-tomorrow"
      },
      "avoid": [
        "deep-tissue"
      ],
      "rules": [
        "no-deep-tissue-within-a-day-of-a-run",
        "run-tomorrow"
      ],
      "suggested": null
    },
    {
      "date": "2024-05-03",
      "weekday": "Friday",
      "run": true,
      "race": false,
      "training": "run",
      "workouts": [
        "Easy 4"
      ],
      "workout": {
        "kind": "easy",
        "km": null,
        "title": "Easy 4"
      },
      "recommended": {
        "id": "sports-pre",
        "name": "Sports massage, pre-event",
        "why": "You run today. A short, brisk pre-event massage before you go warms you up and opens your range of motion; it adds to your warm-up, it does not replace it.",
        "short": "run today",
        "minutes": {
          "min": 10,
          "max": 25
        },
        "rule": "run-today"
      },
      "avoid": [
        "deep-tissue"
      ],
      "rules": [
        "run-today",
        "no-deep-tissue-within-a-day-of-a-run"
      ],
      "suggested": null
    },
    {
      "date": "2024-05-04",
      "weekday": "Saturday",
      "run": false,
      "race": false,
      "training": null,
      "workouts": [],
      "workout": null,
      "recommended": {
        "id": "deep-tissue",
        "name": "Deep tissue massage",
        "why": "A rest day with no run tomorrow: time for deep work on tight spots. If you are achy the day after, run easy that day.",
        "short": "rest day, no run tomorrow",
        "minutes": {
          "min": 45,
          "max": 90
        },
        "rule": "rest-day"
      },
      "avoid": [],
      "rules": [
        "rest-day",
        "light-rest-day"
      ],
      "suggested": {
        "pick": "after-long-run",
        "why": "Rest day after the long run, no key run close: deep work on what it built up."
      }
    },
    {
      "date": "2024-05-05",
      "weekday": "Sunday",
      "run": false,
      "race": false,
      "training": null,
      "workouts": [],
      "workout": null,
      "recommended": {
        "id": "deep-tissue",
        "name": "Deep tissue massage",
        "why": "A rest day with no run tomorrow: time for deep work on tight spots. If you are achy the day after, run easy that day.",
        "short": "rest day, no run tomorrow",
        "minutes": {
          "min": 45,
          "max": 90
        },
        "rule": "rest-day"
      },
      "avoid": [],
      "rules": [
        "rest-day",
        "light-rest-day"
      ],
      "suggested": null
    }
  ]
}
>>> stderr
>>> exit 0
