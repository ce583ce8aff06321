# Four runs a week (Tue easy, Thu tempo, Sat easy, Sun long): deep tissue after the long run when no key run follows within two days.
$ runmassage week --today 2024-09-02 --run tue:easy --run thu:tempo --run sat:easy --run sun:long --weeks 2
>>> stdout
Week 1 of 2: Monday 2 September 2024 to Sunday 8 September 2024
    Day Date       Workout        Book                        Why
    Mon 2024-09-02                Swedish massage             run tomorrow
    Tue 2024-09-03 easy           Sports massage, pre-event   run today
    Wed 2024-09-04                Swedish massage             long or hard run
                                                              tomorrow
    Thu 2024-09-05 hard           Sports massage, pre-event   run today
    Fri 2024-09-06                Swedish massage             run tomorrow
    Sat 2024-09-07 easy           Sports massage, pre-event   run today
  * Sun 2024-09-08 long           Sports massage, post-event  ran today
  * Suggested:
    Sun 2024-09-08  Sports massage, post-event. Evening of the long run: a
                    post-run flush of what the miles tightened.

Week 2 of 2: Monday 9 September 2024 to Sunday 15 September 2024
    Day Date       Workout        Book                        Why
    Mon 2024-09-09                Swedish massage             run tomorrow
    Tue 2024-09-10 easy           Sports massage, pre-event   run today
    Wed 2024-09-11                Swedish massage             long or hard run
                                                              tomorrow
    Thu 2024-09-12 hard           Sports massage, pre-event   run today
    Fri 2024-09-13                Swedish massage             run tomorrow
    Sat 2024-09-14 easy           Sports massage, pre-event   run today
  * Sun 2024-09-15 long           Sports massage, post-event  ran today
  * Suggested:
    Sun 2024-09-15  Sports massage, post-event. Evening of the long run: a
                    post-run flush of what the miles tightened.
>>> stderr
>>> exit 0
