# [week] run = ["tue", "thu", "sat"] stands in for three --run options; week-start = "sun".
$ runmassage --config json.toml week --today 2024-05-01 --format text
>>> stdout
Week 1 of 1: Sunday 28 April 2024 to Saturday 4 May 2024
    Day Date       Workout        Book                       Why
    Sun 2024-04-28                Deep tissue massage        rest day, no run
                                                             tomorrow
    Mon 2024-04-29                Swedish massage            run tomorrow
    Tue 2024-04-30 run            Sports massage, pre-event  run today
    Wed 2024-05-01                Swedish massage            run tomorrow
    Thu 2024-05-02 run            Sports massage, pre-event  run today
  * Fri 2024-05-03                Swedish massage            run tomorrow
    Sat 2024-05-04 run            Sports massage, pre-event  run today
  * Suggested:
    Fri 2024-05-03  Swedish massage. Eve of the long run: loosen up and sleep
                    well before the miles.
>>> stderr
>>> exit 0
