# An 18-week marathon plan from a training calendar, the whole block.
$ runmassage week --today 2024-06-20 --ics ../../data/marathon-18-weeks.ics --start 2024-06-24 --weeks 18
>>> stdout
Week 1 of 18: Monday 24 June 2024 to Sunday 30 June 2024
    Day Date       Workout        Book                       Why
    Mon 2024-06-24 rest           Swedish massage            run tomorrow
    Tue 2024-06-25 easy 3 mi      Sports massage, pre-event  run today
    Wed 2024-06-26 hard 4 mi      Sports massage, pre-event  run today
    Thu 2024-06-27 easy 3 mi      Sports massage, pre-event  run today
    Fri 2024-06-28 rest           Swedish massage            long or hard run
                                                             tomorrow
    Sat 2024-06-29 long 6 mi      Sports massage, pre-event  run today
  * Sun 2024-06-30 rest           Deep tissue massage        rest day, no run
                                                             tomorrow
  * Suggested:
    Sun 2024-06-30  Deep tissue massage. Rest day after the long run, no key run
                    close: deep work on what it built up.

Week 2 of 18: Monday 1 July 2024 to Sunday 7 July 2024
    Day Date       Workout        Book                       Why
    Mon 2024-07-01 rest           Swedish massage            run tomorrow
    Tue 2024-07-02 easy 3 mi      Sports massage, pre-event  run today
    Wed 2024-07-03 hard           Sports massage, pre-event  run today
    Thu 2024-07-04 easy 3 mi      Sports massage, pre-event  run today
    Fri 2024-07-05 rest           Swedish massage            long or hard run
                                                             tomorrow
    Sat 2024-07-06 long 7 mi      Sports massage, pre-event  run today
  * Sun 2024-07-07 rest           Deep tissue massage        rest day, no run
                                                             tomorrow
  * Suggested:
    Sun 2024-07-07  Deep tissue massage. Rest day after the long run, no key run
                    close: deep work on what it built up.

Week 3 of 18: Monday 8 July 2024 to Sunday 14 July 2024
    Day Date       Workout        Book                       Why
    Mon 2024-07-08 rest           Swedish massage            run tomorrow
    Tue 2024-07-09 easy 4 mi      Sports massage, pre-event  run today
    Wed 2024-07-10 hard 4 mi      Sports massage, pre-event  run today
    Thu 2024-07-11 easy 3 mi      Sports massage, pre-event  run today
    Fri 2024-07-12 rest           Swedish massage            long or hard run
                                                             tomorrow
    Sat 2024-07-13 long 5 mi      Sports massage, pre-event  run today
  * Sun 2024-07-14 rest           Deep tissue massage        rest day, no run
                                                             tomorrow
  * Suggested:
    Sun 2024-07-14  Deep tissue massage. Rest day after the long run, no key run
                    close: deep work on what it built up.

Week 4 of 18: Monday 15 July 2024 to Sunday 21 July 2024
    Day Date       Workout        Book                       Why
    Mon 2024-07-15 rest           Swedish massage            run tomorrow
    Tue 2024-07-16 easy 4 mi      Sports massage, pre-event  run today
    Wed 2024-07-17 hard 5 mi      Sports massage, pre-event  run today
    Thu 2024-07-18 easy 3 mi      Sports massage, pre-event  run today
    Fri 2024-07-19 rest           Swedish massage            long or hard run
                                                             tomorrow
    Sat 2024-07-20 long 8 mi      Sports massage, pre-event  run today
  * Sun 2024-07-21 rest           Deep tissue massage        rest day, no run
                                                             tomorrow
  * Suggested:
    Sun 2024-07-21  Deep tissue massage. Rest day after the long run, no key run
                    close: deep work on what it built up.

