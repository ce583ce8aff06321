# A race run today of no distance: the post-event massage, and how it would be booked after a marathon.
$ runmassage plan --today 2024-10-27 --race today --last-run today --next-run 2024-10-29:easy
>>> stdout
Sunday 27 October 2024
  Last run:  Sunday 27 October 2024, today — race
  Next run:  Tuesday 29 October 2024, in 2 days — easy run
  Last race: Sunday 27 October 2024, today

Book: Sports massage, post-event (20-45 minutes)
  You ran today. A post-event sports massage releases what the run tightened;
  after a race, wait about two hours and keep it light.

The therapist will use:
  - Myofascial release: Slow strokes without oil that work the fascia, the thin
    sheath around your muscles, easing it out so deeper work can follow.
  - Trigger point therapy: The therapist holds steady pressure with a finger or
    elbow on a tender knot until the pain fades. Not comfortable, but it often
    frees up a tight spot.
  - Pin and stretch: The therapist pins a muscle near one end while you tighten
    it, then glides firmly along it as it lengthens, working through knots on
    the way.

Focus on: hamstrings, quadriceps, calves, glutes, core

Assumed:
  - No distance given for the last race: if it was a marathon, book Sports
    massage, post-event with Flushing strokes and Myofascial release (15-30
    minutes) instead.

Avoid:
  - Deep tissue massage: You raced today: wait at least until tomorrow before
    any deep work.

Rules applied: no-deep-tissue-on-race-day, ran-today
>>> stderr
>>> exit 0
