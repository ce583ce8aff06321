# A rest day given as the next run.
$ runmassage plan --today 2024-05-02 --next-run sat:rest
>>> stdout
>>> stderr
runmassage: error: --next-run: 'rest' is a rest day, not a run
>>> exit 64