Week 5 of 18: Monday 22 July 2024 to Sunday 28 July 2024
    Day Date       Workout        Book                       Why
    Mon 2024-07-22 rest           Swedish massage            run tomorrow
    Tue 2024-07-23 easy 4 mi      Sports massage, pre-event  run today
    Wed 2024-07-24 hard 5 mi      Sports massage, pre-event  run today
    Thu 2024-07-25 easy 3 mi      Sports massage, pre-event  run today
    Fri 2024-07-26 rest           Swedish massage            long or hard run
                                                             tomorrow
    Sat 2024-07-27 long 9 mi      Sports massage, pre-event  run today
  * Sun 2024-07-28 rest           Deep tissue massage        rest day, no run
                                                             tomorrow
  * Suggested:
    Sun 2024-07-28  Deep tissue massage. Rest day after the long run, no key run
                    close: deep work on what it built up.

Week 6 of 18: Monday 29 July 2024 to Sunday 4 August 2024
    Day Date       Workout        Book                       Why
    Mon 2024-07-29 rest           Swedish massage            run tomorrow
    Tue 2024-07-30 easy 4 mi      Sports massage, pre-event  run today
    Wed 2024-07-31 hard 5 mi      Sports massage, pre-event  run today
    Thu 2024-08-01 easy 3 mi      Sports massage, pre-event  run today
    Fri 2024-08-02 rest           Swedish massage            long or hard run
                                                             tomorrow
    Sat 2024-08-03 long 7 mi      Sports massage, pre-event  run today
  * Sun 2024-08-04 rest           Deep tissue massage        rest day, no run
                                                             tomorrow
  * Suggested:
    Sun 2024-08-04  Deep tissue massage. Rest day after the long run, no key run
                    close: deep work on what it built up.

Week 7 of 18: Monday 5 August 2024 to Sunday 11 August 2024
    Day Date       Workout        Book                       Why
    Mon 2024-08-05 rest           Swedish massage            run tomorrow
    Tue 2024-08-06 easy 5 mi      Sports massage, pre-event  run today
    Wed 2024-08-07 hard 5 mi      Sports massage, pre-event  run today
    Thu 2024-08-08 easy 3 mi      Sports massage, pre-event  run today
    Fri 2024-08-09 rest           Swedish massage            long or hard run
                                                             tomorrow
    Sat 2024-08-10 long 10 mi     Sports massage, pre-event  run today
  * Sun 2024-08-11 rest           Deep tissue massage        rest day, no run
                                                             tomorrow
  * Suggested:
    Sun 2024-08-11  Deep tissue massage. Rest day after the long run, no key run
                    close: deep work on what it built up.

Week 8 of 18: Monday 12 August 2024 to Sunday 18 August 2024
    Day Date       Workout        Book                       Why
    Mon 2024-08-12 rest           Swedish massage            run tomorrow
    Tue 2024-08-13 easy 5 mi      Sports massage, pre-event  run today
    Wed 2024-08-14 hard 6 mi      Sports massage, pre-event  run today
    Thu 2024-08-15 easy 3 mi      Sports massage, pre-event  run today
    Fri 2024-08-16 rest           Swedish massage            long or hard run
                                                             tomorrow
    Sat 2024-08-17 long 11 mi     Sports massage, pre-event  run today
  * Sun 2024-08-18 rest           Deep tissue massage        rest day, no run
                                                             tomorrow
  * Suggested:
    Sun 2024-08-18  Deep tissue massage. Rest day after the long run, no key run
                    close: deep work on what it built up.

Week 9 of 18: Monday 19 August 2024 to Sunday 25 August 2024
    Day Date       Workout        Book                       Why
    Mon 2024-08-19 rest           Swedish massage            run tomorrow
    Tue 2024-08-20 easy 4 mi      Sports massage, pre-event  run today
    Wed 2024-08-21 hard 5 mi      Sports massage, pre-event  run today
    Thu 2024-08-22 easy 3 mi      Sports massage, pre-event  run today
    Fri 2024-08-23 rest           Swedish massage            race coming up
  * Sat 2024-08-24 rest           Swedish massage            race tomorrow
    Sun 2024-08-25 race: half     Sports massage, pre-event  run today
  * Suggested:
    Sat 2024-08-24  Swedish massage. Before the race: relax and sleep well;
                    nothing deep so close to the start.

