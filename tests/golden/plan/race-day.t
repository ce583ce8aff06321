# Race today.
$ runmassage plan --today 2024-05-04 --race 2024-05-04
>>> stdout
Saturday 4 May 2024
  Last run:  not given
  Next run:  Saturday 4 May 2024, today — race
  Next race: Saturday 4 May 2024, today

Book: Sports massage, pre-event (10-25 minutes)
  You run today. A short, brisk pre-event massage before you go warms you up and
  opens your range of motion; it adds to your warm-up, it does not replace it.

The therapist will use:
  - PNF stretching: Your therapist stretches a muscle to its limit, you push
    back against them, then they take it a little further. Three rounds per
    muscle group give you more range straight away.
  - Assisted joint range of motion: After some warming strokes, the therapist
    moves your ankles, knees and hips through their full range, checking how
    freely they move before and after stretching.
  - Tapotement: Quick, rhythmic tapping and drumming with the hands. It wakes
    your muscles up before you run and helps loosen stuck spots.
  - Motion palpation: Fast side-to-side rocking, usually of your legs, finished
    with a pull at the ankles and a light shake to leave them loose and ready.

Focus on: hamstrings, quadriceps, calves, glutes, core

Avoid:
  - Deep tissue massage: Deep work often leaves muscles sore the next day, so
    keep it away from a run that is today or tomorrow.

Rules applied: run-today, no-deep-tissue-within-a-day-of-a-run,
               no-deep-tissue-before-a-race,
               no-deep-tissue-before-a-key-workout, race-week
>>> stderr
>>> exit 0
