# Colour on request, even when stdout is not a terminal.
$ runmassage week --today 2024-04-29 --run sat --race 2024-05-04 --color always
>>> stdout
[1mWeek 1 of 1: Monday 29 April 2024 to Sunday 5 May 2024[0m
[1m    Day Date       Workout        Book                       Why[0m
    Mon 2024-04-29                Deep tissue massage        rest day, no run
                                                             tomorrow
    Tue 2024-04-30                Swedish massage            race coming up
    Wed 2024-05-01                Swedish massage            race coming up
    Thu 2024-05-02                Swedish massage            race coming up
    Fri 2024-05-03                Swedish massage            race tomorrow
    Sat 2024-05-04 [1;33mrace[0m           Sports massage, pre-event  run today
  [1;32m*[0m Sun 2024-05-05                [1;32mDeep tissue massage[0m        recovering from a
                                                             race
  [1;32m*[0m Suggested:
    Sun 2024-05-05  Deep tissue massage. Race recovery: the first day deep work
                    is safe after this distance.
>>> stderr
>>> exit 0
