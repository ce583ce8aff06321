# Without --tz, TZ decides: in New York the run is on Thursday evening.
$ TZ=America/New_York runmassage week --today 2024-04-29 --ics tz.ics
>>> stdout
Week 1 of 1: Monday 29 April 2024 to Sunday 5 May 2024
    Day Date       Workout        Book                       Why
    Mon 2024-04-29                Deep tissue massage        rest day, no run
                                                             tomorrow
    Tue 2024-04-30                Swedish massage            rest day, no deep
                                                             work
    Wed 2024-05-01                Swedish massage            long or hard run
                                                             tomorrow
    Thu 2024-05-02 long 10 mi     Sports massage, pre-event  run today
    Fri 2024-05-03                Swedish massage            race coming up
  * Sat 2024-05-04                Swedish massage            race tomorrow
    Sun 2024-05-05 race: 10k      Sports massage, pre-event  run today
  * Suggested:
    Sat 2024-05-04  Swedish massage. Before the race: relax and sleep well;
                    nothing deep so close to the start.
>>> stderr
>>> exit 0
