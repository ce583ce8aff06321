# A past race from the history: the half marathon on 28 April.
$ TZ=UTC runmassage plan --today 2024-04-29 --history ../../data/history-log
>>> stdout
Monday 29 April 2024
  Last run:  Sunday 28 April 2024, yesterday — race, 21.1 km
  Next run:  not given
  Last race: Sunday 28 April 2024, yesterday — 21.1 km

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

Assumed:
  - No next run given: if you run tomorrow, book Swedish massage instead.

Avoid:
  - Deep tissue massage: Your legs are still recovering from a long race: wait
    until day 2 after it before deep work.

Rules applied: no-deep-tissue-after-a-half-marathon, flush-after-a-long-race,
               race-recovery, rest-day, light-rest-day
>>> stderr
>>> exit 0
