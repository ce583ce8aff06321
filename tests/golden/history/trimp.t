# With heart rates the load is TRIMP where a session has an average heart rate.
$ TZ=UTC runmassage history ../../data/history-log --today 2024-05-20 --weeks 2 --hr-rest 50 --hr-max 190 --color never
>>> stdout
35 activities, 28 runs, 2024-04-02 to 2024-05-19

Week of     Runs     km   Time  Load   Form  km                load
2024-05-13     4   49.0   4:37   512  -15.3  ################  ################
2024-05-20     0    0.0   0:00     0  -34.3

Last run: Sun 2024-05-19, long run, 26 km, 2:30, average heart rate 145 ("Sunday
          long run")
>>> stderr
>>> exit 0
