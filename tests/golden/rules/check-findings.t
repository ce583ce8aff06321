# A clinic's rules with every kind of finding: an avoid rule after any race, light-rest-day removed, a typo'd rule.
$ runmassage rules check --data ../data/clinic-findings
>>> stdout
gap
  No massage is recommended: the rules that fire (no-deep-tissue-after-any-race,
  race-recovery, rest-day) recommend nothing allowed.
  example: {"today":"2024-06-03","last_run":null,"next_run":null,"races":["2024-06-02"]}

gap
  No massage is recommended: the rules that fire
  (no-deep-tissue-before-a-key-workout, rest-day) recommend nothing allowed.
  example: {"today":"2024-06-03","last_run":null,"next_run":"2024-06-05:long","races":[]}

gap
  No massage is recommended: the rules that fire
  (no-deep-tissue-before-a-key-workout, no-deep-tissue-after-any-race,
  race-recovery, rest-day) recommend nothing allowed.
  example: {"today":"2024-06-03","last_run":null,"next_run":"2024-06-05:long","races":["2024-06-02"]}

never-fires: rule ultra-recovery
  Its conditions hold in none of the 52984 situations.
  example: {"today":"2024-06-03","last_run":null,"next_run":"2024-06-04","races":[]}

never-wins: rule race-recovery
  It fires but never decides the recommendation; in the example its massage is
  avoided by no-deep-tissue-after-any-race.
  example: {"today":"2024-06-03","last_run":null,"next_run":null,"races":["2024-06-02"]}

dead-pick: pick race-recovery
  The rules never recommend deep-tissue 1 to 4 days after a race. In the example
  they recommend nothing.
  example: {"today":"2024-06-03","last_run":null,"next_run":null,"races":["2024-06-02"]}

52984 situations checked: 6 findings.
>>> stderr
>>> exit 1
