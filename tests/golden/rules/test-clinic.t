# A clinic's own cases against its changed rules: race-recovery can no longer win.
$ runmassage rules test --data ../data/clinic-findings cases/clinic.jsonl
>>> stdout
FAIL cases/clinic.jsonl:2 day after a 5K: deep tissue, as the default rules say: recommended: expected deep-tissue, got null
2 passed, 1 failed
Coverage: no case fired run-today, no-deep-tissue-within-a-day-of-a-run,
  no-deep-tissue-before-a-short-race, no-deep-tissue-before-a-half-marathon,
  no-deep-tissue-before-a-marathon, no-deep-tissue-before-an-ultra,
  no-deep-tissue-before-a-race, no-deep-tissue-on-race-day,
  no-deep-tissue-after-a-half-marathon, no-deep-tissue-after-a-marathon,
  no-deep-tissue-after-an-ultra, no-deep-tissue-before-a-key-workout, race-eve,
  eve-of-key-workout, run-tomorrow, race-week, flush-after-a-long-race,
  ran-today, ultra-recovery.
>>> stderr
>>> exit 1
