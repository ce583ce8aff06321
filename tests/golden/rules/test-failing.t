# Failing cases: one line each with what was expected and what came out; then coverage.
$ runmassage rules test cases/failing.jsonl
>>> stdout
FAIL cases/failing.jsonl:2 day after a 5K: expecting a flush by mistake: recommended: expected sports-post, got deep-tissue; rules: expected [race-recovery], got [light-rest-day, race-recovery, rest-day]
FAIL cases/failing.jsonl:4 eve of a long run: nothing to avoid, by mistake: avoid: expected [], got [deep-tissue]
2 passed, 2 failed
Coverage: no case fired run-today, no-deep-tissue-before-a-short-race,
  no-deep-tissue-before-a-half-marathon, no-deep-tissue-before-a-marathon,
  no-deep-tissue-before-an-ultra, no-deep-tissue-before-a-race,
  no-deep-tissue-on-race-day, no-deep-tissue-after-a-half-marathon,
  no-deep-tissue-after-a-marathon, no-deep-tissue-after-an-ultra, race-eve,
  race-week, flush-after-a-long-race, ran-today.
>>> stderr
>>> exit 1
