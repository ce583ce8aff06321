# The same week as JSON.
$ runmassage week --today 2024-04-29 --run tue --run thu --run sat --race 2024-05-04 --format json
>>> stdout
{
  "start": "2024-04-29",
  "end": "2024-05-05",
  "weeks": 1,
  "suggestions": [
    {
      "date": "2024-05-05",
      "id": "deep-tissue",
      "name": "Deep tissue massage",
      "pick": "race-recovery",
      "why": "Race recovery: the first day deep work is safe after this distance."
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
      "date": "2024-04-30",
      "weekday": "Tuesday",
      "run": true,
      "race": false,
      "training": "run",
      "workouts": [],
      "workout": {
        "kind": "run",
        "km": null,
        "title": ""
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
        "no-deep-tissue-within-a-day-of-a-run",
        "no-deep-tissue-before-a-race",
        "race-week"
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
        "no-deep-tissue-before-a-race",
        "run-tomorrow",
        "race-week"
      ],
      "suggested": null
    },
    {
      "date": "2024-05-02",
      "weekday": "Thursday",
      "run": true,
      "race": false,
      "training": "run",
      "workouts": [],
      "workout": {
        "kind": "run",
        "km": null,
        "title": ""
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
        "no-deep-tissue-within-a-day-of-a-run",
        "no-deep-tissue-before-a-race",
        "no-deep-tissue-before-a-key-workout",
        "race-week"
      ],
      "suggested": null
    },
    {
      "date": "2024-05-03",
      "weekday": "Friday",
      "run": false,
      "race": false,
      "training": null,
      "workouts": [],
      "workout": null,
      "recommended": {
        "id": "swedish",
        "name": "Swedish massage",
        "why": "You race tomorrow. Gentle Swedish strokes calm you down and help you sleep, and they will not leave you sore on the start line.",
        "short": "race tomorrow",
        "minutes": {
          "min": 45,
          "max": 60
        },
        "rule": "race-eve"
      },
      "avoid": [
        "deep-tissue"
      ],
      "rules": [
        "no-deep-tissue-within-a-day-of-a-run",
        "no-deep-tissue-before-a-race",
        "no-deep-tissue-before-a-key-workout",
        "race-eve",
        "eve-of-key-workout",
        "run-tomorrow",
        "race-week"
      ],
      "suggested": null
    },
    {
      "date": "2024-05-04",
      "weekday": "Saturday",
      "run": true,
      "race": true,
      "training": "race",
      "workouts": [],
      "workout": {
        "kind": "race",
        "km": null,
        "title": ""
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
        "no-deep-tissue-within-a-day-of-a-run",
        "no-deep-tissue-before-a-race",
        "no-deep-tissue-before-a-key-workout",
        "race-week"
      ],
      "suggested": null
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
        "why": "Your race is behind you and your legs are ready: deep work now releases what the race tightened. If you are achy the day after, run easy that day.",
        "short": "recovering from a race",
        "minutes": {
          "min": 45,
          "max": 90
        },
        "rule": "race-recovery"
      },
      "avoid": [],
      "rules": [
        "race-recovery",
        "rest-day",
        "light-rest-day"
      ],
      "suggested": {
        "pick": "race-recovery",
        "why": "Race recovery: the first day deep work is safe after this distance."
      }
    }
  ]
}
>>> stderr
>>> exit 0
