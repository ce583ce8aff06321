# A history log folder, six weeks to Monday 20 May 2024 (a half marathon on 28 April), bars in Unicode.
$ TZ=UTC NO_COLOR= runmassage history ../../data/history-log --today 2024-05-20 --weeks 6
>>> stdout
35 activities, 28 runs, 2024-04-02 to 2024-05-19

Week of     Runs     km   Time  Load   Form  km                load
2024-04-15     4   49.0   4:37   532  -35.5  ████████████████  █████████████▌
2024-04-22     4   44.1   3:52   628  -31.3  ██████████████▍   ████████████████
2024-04-29     4   49.0   4:37   532  -29.6  ████████████████  █████████████▌
2024-05-06     4   49.0   4:37   532  -21.6  ████████████████  █████████████▌
2024-05-13     4   49.0   4:37   532  -16.2  ████████████████  █████████████▌
2024-05-20     0    0.0   0:00     0  -34.8

Last run: Sun 2024-05-19, long run, 26 km, 2:30, average heart rate 145 ("Sunday
          long run")
>>> stderr
>>> exit 0
