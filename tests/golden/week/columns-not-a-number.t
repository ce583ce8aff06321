# COLUMNS that is not a number is ignored: a pipe gets the 80-column table.
$ COLUMNS=wide runmassage week --today 2024-09-02 --run tue:easy --run thu:intervals --run sun:long --race 2024-09-14:5k --weeks 1
>>> stdout
Week 1 of 1: Monday 2 September 2024 to Sunday 8 September 2024
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
>>> stderr
>>> exit 0
