# The day after a race, next run in three days: deep tissue.
$ runmassage plan --today 2024-05-05 --race 2024-05-04 --next-run +3
>>> stdout
Sunday 5 May 2024
  Last run:  Saturday 4 May 2024, yesterday — race
  Next run:  Wednesday 8 May 2024, in 3 days
  Last race: Saturday 4 May 2024, yesterday

Book: Deep tissue massage (45-90 minutes)
  Your race is behind you and your legs are ready: deep work now releases what
  the race tightened. If you are achy the day after, run easy that day.

The therapist will use:
  - Stripping: Slow, deep strokes along the length of the muscle fibres, working
    from surface layers down to release stubborn tightness.
  - Cross-fibre friction: Firm rubbing across the grain of a muscle or tendon to
    break up adhesions and tight bands in hard-working areas.
  - Sustained compression: Steady, deep pressure held on one area of muscle so
    it can let go of tension it has been holding.

Focus on: hamstrings, quadriceps, calves, glutes, core

Assumed:
  - No distance given for the last race: if it was a marathon, book Sports
    massage, post-event instead.

Rules applied: race-recovery, rest-day, light-rest-day
>>> stderr
>>> exit 0
