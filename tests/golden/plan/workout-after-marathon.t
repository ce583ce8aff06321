# The day after a marathon: a short, gentle flush, deep work only from day 3.
$ runmassage plan --today 2024-10-28 --last-run 2024-10-27 --race 2024-10-27:42.2km --next-run 2024-11-01
>>> stdout
Monday 28 October 2024
  Last run:  Sunday 27 October 2024, yesterday — race, 42.2 km
  Next run:  Friday 1 November 2024, in 4 days
  Last race: Sunday 27 October 2024, yesterday — 42.2 km

Book: Sports massage, post-event (15-30 minutes)
  You ran a long race and your legs need a few days before deep work. A light,
  short flush eases heavy legs now; leave out trigger point and pin-and-stretch
  work for at least 48 hours.

The therapist will use:
  - Flushing strokes: Light, unhurried strokes that sweep up the legs toward the
    heart, with gentle squeezing of the big muscles. Nothing is pressed hard:
    the aim is to ease heavy legs in the days after a long race without adding
    soreness.
  - Myofascial release: Slow strokes without oil that work the fascia, the thin
    sheath around your muscles, easing it out so deeper work can follow.

Focus on: hamstrings, quadriceps, calves, glutes, core

Avoid:
  - Deep tissue massage: Your legs are still recovering from a long race: wait
    until day 3 after it before deep work.

Rules applied: no-deep-tissue-after-a-marathon, flush-after-a-long-race,
               race-recovery, rest-day, light-rest-day
>>> stderr
>>> exit 0