Week 10 of 18: Monday 26 August 2024 to Sunday 1 September 2024
    Day Date       Workout        Book                       Why
    Mon 2024-08-26 rest           Swedish massage            run tomorrow
    Tue 2024-08-27 easy 4 mi      Sports massage, pre-event  run today
    Wed 2024-08-28 hard 5 mi      Sports massage, pre-event  run today
    Thu 2024-08-29 easy 3 mi      Sports massage, pre-event  run today
    Fri 2024-08-30 rest           Swedish massage            long or hard run
                                                             tomorrow
    Sat 2024-08-31 long 12 mi     Sports massage, pre-event  run today
  * Sun 2024-09-01 rest           Deep tissue massage        rest day, no run
                                                             tomorrow
  * Suggested:
    Sun 2024-09-01  Deep tissue massage. Rest day after the long run, no key run
                    close: deep work on what it built up.

Week 11 of 18: Monday 2 September 2024 to Sunday 8 September 2024
    Day Date       Workout        Book                       Why
    Mon 2024-09-02 rest           Swedish massage            run tomorrow
    Tue 2024-09-03 easy 5 mi      Sports massage, pre-event  run today
    Wed 2024-09-04 hard 6 mi      Sports massage, pre-event  run today
    Thu 2024-09-05 easy 3 mi      Sports massage, pre-event  run today
    Fri 2024-09-06 rest           Swedish massage            long or hard run
                                                             tomorrow
    Sat 2024-09-07 long 13 mi     Sports massage, pre-event  run today
  * Sun 2024-09-08 rest           Deep tissue massage        rest day, no run
                                                             tomorrow
  * Suggested:
    Sun 2024-09-08  Deep tissue massage. Rest day after the long run, no key run
                    close: deep work on what it built up.

Week 12 of 18: Monday 9 September 2024 to Sunday 15 September 2024
    Day Date       Workout        Book                       Why
    Mon 2024-09-09 rest           Swedish massage            run tomorrow
    Tue 2024-09-10 easy 5 mi      Sports massage, pre-event  run today
    Wed 2024-09-11 hard 6 mi      Sports massage, pre-event  run today
    Thu 2024-09-12 easy 3 mi      Sports massage, pre-event  run today
    Fri 2024-09-13 rest           Swedish massage            long or hard run
                                                             tomorrow
    Sat 2024-09-14 long 10 mi     Sports massage, pre-event  run today
  * Sun 2024-09-15 rest           Deep tissue massage        rest day, no run
                                                             tomorrow
  * Suggested:
    Sun 2024-09-15  Deep tissue massage. Rest day after the long run, no key run
                    close: deep work on what it built up.

Week 13 of 18: Monday 16 September 2024 to Sunday 22 September 2024
    Day Date       Workout        Book                       Why
    Mon 2024-09-16 rest           Swedish massage            run tomorrow
    Tue 2024-09-17 easy 5 mi      Sports massage, pre-event  run today
    Wed 2024-09-18 hard 6 mi      Sports massage, pre-event  run today
    Thu 2024-09-19 easy 3 mi      Sports massage, pre-event  run today
    Fri 2024-09-20 rest           Swedish massage            long or hard run
                                                             tomorrow
    Sat 2024-09-21 long 14 mi     Sports massage, pre-event  run today
  * Sun 2024-09-22 rest           Deep tissue massage        rest day, no run
                                                             tomorrow
  * Suggested:
    Sun 2024-09-22  Deep tissue massage. Rest day after the long run, no key run
                    close: deep work on what it built up.

