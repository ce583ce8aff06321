# The same six weeks as JSON.
$ TZ=UTC runmassage history ../../data/history-log --today 2024-05-20 --weeks 6 --format json
>>> stdout
{
  "schema": "runmassage/history/v2",
  "activities": 35,
  "runs": 28,
  "first": "2024-04-02",
  "last": "2024-05-19",
  "weeks": [
    {
      "start": "2024-04-15",
      "runs": 4,
      "km": 49.0,
      "minutes": 277.0,
      "load": 532.4,
      "form": -35.5
    },
    {
      "start": "2024-04-22",
      "runs": 4,
      "km": 44.1,
      "minutes": 232.0,
      "load": 628.4,
      "form": -31.3
    },
    {
      "start": "2024-04-29",
      "runs": 4,
      "km": 49.0,
      "minutes": 277.0,
      "load": 532.4,
      "form": -29.6
    },
    {
      "start": "2024-05-06",
      "runs": 4,
      "km": 49.0,
      "minutes": 277.0,
      "load": 532.4,
      "form": -21.6
    },
    {
      "start": "2024-05-13",
      "runs": 4,
      "km": 49.0,
      "minutes": 277.0,
      "load": 532.4,
      "form": -16.2
    },
    {
      "start": "2024-05-20",
      "runs": 0,
      "km": 0.0,
      "minutes": 0.0,
      "load": 0.0,
      "form": -34.8
    }
  ],
  "last_run": {
    "date": "2024-05-19",
    "kind": "long",
    "km": 26.0,
    "title": "Sunday long run",
    "minutes": 150.0,
    "avg_hr": 145.0
  }
}
>>> stderr
>>> exit 0
