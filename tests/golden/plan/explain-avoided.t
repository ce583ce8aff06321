# An avoided massage: rest-day is overruled, light-rest-day recommends.
$ runmassage plan --today 2024-05-02 --last-run wed --next-run sat:tempo --explain
>>> stdout
Thursday 2 May 2024
  Last run:  Wednesday 1 May 2024, yesterday
  Next run:  Saturday 4 May 2024, in 2 days — hard session

Book: Swedish massage (45-60 minutes)
  A rest day, but deep work is ruled out today (see what to avoid). Swedish
  massage loosens the legs without leaving them sore.

The therapist will use:
  - Effleurage: Light, flowing strokes that glide along your muscles at an even
    rhythm. Calming and gentle, so you wake up without soreness.
  - Petrissage: Soft kneading and lifting of the muscle, a bit like working
    dough. It relaxes tired legs and is unlikely to leave them sore.

Focus on: hamstrings, quadriceps, calves, glutes, core

Avoid:
  - Deep tissue massage: A long run, hard session or race is at most 2 days
    away, and deep work can leave you sore for up to 48 hours: keep it for after
    that workout.

Rules applied: no-deep-tissue-before-a-key-workout, rest-day, light-rest-day

Explained (every rule, highest priority first):
  - run-today (priority 100): did not fire
    all: false
      days_until_next_run equal 0: false (it is 2)
  - no-deep-tissue-within-a-day-of-a-run (priority 100): did not fire
    all: false
      days_until_next_run lessThanInclusive 1: false (it is 2)
  - no-deep-tissue-before-a-short-race (priority 100): did not fire
    all: false
      next_race_km lessThanInclusive 10: false (it is absent)
      days_until_next_race lessThanInclusive 2: false (it is absent)
  - no-deep-tissue-before-a-half-marathon (priority 100): did not fire
    all: false
      next_race_km greaterThan 10: false (it is absent)
      next_race_km lessThanInclusive 21.1: false (it is absent)
      days_until_next_race lessThanInclusive 3: false (it is absent)
  - no-deep-tissue-before-a-marathon (priority 100): did not fire
    all: false
      next_race_km greaterThan 21.1: false (it is absent)
      next_race_km lessThanInclusive 42.2: false (it is absent)
      days_until_next_race lessThanInclusive 4: false (it is absent)
  - no-deep-tissue-before-an-ultra (priority 100): did not fire
    all: false
      next_race_km greaterThan 42.2: false (it is absent)
      days_until_next_race lessThanInclusive 6: false (it is absent)
  - no-deep-tissue-before-a-race (priority 100): did not fire
    all: false
      not: true
        next_race_km greaterThan 0: false (it is absent)
      days_until_next_race lessThanInclusive 4: false (it is absent)
  - no-deep-tissue-on-race-day (priority 100): did not fire
    all: false
      days_since_last_race equal 0: false (it is absent)
  - no-deep-tissue-after-a-half-marathon (priority 100): did not fire
    all: false
      last_race_km greaterThan 10: false (it is absent)
      last_race_km lessThanInclusive 21.1: false (it is absent)
      days_since_last_race lessThanInclusive 1: false (it is absent)
  - no-deep-tissue-after-a-marathon (priority 100): did not fire
    all: false
      last_race_km greaterThan 21.1: false (it is absent)
      last_race_km lessThanInclusive 42.2: false (it is absent)
      days_since_last_race lessThanInclusive 2: false (it is absent)
  - no-deep-tissue-after-an-ultra (priority 100): did not fire
    all: false
      last_race_km greaterThan 42.2: false (it is absent)
      days_since_last_race lessThanInclusive 3: false (it is absent)
  - no-deep-tissue-before-a-key-workout (priority 100): avoided Deep tissue
    massage
    all: true
      days_until_next_key_workout lessThanInclusive 2: true (it is 2)
  - race-eve (priority 92): did not fire
    all: false
      days_until_next_race equal 1: false (it is absent)
  - eve-of-key-workout (priority 91): did not fire
    all: false
      days_until_next_key_workout equal 1: false (it is 2)
  - run-tomorrow (priority 90): did not fire
    all: false
      days_until_next_run equal 1: false (it is 2)
  - race-week (priority 80): did not fire
    any: false
      all: false
        next_race_km lessThanInclusive 10: false (it is absent)
        days_until_next_race lessThanInclusive 2: false (it is absent)
      all: false
        next_race_km greaterThan 10: false (it is absent)
        next_race_km lessThanInclusive 21.1: false (it is absent)
        days_until_next_race lessThanInclusive 3: false (it is absent)
      all: false
        next_race_km greaterThan 21.1: false (it is absent)
        next_race_km lessThanInclusive 42.2: false (it is absent)
        days_until_next_race lessThanInclusive 4: false (it is absent)
      all: false
        next_race_km greaterThan 42.2: false (it is absent)
        days_until_next_race lessThanInclusive 6: false (it is absent)
      all: false
        not: true
          next_race_km greaterThan 0: false (it is absent)
        days_until_next_race lessThanInclusive 4: false (it is absent)
  - flush-after-a-long-race (priority 75): did not fire
    any: false
      all: false
        last_race_km greaterThan 10: false (it is absent)
        last_race_km lessThanInclusive 21.1: false (it is absent)
        days_since_last_race lessThanInclusive 1: false (it is absent)
      all: false
        last_race_km greaterThan 21.1: false (it is absent)
        last_race_km lessThanInclusive 42.2: false (it is absent)
        days_since_last_race lessThanInclusive 2: false (it is absent)
      all: false
        last_race_km greaterThan 42.2: false (it is absent)
        days_since_last_race lessThanInclusive 3: false (it is absent)
  - ran-today (priority 70): did not fire
    all: false
      days_since_last_run equal 0: false (it is 1)
      not: true
        days_until_next_run equal 0: false (it is 2)
  - race-recovery (priority 60): did not fire
    all: false
      days_since_last_race greaterThanInclusive 1: false (it is absent)
      days_since_last_race lessThanInclusive 4: false (it is absent)
  - rest-day (priority 50): fired, but Deep tissue massage is avoided
    all: true
      not: true
        days_since_last_run equal 0: false (it is 1)
      not: true
        days_until_next_run lessThan 2: false (it is 2)
  - light-rest-day (priority 40): recommended Swedish massage
    all: true
      not: true
        days_since_last_run equal 0: false (it is 1)
      not: true
        days_until_next_run lessThan 2: false (it is 2)
>>> stderr
>>> exit 0
