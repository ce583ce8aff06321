# A corrupt file in a folder: one warning, a count, and the rest is used.
$ TZ=UTC runmassage history ../../data/history-corrupt --today 2024-05-20 --weeks 2 --color never
>>> stdout
6 activities, 5 runs, 2024-05-12 to 2024-05-19

Week of     Runs     km   Time  Load   Form  km                load
2024-05-13     4   49.0   4:37   532  -30.5  ################  ################
2024-05-20     0    0.0   0:00     0  -51.5

Last run: Sun 2024-05-19, long run, 26 km, 2:30, average heart rate 145 ("Sunday
          long run")
>>> stderr
runmassage: warning: ../../data/history-corrupt/broken.gpx: byte 59: Start-end tags mismatch
runmassage: warning: 1 file skipped, 6 activities read
>>> exit 0
