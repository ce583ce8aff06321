# JSON carries each day's workout and its suggestion with the pick and why.
$ runmassage week --today 2024-09-02 --run tue:easy --run sun:16mi --race 2024-09-07:10k --format json
>>> stdout
{
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
      "date": "2024-09-03",
      "weekday": "Tuesday",
      "run": true,
      "race": false,
      "training": "run",
      "workouts": [
        "easy"
      ],
      "workout": {
        "kind": "easy",
        "km": null,
        "title": "easy"
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
        "why": "Your race is close enough that deep work is ruled out. Keep massage light and relaxing now; deep work can wait until after the race.",
        "short": "race coming up",
        "minutes": {
          "min": 45,
          "max": 60
        },
        "rule": "race-week"
      },
      "avoid": [
        "deep-tissue"
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
        "kind": "race",
        "km": 10.0,
        "title": "10k"
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
        "kind": "long",
        "km": 25.744,
        "title": "16mi"
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
        "no-deep-tissue-before-a-key-workout",
        "race-recovery"
      ],
      "suggested": null
    }
  ]
}
>>> stderr
>>> exit 0
