# The day of an activity is its local date: 07:00 UTC on 4 May is 21:00 on 3 May in Honolulu.
$ TZ=Pacific/Honolulu runmassage history ../../data/history/morning.gpx --today 2024-05-06 --weeks 2 --format json
>>> stdout
{
  "schema": "runmassage/history/v2",
  "activities": 2,
  "runs": 1,
  "first": "2024-05-03",
  "last": "2024-05-04",
  "weeks": [
    {
      "start": "2024-04-29",
      "runs": 1,
      "km": 2.2,
      "minutes": 10.0,
      "load": 45.0,
      "form": null
    },
    {
      "start": "2024-05-06",
      "runs": 0,
      "km": 0.0,
      "minutes": 0.0,
      "load": 0.0,
      "form": null
    }
  ],
  "last_run": {
    "date": "2024-05-03",
    "kind": "run",
    "km": 2.2,
    "title": "Morning Run",
    "minutes": 10.0,
    "avg_hr": 130.0
  }
}
>>> stderr
>>> exit 0
