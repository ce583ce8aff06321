# [plan] color = "always" colours the plan when NO_COLOR is not set.
$ NO_COLOR= runmassage --config color.toml plan --today 2024-05-02 --next-run tomorrow
>>> stdout
[1mThursday 2 May 2024[0m
  Last run:  not given
  Next run:  Friday 3 May 2024, tomorrow

[1;32mBook: Swedish massage (45-60 minutes)[0m
  You run tomorrow. Gentle Swedish strokes relax you and help you sleep without
  leaving you sore in the morning.

The therapist will use:
  - Effleurage: Light, flowing strokes that glide along your muscles at an even
    rhythm. Calming and gentle, so you wake up without soreness.
  - Petrissage: Soft kneading and lifting of the muscle, a bit like working
    dough. It relaxes tired legs and is unlikely to leave them sore.

Focus on: hamstrings, quadriceps, calves, glutes, core

[1;33mAvoid:[0m
  - Deep tissue massage: Deep work often leaves muscles sore the next day, so
    keep it away from a run that is today or tomorrow.

Rules applied: no-deep-tissue-within-a-day-of-a-run, run-tomorrow
>>> stderr
>>> exit 0
