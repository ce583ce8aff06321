# Two days before a long run, after a tempo run: no deep tissue (a key workout is 2 days away).
$ runmassage plan --today 2024-05-02 --last-run tue:tempo --next-run sat:long
>>> stdout
Thursday 2 May 2024
  Last run:  Tuesday 30 April 2024, 2 days ago — hard session
  Next run:  Saturday 4 May 2024, in 2 days — long run

Book: Swedish massage (45-60 minutes)
  A rest day, but deep work is ruled out today (see what to avoid). Swedish
  massage loosens the legs without leaving them sore.

The therapist will use:
  - Effleurage: Light, flowing strokes that glide along your muscles at an even
    rhythm. Calming and gentle, so you wake up without soreness.
  - Petrissage: Soft kneading and lifting of the muscle, a bit like working
    dough. It relaxes tired legs and is unlikely to leave them sore.

Focus on: hamstrings, quadriceps, calves, glutes, core

Avoid:
  - Deep tissue massage: A long run, hard session or race is at most 2 days
    away, and deep work can leave you sore for up to 48 hours: keep it for after
    that workout.

Rules applied: no-deep-tissue-before-a-key-workout, rest-day, light-rest-day
>>> stderr
>>> exit 0
