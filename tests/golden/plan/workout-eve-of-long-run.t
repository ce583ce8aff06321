# The eve of a long run: Swedish.
$ runmassage plan --today 2024-05-03 --last-run thu:easy --next-run sat:20mi
>>> stdout
Friday 3 May 2024
  Last run:  Thursday 2 May 2024, yesterday — easy run
  Next run:  Saturday 4 May 2024, tomorrow — long run, 20 mi (32.2 km)

Book: Swedish massage (45-60 minutes)
  A long run or hard session is tomorrow. Swedish massage is just right the day
  before: it relaxes and loosens without leaving you sore in the morning.

The therapist will use:
  - Effleurage: Light, flowing strokes that glide along your muscles at an even
    rhythm. Calming and gentle, so you wake up without soreness.
  - Petrissage: Soft kneading and lifting of the muscle, a bit like working
    dough. It relaxes tired legs and is unlikely to leave them sore.

Focus on: hamstrings, quadriceps, calves, glutes, core

Avoid:
  - Deep tissue massage: Deep work often leaves muscles sore the next day, so
    keep it away from a run that is today or tomorrow.

Rules applied: no-deep-tissue-within-a-day-of-a-run,
               no-deep-tissue-before-a-key-workout, eve-of-key-workout,
               run-tomorrow
>>> stderr
>>> exit 0
