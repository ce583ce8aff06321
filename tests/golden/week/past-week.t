# Days before today are shown but never booked; a week wholly before today says so.
$ runmassage week --today 2024-05-08 --start 2024-04-29 --weeks 2 --run tue --run thu --run sat:long
>>> stdout
Week 1 of 2: Monday 29 April 2024 to Sunday 5 May 2024
    Day Date       Workout        Book                       Why
    Mon 2024-04-29                Swedish massage            run tomorrow
    Tue 2024-04-30 run            Sports massage, pre-event  run today
    Wed 2024-05-01                Swedish massage            run tomorrow
    Thu 2024-05-02 run            Sports massage, pre-event  run today
    Fri 2024-05-03                Swedish massage            long or hard run
                                                             tomorrow
    Sat 2024-05-04 long           Sports massage, pre-event  run today
    Sun 2024-05-05                Deep tissue massage        rest day, no run
                                                             tomorrow
  This week is past: nothing to book.

Week 2 of 2: Monday 6 May 2024 to Sunday 12 May 2024
    Day Date       Workout        Book                       Why
    Mon 2024-05-06                Swedish massage            run tomorrow
    Tue 2024-05-07 run            Sports massage, pre-event  run today
    Wed 2024-05-08                Swedish massage            run tomorrow
    Thu 2024-05-09 run            Sports massage, pre-event  run today
    Fri 2024-05-10                Swedish massage            long or hard run
                                                             tomorrow
    Sat 2024-05-11 long           Sports massage, pre-event  run today
  * Sun 2024-05-12                Deep tissue massage        rest day, no run
                                                             tomorrow
  * Suggested:
    Sun 2024-05-12  Deep tissue massage. Rest day after the long run, no key run
                    close: deep work on what it built up.
>>> stderr
>>> exit 0
