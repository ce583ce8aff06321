# A 10K tune-up race and a half marathon three weeks later.
$ runmassage week --today 2024-09-02 --run tue:easy --run thu:tempo --run sun:long --race 2024-09-14:10k --race 2024-10-06:half --weeks 5
>>> stdout
Week 1 of 5: Monday 2 September 2024 to Sunday 8 September 2024
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

Week 2 of 5: Monday 9 September 2024 to Sunday 15 September 2024
    Day Date       Workout        Book                       Why
    Mon 2024-09-09                Swedish massage            run tomorrow
    Tue 2024-09-10 easy           Sports massage, pre-event  run today
    Wed 2024-09-11                Swedish massage            long or hard run
                                                             tomorrow
    Thu 2024-09-12 hard           Sports massage, pre-event  run today
  * Fri 2024-09-13                Swedish massage            race tomorrow
    Sat 2024-09-14 race: 10k      Sports massage, pre-event  run today
    Sun 2024-09-15 long           Sports massage, pre-event  run today
  * Suggested:
    Fri 2024-09-13  Swedish massage. Before the race: relax and sleep well;
                    nothing deep so close to the start.

Week 3 of 5: Monday 16 September 2024 to Sunday 22 September 2024
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

Week 4 of 5: Monday 23 September 2024 to Sunday 29 September 2024
    Day Date       Workout        Book                       Why
    Mon 2024-09-23                Swedish massage            run tomorrow
    Tue 2024-09-24 easy           Sports massage, pre-event  run today
    Wed 2024-09-25                Swedish massage            long or hard run
                                                             tomorrow
    Thu 2024-09-26 hard           Sports massage, pre-event  run today
    Fri 2024-09-27                Swedish massage            rest day, no deep
                                                             work
  * Sat 2024-09-28                Swedish massage            long or hard run
                                                             tomorrow
    Sun 2024-09-29 long           Sports massage, pre-event  run today
  * Suggested:
    Sat 2024-09-28  Swedish massage. Eve of the long run: loosen up and sleep
                    well before the miles.

Week 5 of 5: Monday 30 September 2024 to Sunday 6 October 2024
    Day Date       Workout        Book                       Why
    Mon 2024-09-30                Swedish massage            run tomorrow
    Tue 2024-10-01 easy           Sports massage, pre-event  run today
    Wed 2024-10-02                Swedish massage            long or hard run
                                                             tomorrow
    Thu 2024-10-03 hard           Sports massage, pre-event  run today
    Fri 2024-10-04                Swedish massage            race coming up
  * Sat 2024-10-05                Swedish massage            race tomorrow
    Sun 2024-10-06 race: half     Sports massage, pre-event  run today
  * Suggested:
    Sat 2024-10-05  Swedish massage. Before the race: relax and sleep well;
                    nothing deep so close to the start.
>>> stderr
>>> exit 0
