# Three days before a marathon: Swedish, no deep tissue (the window before a marathon is 4 days).
$ runmassage plan --today 2024-10-24 --race 2024-10-27:marathon
>>> stdout
Thursday 24 October 2024
  Last run:  not given
  Next run:  Sunday 27 October 2024, in 3 days — race, marathon (42.2 km)
  Next race: Sunday 27 October 2024, in 3 days — marathon (42.2 km)

Book: Swedish massage (45-60 minutes)
  Your race is close enough that deep work is ruled out. Keep massage light and
  relaxing now; deep work can wait until after the race.

The therapist will use:
  - Effleurage: Light, flowing strokes that glide along your muscles at an even
    rhythm. Calming and gentle, so you wake up without soreness.
  - Petrissage: Soft kneading and lifting of the muscle, a bit like working
    dough. It relaxes tired legs and is unlikely to leave them sore.

Focus on: hamstrings, quadriceps, calves, glutes, core

Avoid:
  - Deep tissue massage: Your race is at most 4 days away: deep work this close
    could leave your legs sore on the start line. Save it for after the race.

Rules applied: no-deep-tissue-before-a-marathon, race-week, rest-day,
               light-rest-day
>>> stderr
>>> exit 0
