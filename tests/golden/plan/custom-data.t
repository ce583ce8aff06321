# Rules from a data directory.
$ runmassage plan --today 2024-05-02 --next-run +5 --data ../../../data
>>> stdout
Thursday 2 May 2024
  Last run:  not given
  Next run:  Tuesday 7 May 2024, in 5 days

Book: Deep tissue massage (45-90 minutes)
  A rest day with no run tomorrow: time for deep work on tight spots. If you are
  achy the day after, run easy that day.

The therapist will use:
  - Stripping: Slow, deep strokes along the length of the muscle fibres, working
    from surface layers down to release stubborn tightness.
  - Cross-fibre friction: Firm rubbing across the grain of a muscle or tendon to
    break up adhesions and tight bands in hard-working areas.
  - Sustained compression: Steady, deep pressure held on one area of muscle so
    it can let go of tension it has been holding.

Focus on: hamstrings, quadriceps, calves, glutes, core

Assumed:
  - No last run given: if you ran earlier today, book Sports massage, post-event
    instead.

Rules applied: rest-day, light-rest-day
>>> stderr
>>> exit 0
