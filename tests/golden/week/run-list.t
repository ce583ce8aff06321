# Run days as one list: the same weeks as --run tue --run thu --run sat.
$ runmassage week --today 2024-04-29 --run tue,thu,sat --race 2024-05-04
>>> stdout
Week 1 of 1: Monday 29 April 2024 to Sunday 5 May 2024
    Day Date       Workout        Book                       Why
    Mon 2024-04-29                Swedish massage            run tomorrow
    Tue 2024-04-30 run            Sports massage, pre-event  run today
    Wed 2024-05-01                Swedish massage            run tomorrow
    Thu 2024-05-02 run            Sports massage, pre-event  run today
    Fri 2024-05-03                Swedish massage            race tomorrow
    Sat 2024-05-04 race           Sports massage, pre-event  run today
  * Sun 2024-05-05                Deep tissue massage        recovering from a
                                                             race
  * Suggested:
    Sun 2024-05-05  Deep tissue massage. Race recovery: the first day deep work
                    is safe after this distance.
>>> stderr
>>> exit 0
