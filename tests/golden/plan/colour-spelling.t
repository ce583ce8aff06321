# --colour is --color, with or without '='.
$ runmassage plan --today 2024-05-02 --next-run sat --colour=always
>>> stdout
[1mThursday 2 May 2024[0m
  Last run:  not given
  Next run:  Saturday 4 May 2024, in 2 days

[1;32mBook: Deep tissue massage (45-90 minutes)[0m
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
  - No kind given for the next run: if it is a long run or hard session, book
    Swedish massage instead.

Rules applied: rest-day, light-rest-day
>>> stderr
>>> exit 0
