# Weekday runs with kinds and a race with a distance.
$ runmassage week --today 2024-05-02 --run tue:easy --run thu:tempo --run sun:long --race 2024-05-11:half
>>> stdout
Week 1 of 1: Monday 29 April 2024 to Sunday 5 May 2024
    Day Date       Workout        Book                       Why
    Mon 2024-04-29                Swedish massage            run tomorrow
    Tue 2024-04-30 easy           Sports massage, pre-event  run today
    Wed 2024-05-01                Swedish massage            long or hard run
                                                             tomorrow
    Thu 2024-05-02 hard           Sports massage, pre-event  run today
    Fri 2024-05-03                Swedish massage            rest day, no deep
                                                             work
  * Sat 2024-05-04                Swedish massage            long or hard run
                                                             tomorrow
    Sun 2024-05-05 long           Sports massage, pre-event  run today
  * Suggested:
    Sat 2024-05-04  Swedish massage. Eve of the long run: loosen up and sleep
                    well before the miles.
>>> stderr
>>> exit 0
