# Ran this morning, next run in three days: post-event sports massage.
$ runmassage plan --today 2024-05-02 --last-run today --next-run +3
>>> stdout
Thursday 2 May 2024
  Last run:  Thursday 2 May 2024, today
  Next run:  Sunday 5 May 2024, in 3 days

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

Rules applied: ran-today
>>> stderr
>>> exit 0
