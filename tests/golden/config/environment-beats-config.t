# RUNMASSAGE_DATA_DIR outranks the config file's data, which names a directory that is not there.
$ RUNMASSAGE_DATA_DIR=../data/no-deep-tissue runmassage --config data-missing.toml plan --today 2024-05-02 --next-run +5
>>> stdout
Thursday 2 May 2024
  Last run:  not given
  Next run:  Tuesday 7 May 2024, in 5 days

Book: Swedish massage (45-60 minutes)
  This clinic keeps every session gentle: a relaxing Swedish massage on rest
  days.

The therapist will use:
  - Effleurage: Light, flowing strokes that glide along your muscles at an even
    rhythm. Calming and gentle, so you wake up without soreness.
  - Petrissage: Soft kneading and lifting of the muscle, a bit like working
    dough. It relaxes tired legs and is unlikely to leave them sore.

Focus on: hamstrings, quadriceps, calves, glutes, core

Assumed:
  - No last run given: if you ran earlier today, book Sports massage, post-event
    instead.

Rules applied: rest-day
>>> stderr
>>> exit 0
