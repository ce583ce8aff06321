# types has no --today.
$ runmassage types --today 2024-05-02
>>> stdout
>>> stderr
runmassage: error: types: unknown option '--today' (an option of plan, batch, week and history)
>>> exit 64
