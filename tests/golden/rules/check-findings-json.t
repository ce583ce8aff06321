# The same findings as JSON, each example a batch line.
$ runmassage rules check --data ../data/clinic-findings --format json
>>> stdout
{
  "schema": "runmassage/rules-check/v2",
  "situations": 52984,
  "findings": [
    {
      "kind": "gap",
      "message": "No massage is recommended: the rules that fire (no-deep-tissue-after-any-race, race-recovery, rest-day) recommend nothing allowed.",
      "example": {
        "today": "2024-06-03",
        "last_run": null,
        "next_run": null,
        "races": [
          "2024-06-02"
        ]
      }
    },
    {
      "kind": "gap",
      "message": "No massage is recommended: the rules that fire (no-deep-tissue-before-a-key-workout, rest-day) recommend nothing allowed.",
      "example": {
        "today": "2024-06-03",
        "last_run": null,
        "next_run": "2024-06-05:long",
        "races": []
      }
    },
    {
      "kind": "gap",
      "message": "No massage is recommended: the rules that fire (no-deep-tissue-before-a-key-workout, no-deep-tissue-after-any-race, race-recovery, rest-day) recommend nothing allowed.",
      "example": {
        "today": "2024-06-03",
        "last_run": null,
        "next_run": "2024-06-05:long",
        "races": [
          "2024-06-02"
        ]
      }
    },
    {
      "kind": "never-fires",
      "rule": "ultra-recovery",
      "message": "Its conditions hold in none of the 52984 situations.",
      "example": {
        "today": "2024-06-03",
        "last_run": null,
        "next_run": "2024-06-04",
        "races": []
      }
    },
    {
      "kind": "never-wins",
      "rule": "race-recovery",
      "message": "It fires but never decides the recommendation; in the example its massage is avoided by no-deep-tissue-after-any-race.",
      "example": {
        "today": "2024-06-03",
        "last_run": null,
        "next_run": null,
        "races": [
          "2024-06-02"
        ]
      }
    },
    {
      "kind": "dead-pick",
      "pick": "race-recovery",
      "message": "The rules never recommend deep-tissue 1 to 4 days after a race. In the example they recommend nothing.",
      "example": {
        "today": "2024-06-03",
        "last_run": null,
        "next_run": null,
        "races": [
          "2024-06-02"
        ]
      }
    }
  ]
}
>>> stderr
>>> exit 1
