# A budget of 0 suggests nothing.
$ runmassage week --today 2024-09-02 --run tue --run sun:long --budget 0/week
>>> stdout
Week 1 of 1: Monday 2 September 2024 to Sunday 8 September 2024
    Day Date       Workout        Book                       Why
    Mon 2024-09-02                Swedish massage            run tomorrow
    Tue 2024-09-03 run            Sports massage, pre-event  run today
    Wed 2024-09-04                Deep tissue massage        rest day, no run
                                                             tomorrow
    Thu 2024-09-05                Deep tissue massage        rest day, no run
                                                             tomorrow
    Fri 2024-09-06                Swedish massage            rest day, no deep
                                                             work
    Sat 2024-09-07                Swedish massage            long or hard run
                                                             tomorrow
    Sun 2024-09-08 long           Sports massage, pre-event  run today
  No booking suggested this week.
>>> stderr
>>> exit 0
