# A corrupt file in the history folder is skipped with a warning; the rest is used.
$ TZ=UTC runmassage plan --today 2024-05-20 --history ../../data/history-corrupt
>>> stdout
Monday 20 May 2024
  Last run:  Sunday 19 May 2024, yesterday — long run, 26 km
  Next run:  not given

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
  - No next run given: if you run tomorrow, book Swedish massage instead.

Rules applied: rest-day, light-rest-day
>>> stderr
runmassage: warning: ../../data/history-corrupt/broken.gpx: byte 59: Start-end tags mismatch
runmassage: warning: 1 file skipped, 6 activities read
>>> exit 0
