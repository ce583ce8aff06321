# The last run comes from the history when --last-run is not given: Sunday's long run.
$ TZ=UTC runmassage plan --today 2024-05-20 --next-run wed --history ../../data/history-log
>>> stdout
Monday 20 May 2024
  Last run:  Sunday 19 May 2024, yesterday — long run, 26 km
  Next run:  Wednesday 22 May 2024, in 2 days
  Last race: Sunday 28 April 2024, 22 days ago — 21.1 km

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
  - No kind given for the next run: if it is a long run or hard session, book
    Swedish massage instead.

Rules applied: rest-day, light-rest-day
>>> stderr
>>> exit 0
