# A 5K plan's last weeks: race eve, then deep tissue the day after a short race.
$ runmassage week --today 2024-09-02 --run tue:easy --run thu:intervals --run sun:long --race 2024-09-14:5k --weeks 3
>>> stdout
Week 1 of 3: Monday 2 September 2024 to Sunday 8 September 2024
    Day Date       Workout        Book                       Why
    Mon 2024-09-02                Swedish massage            run tomorrow
    Tue 2024-09-03 easy           Sports massage, pre-event  run today
    Wed 2024-09-04                Swedish massage            long or hard run
                                                             tomorrow
    Thu 2024-09-05 hard           Sports massage, pre-event  run today
    Fri 2024-09-06                Swedish massage            rest day, no deep
                                                             work
  * Sat 2024-09-07                Swedish massage            long or hard run
                                                             tomorrow
    Sun 2024-09-08 long           Sports massage, pre-event  run today
  * Suggested:
    Sat 2024-09-07  Swedish massage. Eve of the long run: loosen up and sleep
                    well before the miles.

Week 2 of 3: Monday 9 September 2024 to Sunday 15 September 2024
    Day Date       Workout        Book                       Why
    Mon 2024-09-09                Swedish massage            run tomorrow
    Tue 2024-09-10 easy           Sports massage, pre-event  run today
    Wed 2024-09-11                Swedish massage            long or hard run
                                                             tomorrow
    Thu 2024-09-12 hard           Sports massage, pre-event  run today
  * Fri 2024-09-13                Swedish massage            race tomorrow
    Sat 2024-09-14 race: 5k       Sports massage, pre-event  run today
    Sun 2024-09-15 long           Sports massage, pre-event  run today
  * Suggested:
    Fri 2024-09-13  Swedish massage. Before the race: relax and sleep well;
                    nothing deep so close to the start.

Week 3 of 3: Monday 16 September 2024 to Sunday 22 September 2024
    Day Date       Workout        Book                       Why
    Mon 2024-09-16                Swedish massage            run tomorrow
    Tue 2024-09-17 easy           Sports massage, pre-event  run today
    Wed 2024-09-18                Swedish massage            long or hard run
                                                             tomorrow
    Thu 2024-09-19 hard           Sports massage, pre-event  run today
    Fri 2024-09-20                Swedish massage            rest day, no deep
                                                             work
  * Sat 2024-09-21                Swedish massage            long or hard run
                                                             tomorrow
    Sun 2024-09-22 long           Sports massage, pre-event  run today
  * Suggested:
    Sat 2024-09-21  Swedish massage. Eve of the long run: loosen up and sleep
                    well before the miles.
>>> stderr
>>> exit 0
