# Before today the history's runs (Tuesday), not the plan's (Monday); from today the plan's (Friday).
$ TZ=UTC runmassage week --today 2024-05-16 --start 2024-05-13 --run mon:easy --run fri:long --history ../../data/history-log
>>> stdout
Week 1 of 1: Monday 13 May 2024 to Sunday 19 May 2024
    Day Date       Workout        Book                       Why
    Mon 2024-05-13                Swedish massage            run tomorrow
    Tue 2024-05-14 easy 8 km      Sports massage, pre-event  run today
    Wed 2024-05-15                Swedish massage            rest day, no deep
                                                             work
    Thu 2024-05-16                Swedish massage            long or hard run
                                                             tomorrow
    Fri 2024-05-17 long           Sports massage, pre-event  run today
  * Sat 2024-05-18                Deep tissue massage        rest day, no run
                                                             tomorrow
    Sun 2024-05-19                Swedish massage            run tomorrow
  * Suggested:
    Sat 2024-05-18  Deep tissue massage. Rest day after the long run, no key run
                    close: deep work on what it built up.
>>> stderr
>>> exit 0
