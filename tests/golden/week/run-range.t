# A range of run days with the words for all of them; the range wraps round the week.
$ runmassage week --today 2024-04-29 --run fri-mon:easy --run wed:tempo
>>> stdout
Week 1 of 1: Monday 29 April 2024 to Sunday 5 May 2024
    Day Date       Workout        Book                       Why
    Mon 2024-04-29 easy           Sports massage, pre-event  run today
  * Tue 2024-04-30                Swedish massage            long or hard run
                                                             tomorrow
    Wed 2024-05-01 hard           Sports massage, pre-event  run today
    Thu 2024-05-02                Swedish massage            run tomorrow
    Fri 2024-05-03 easy           Sports massage, pre-event  run today
    Sat 2024-05-04 easy           Sports massage, pre-event  run today
    Sun 2024-05-05 easy           Sports massage, pre-event  run today
  * Suggested:
    Tue 2024-04-30  Swedish massage. Day after the long run with a run next:
                    gentle work, nothing to make you sore.
>>> stderr
>>> exit 0
