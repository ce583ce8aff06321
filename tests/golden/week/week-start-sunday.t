# Weeks from Sunday; dates as words; a single dated run.
$ runmassage week --today 2024-05-01 --week-start sun --run tomorrow --run sat --race +10 --weeks 2
>>> stdout
Week 1 of 2: Sunday 28 April 2024 to Saturday 4 May 2024
    Day Date       Workout        Book                       Why
    Sun 2024-04-28                Deep tissue massage        rest day, no run
                                                             tomorrow
    Mon 2024-04-29                Deep tissue massage        rest day, no run
                                                             tomorrow
    Tue 2024-04-30                Deep tissue massage        rest day, no run
                                                             tomorrow
    Wed 2024-05-01                Swedish massage            run tomorrow
    Thu 2024-05-02 run            Sports massage, pre-event  run today
  * Fri 2024-05-03                Swedish massage            run tomorrow
    Sat 2024-05-04 run            Sports massage, pre-event  run today
  * Suggested:
    Fri 2024-05-03  Swedish massage. Eve of the long run: loosen up and sleep
                    well before the miles.

Week 2 of 2: Sunday 5 May 2024 to Saturday 11 May 2024
    Day Date       Workout        Book                       Why
    Sun 2024-05-05                Deep tissue massage        rest day, no run
                                                             tomorrow
    Mon 2024-05-06                Deep tissue massage        rest day, no run
                                                             tomorrow
    Tue 2024-05-07                Swedish massage            race coming up
    Wed 2024-05-08                Swedish massage            race coming up
    Thu 2024-05-09                Swedish massage            race coming up
  * Fri 2024-05-10                Swedish massage            race tomorrow
    Sat 2024-05-11 race           Sports massage, pre-event  run today
  * Suggested:
    Fri 2024-05-10  Swedish massage. Before the race: relax and sleep well;
                    nothing deep so close to the start.
>>> stderr
>>> exit 0
