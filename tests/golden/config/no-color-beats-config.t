# NO_COLOR outranks the config file's colour (but not --color always).
$ NO_COLOR=1 runmassage --config color.toml plan --today 2024-05-02 --next-run tomorrow
>>> stdout
Thursday 2 May 2024
  Last run:  not given
  Next run:  Friday 3 May 2024, tomorrow

Book: Swedish massage (45-60 minutes)
  You run tomorrow. Gentle Swedish strokes relax you and help you sleep without
  leaving you sore in the morning.

The therapist will use:
  - Effleurage: Light, flowing strokes that glide along your muscles at an even
    rhythm. Calming and gentle, so you wake up without soreness.
  - Petrissage: Soft kneading and lifting of the muscle, a bit like working
    dough. It relaxes tired legs and is unlikely to leave them sore.

Focus on: hamstrings, quadriceps, calves, glutes, core

Avoid:
  - Deep tissue massage: Deep work often leaves muscles sore the next day, so
    keep it away from a run that is today or tomorrow.

Rules applied: no-deep-tissue-within-a-day-of-a-run, run-tomorrow
>>> stderr
>>> exit 0