Week 14 of 18: Monday 23 September 2024 to Sunday 29 September 2024
    Day Date       Workout        Book                       Why
    Mon 2024-09-23 rest           Swedish massage            run tomorrow
    Tue 2024-09-24 easy 5 mi      Sports massage, pre-event  run today
    Wed 2024-09-25 hard 6 mi      Sports massage, pre-event  run today
    Thu 2024-09-26 easy 3 mi      Sports massage, pre-event  run today
    Fri 2024-09-27 rest           Swedish massage            long or hard run
                                                             tomorrow
    Sat 2024-09-28 long 16 mi     Sports massage, pre-event  run today
  * Sun 2024-09-29 rest           Deep tissue massage        rest day, no run
                                                             tomorrow
  * Suggested:
    Sun 2024-09-29  Deep tissue massage. Rest day after the long run, no key run
                    close: deep work on what it built up.

Week 15 of 18: Monday 30 September 2024 to Sunday 6 October 2024
    Day Date       Workout        Book                       Why
    Mon 2024-09-30 rest           Swedish massage            run tomorrow
    Tue 2024-10-01 easy 5 mi      Sports massage, pre-event  run today
    Wed 2024-10-02 hard 6 mi      Sports massage, pre-event  run today
    Thu 2024-10-03 easy 3 mi      Sports massage, pre-event  run today
    Fri 2024-10-04 rest           Swedish massage            long or hard run
                                                             tomorrow
    Sat 2024-10-05 long 12 mi     Sports massage, pre-event  run today
  * Sun 2024-10-06 rest           Deep tissue massage        rest day, no run
                                                             tomorrow
  * Suggested:
    Sun 2024-10-06  Deep tissue massage. Rest day after the long run, no key run
                    close: deep work on what it built up.

Week 16 of 18: Monday 7 October 2024 to Sunday 13 October 2024
    Day Date       Workout        Book                       Why
    Mon 2024-10-07 rest           Swedish massage            run tomorrow
    Tue 2024-10-08 easy 5 mi      Sports massage, pre-event  run today
    Wed 2024-10-09 hard 6 mi      Sports massage, pre-event  run today
    Thu 2024-10-10 easy 3 mi      Sports massage, pre-event  run today
    Fri 2024-10-11 rest           Swedish massage            long or hard run
                                                             tomorrow
    Sat 2024-10-12 long 20 mi     Sports massage, pre-event  run today
  * Sun 2024-10-13 rest           Deep tissue massage        rest day, no run
                                                             tomorrow
  * Suggested:
    Sun 2024-10-13  Deep tissue massage. Rest day after the long run, no key run
                    close: deep work on what it built up.

Week 17 of 18: Monday 14 October 2024 to Sunday 20 October 2024
    Day Date       Workout        Book                       Why
    Mon 2024-10-14 rest           Swedish massage            run tomorrow
    Tue 2024-10-15 easy 4 mi      Sports massage, pre-event  run today
    Wed 2024-10-16 hard 5 mi      Sports massage, pre-event  run today
    Thu 2024-10-17 easy 3 mi      Sports massage, pre-event  run today
    Fri 2024-10-18 rest           Swedish massage            long or hard run
                                                             tomorrow
    Sat 2024-10-19 long 12 mi     Sports massage, pre-event  run today
  * Sun 2024-10-20 rest           Deep tissue massage        rest day, no run
                                                             tomorrow
  * Suggested:
    Sun 2024-10-20  Deep tissue massage. Rest day after the long run, no key run
                    close: deep work on what it built up.

Week 18 of 18: Monday 21 October 2024 to Sunday 27 October 2024
    Day Date       Workout        Book                       Why
    Mon 2024-10-21 rest           Swedish massage            run tomorrow
    Tue 2024-10-22 easy 3 mi      Sports massage, pre-event  run today
    Wed 2024-10-23 easy 4 mi      Sports massage, pre-event  run today
    Thu 2024-10-24 easy 3 mi      Sports massage, pre-event  run today
  * Fri 2024-10-25 rest           Swedish massage            run tomorrow
    Sat 2024-10-26 easy 2 mi      Sports massage, pre-event  run today
    Sun 2024-10-27 race: marathon Sports massage, pre-event  run today
  * Suggested:
    Fri 2024-10-25  Swedish massage. Before the race: relax and sleep well;
                    nothing deep so close to the start.
>>> stderr
>>> exit 0
