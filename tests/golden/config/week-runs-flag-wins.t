# --run on the command line replaces the config file's run days rather than adding to them.
$ runmassage --config json.toml week --today 2024-05-01 --format text --run mon
>>> stdout
Week 1 of 1: Sunday 28 April 2024 to Saturday 4 May 2024
    Day Date       Workout        Book                       Why
    Sun 2024-04-28                Swedish massage            run tomorrow
    Mon 2024-04-29 run            Sports massage, pre-event  run today
    Tue 2024-04-30                Deep tissue massage        rest day, no run
                                                             tomorrow
  * Wed 2024-05-01                Deep tissue massage        rest day, no run
                                                             tomorrow
    Thu 2024-05-02                Deep tissue massage        rest day, no run
                                                             tomorrow
    Fri 2024-05-03                Deep tissue massage        rest day, no run
                                                             tomorrow
    Sat 2024-05-04                Deep tissue massage        rest day, no run
                                                             tomorrow
  * Suggested:
    Wed 2024-05-01  Deep tissue massage. Rest day after the long run, no key run
                    close: deep work on what it built up.
>>> stderr
>>> exit 0
