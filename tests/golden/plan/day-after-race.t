# The day after a race, next run in three days: deep tissue.
$ runmassage plan --today 2024-05-05 --race 2024-05-04 --next-run +3
>>> stdout
Sunday 5 May 2024
  Last run:  Saturday 4 May 2024, yesterday
  Next run:  Wednesday 8 May 2024, in 3 days
  Last race: Saturday 4 May 2024, yesterday

Book: Deep tissue massage (45-90 minutes)
  You raced yesterday and do not run tomorrow: the right time for deep work on
  the muscles the race tightened.

The therapist will use:
  - Stripping: Slow, deep strokes along the length of the muscle fibres, working
    from surface layers down to release stubborn tightness.
  - Cross-fibre friction: Firm rubbing across the grain of a muscle or tendon to
    break up adhesions and tight bands in hard-working areas.
  - Sustained compression: Steady, deep pressure held on one area of muscle so
    it can let go of tension it has been holding.

Focus on: hamstrings, quadriceps, calves, glutes, core

Rules applied: day-after-race, rest-day
>>> stderr
>>> exit 0
