# Race on Saturday, two days away: Swedish, no deep tissue.
$ runmassage plan --today 2024-05-02 --last-run wed --race sat
>>> stdout
Thursday 2 May 2024
  Last run:  Wednesday 1 May 2024, yesterday
  Next run:  Saturday 4 May 2024, in 2 days — race
  Next race: Saturday 4 May 2024, in 2 days

Book: Swedish massage (45-60 minutes)
  Your race is close enough that deep work is ruled out. Keep massage light and
  relaxing now; deep work can wait until after the race.

The therapist will use:
  - Effleurage: Light, flowing strokes that glide along your muscles at an even
    rhythm. Calming and gentle, so you wake up without soreness.
  - Petrissage: Soft kneading and lifting of the muscle, a bit like working
    dough. It relaxes tired legs and is unlikely to leave them sore.

Focus on: hamstrings, quadriceps, calves, glutes, core

Assumed:
  - No distance given for the next race: the advice is the same if it is a
    marathon.

Avoid:
  - Deep tissue massage: A race of unknown distance is at most 4 days away: save
    deep work for after the race so your legs are fresh on the start line.

Rules applied: no-deep-tissue-before-a-race,
               no-deep-tissue-before-a-key-workout, race-week, rest-day,
               light-rest-day
>>> stderr
>>> exit 0
