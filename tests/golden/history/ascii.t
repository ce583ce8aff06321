# NO_COLOR draws the bars in ASCII; weeks start on Sunday.
$ TZ=UTC NO_COLOR=1 runmassage history ../../data/history-log --today 2024-05-20 --weeks 3 --week-start sun
>>> stdout
35 activities, 28 runs, 2024-04-02 to 2024-05-19

Week of     Runs     km   Time  Load   Form  km                load
2024-05-05     4   49.0   4:37   532  -25.9  ################  ################
2024-05-12     4   49.0   4:37   532  -20.3  ################  ################
2024-05-19     1   26.0   2:30   240  -34.8  ########          #######

Last run: Sun 2024-05-19, long run, 26 km, 2:30, average heart rate 145 ("Sunday
          long run")
>>> stderr
>>> exit 0
