# A race on the day also given as the last run is over: post-event advice.
$ runmassage plan --today 2024-10-27 --race today:half --last-run today
>>> stdout
Sunday 27 October 2024
  Last run:  Sunday 27 October 2024, today — race, half (21.1 km)
  Next run:  not given
  Last race: Sunday 27 October 2024, today — half (21.1 km)

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
  - Deep tissue massage: You raced today: wait at least until tomorrow before
    any deep work.

Rules applied: no-deep-tissue-on-race-day, no-deep-tissue-after-a-half-marathon,
               flush-after-a-long-race, ran-today
>>> stderr
>>> exit 0
