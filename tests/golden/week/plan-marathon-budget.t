# The issue's marathon plan, two a month, only Wed, Sat and Sun free; the last four weeks.
$ runmassage week --today 2024-09-30 --ics ../../data/marathon-18-weeks.ics --start 2024-09-30 --weeks 5 --budget 2/month --available sat,sun,wed
>>> stdout
Week 1 of 5: Monday 30 September 2024 to Sunday 6 October 2024
    Day Date       Workout        Book                        Why
    Mon 2024-09-30 rest           Swedish massage             run tomorrow
    Tue 2024-10-01 easy 5 mi      Sports massage, pre-event   run today
    Wed 2024-10-02 hard 6 mi      Sports massage, pre-event   run today
    Thu 2024-10-03 easy 3 mi      Sports massage, pre-event   run today
    Fri 2024-10-04 rest           Swedish massage             long or hard run
                                                              tomorrow
    Sat 2024-10-05 long 12 mi     Sports massage, pre-event   run today
  * Sun 2024-10-06 rest           Deep tissue massage         rest day, no run
                                                              tomorrow
  * Suggested:
    Sun 2024-10-06  Deep tissue massage. Rest day after the long run, no key run
                    close: deep work on what it built up.

Week 2 of 5: Monday 7 October 2024 to Sunday 13 October 2024
    Day Date       Workout        Book                        Why
    Mon 2024-10-07 rest           Swedish massage             run tomorrow
    Tue 2024-10-08 easy 5 mi      Sports massage, pre-event   run today
    Wed 2024-10-09 hard 6 mi      Sports massage, pre-event   run today
    Thu 2024-10-10 easy 3 mi      Sports massage, pre-event   run today
    Fri 2024-10-11 rest           Swedish massage             long or hard run
                                                              tomorrow
    Sat 2024-10-12 long 20 mi     Sports massage, pre-event   run today
    Sun 2024-10-13 rest           Deep tissue massage         rest day, no run
                                                              tomorrow
  No booking suggested this week.

Week 3 of 5: Monday 14 October 2024 to Sunday 20 October 2024
    Day Date       Workout        Book                        Why
    Mon 2024-10-14 rest           Swedish massage             run tomorrow
    Tue 2024-10-15 easy 4 mi      Sports massage, pre-event   run today
    Wed 2024-10-16 hard 5 mi      Sports massage, pre-event   run today
    Thu 2024-10-17 easy 3 mi      Sports massage, pre-event   run today
    Fri 2024-10-18 rest           Swedish massage             long or hard run
                                                              tomorrow
    Sat 2024-10-19 long 12 mi     Sports massage, pre-event   run today
    Sun 2024-10-20 rest           Deep tissue massage         rest day, no run
                                                              tomorrow
  No booking suggested this week.

Week 4 of 5: Monday 21 October 2024 to Sunday 27 October 2024
    Day Date       Workout        Book                        Why
    Mon 2024-10-21 rest           Swedish massage             run tomorrow
    Tue 2024-10-22 easy 3 mi      Sports massage, pre-event   run today
    Wed 2024-10-23 easy 4 mi      Sports massage, pre-event   run today
    Thu 2024-10-24 easy 3 mi      Sports massage, pre-event   run today
    Fri 2024-10-25 rest           Swedish massage             run tomorrow
    Sat 2024-10-26 easy 2 mi      Sports massage, pre-event   run today
    Sun 2024-10-27 race: marathon Sports massage, pre-event   run today
  No booking suggested this week.

Week 5 of 5: Monday 28 October 2024 to Sunday 3 November 2024
    Day Date       Workout        Book                        Why
    Mon 2024-10-28                Sports massage, post-event  light flush after
                                                              a long race
    Tue 2024-10-29                Sports massage, post-event  light flush after
                                                              a long race
  * Wed 2024-10-30                Deep tissue massage         recovering from a
                                                              race
    Thu 2024-10-31                Deep tissue massage         recovering from a
                                                              race
    Fri 2024-11-01                Deep tissue massage         rest day, no run
                                                              tomorrow
    Sat 2024-11-02                Deep tissue massage         rest day, no run
                                                              tomorrow
    Sun 2024-11-03                Deep tissue massage         rest day, no run
                                                              tomorrow
  * Suggested:
    Wed 2024-10-30  Deep tissue massage. Race recovery: the first day deep work
                    is safe after this distance.
>>> stderr
>>> exit 0
