# [week] run days are not mixed into a calendar: the calendar is the whole plan.
$ runmassage --config json.toml week --today 2024-09-30 --ics ../../data/marathon-18-weeks.ics --format text
>>> stdout
Week 1 of 1: Sunday 29 September 2024 to Saturday 5 October 2024
    Day Date       Workout        Book                       Why
    Sun 2024-09-29 rest           Deep tissue massage        rest day, no run
                                                             tomorrow
    Mon 2024-09-30 rest           Swedish massage            run tomorrow
    Tue 2024-10-01 easy 5 mi      Sports massage, pre-event  run today
    Wed 2024-10-02 hard 6 mi      Sports massage, pre-event  run today
    Thu 2024-10-03 easy 3 mi      Sports massage, pre-event  run today
  * Fri 2024-10-04 rest           Swedish massage            long or hard run
                                                             tomorrow
    Sat 2024-10-05 long 12 mi     Sports massage, pre-event  run today
  * Suggested:
    Fri 2024-10-04  Swedish massage. Eve of the long run: loosen up and sleep
                    well before the miles.
>>> stderr
>>> exit 0
