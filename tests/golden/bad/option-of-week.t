# plan has no --weeks.
$ runmassage plan --today 2024-05-02 --next-run +1 --weeks 2
>>> stdout
>>> stderr
runmassage: error: plan: unknown option '--weeks' (an option of week and history)
>>> exit 64
