# Six runs a week, Friday off: no deep-tissue day by the rules, still a suggestion each week.
$ runmassage week --today 2024-09-02 --run mon:easy --run tue:easy --run wed:tempo --run thu:easy --run sat:easy --run sun:long --weeks 2
>>> stdout
Week 1 of 2: Monday 2 September 2024 to Sunday 8 September 2024
    Day Date       Workout        Book                       Why
    Mon 2024-09-02 easy           Sports massage, pre-event  run today
    Tue 2024-09-03 easy           Sports massage, pre-event  run today
    Wed 2024-09-04 hard           Sports massage, pre-event  run today
    Thu 2024-09-05 easy           Sports massage, pre-event  run today
  * Fri 2024-09-06                Swedish massage            run tomorrow
    Sat 2024-09-07 easy           Sports massage, pre-event  run today
    Sun 2024-09-08 long           Sports massage, pre-event  run today
  * Suggested:
    Fri 2024-09-06  Swedish massage. The week's free day before the long run:
                    gentle work that leaves no soreness.

Week 2 of 2: Monday 9 September 2024 to Sunday 15 September 2024
    Day Date       Workout        Book                       Why
    Mon 2024-09-09 easy           Sports massage, pre-event  run today
    Tue 2024-09-10 easy           Sports massage, pre-event  run today
    Wed 2024-09-11 hard           Sports massage, pre-event  run today
    Thu 2024-09-12 easy           Sports massage, pre-event  run today
  * Fri 2024-09-13                Swedish massage            run tomorrow
    Sat 2024-09-14 easy           Sports massage, pre-event  run today
    Sun 2024-09-15 long           Sports massage, pre-event  run today
  * Suggested:
    Fri 2024-09-13  Swedish massage. The week's free day before the long run:
                    gentle work that leaves no soreness.
>>> stderr
>>> exit 0
