# batch always writes JSON Lines.
$ runmassage batch --format json
>>> stdout
>>> stderr
runmassage: error: batch: unknown option '--format'
>>> exit 64
