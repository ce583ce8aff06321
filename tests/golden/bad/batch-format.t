# batch always writes JSON Lines.
$ runmassage batch --format json
>>> stdout
>>> stderr
runmassage: error: batch: unknown option '--format' (an option of plan, types, week and history)
>>> exit 64
