# A half-marathon plan: race on Sunday 13 October, deep work again from the second day.
$ runmassage week --today 2024-09-30 --run tue:easy --run thu:tempo --run sat:easy --run sun:long --race 2024-10-13:half --weeks 3
>>> stdout
Week 1 of 3: Monday 30 September 2024 to Sunday 6 October 2024
    Day Date       Workout        Book                        Why
    Mon 2024-09-30                Swedish massage             run tomorrow
    Tue 2024-10-01 easy           Sports massage, pre-event   run today
    Wed 2024-10-02                Swedish massage             long or hard run
                                                              tomorrow
    Thu 2024-10-03 hard           Sports massage, pre-event   run today
    Fri 2024-10-04                Swedish massage             run tomorrow
    Sat 2024-10-05 easy           Sports massage, pre-event   run today
  * Sun 2024-10-06 long           Sports massage, post-event  ran today
  * Suggested:
    Sun 2024-10-06  Sports massage, post-event. Evening of the long run: a
                    post-run flush of what the miles tightened.

Week 2 of 3: Monday 7 October 2024 to Sunday 13 October 2024
    Day Date       Workout        Book                        Why
    Mon 2024-10-07                Swedish massage             run tomorrow
    Tue 2024-10-08 easy           Sports massage, pre-event   run today
    Wed 2024-10-09                Swedish massage             long or hard run
                                                              tomorrow
    Thu 2024-10-10 hard           Sports massage, pre-event   run today
  * Fri 2024-10-11                Swedish massage             run tomorrow
    Sat 2024-10-12 easy           Sports massage, pre-event   run today
    Sun 2024-10-13 race: half     Sports massage, pre-event   run today
  * Suggested:
    Fri 2024-10-11  Swedish massage. Before the race: relax and sleep well;
                    nothing deep so close to the start.

Week 3 of 3: Monday 14 October 2024 to Sunday 20 October 2024
    Day Date       Workout        Book                        Why
    Mon 2024-10-14                Swedish massage             run tomorrow
    Tue 2024-10-15 easy           Sports massage, pre-event   run today
    Wed 2024-10-16                Swedish massage             long or hard run
                                                              tomorrow
    Thu 2024-10-17 hard           Sports massage, pre-event   run today
    Fri 2024-10-18                Swedish massage             run tomorrow
    Sat 2024-10-19 easy           Sports massage, pre-event   run today
  * Sun 2024-10-20 long           Sports massage, post-event  ran today
  * Suggested:
    Sun 2024-10-20  Sports massage, post-event. Evening of the long run: a
                    post-run flush of what the miles tightened.
>>> stderr
>>> exit 0
