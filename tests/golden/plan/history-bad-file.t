# A corrupt file given directly: exit 65.
$ TZ=UTC runmassage plan --today 2024-05-20 --history ../../data/history-corrupt/broken.gpx
>>> stdout
>>> stderr
runmassage: error: ../../data/history-corrupt/broken.gpx: byte 59: Start-end tags mismatch
>>> exit 65
