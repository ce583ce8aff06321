# The same corrupt file given directly is an error: exit 65.
$ TZ=UTC runmassage history ../../data/history-corrupt/broken.gpx --today 2024-05-20
>>> stdout
>>> stderr
runmassage: error: ../../data/history-corrupt/broken.gpx: byte 59: Start-end tags mismatch
>>> exit 65
