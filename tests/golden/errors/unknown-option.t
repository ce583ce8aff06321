# An option plan does not have.
$ runmassage plan --today 2024-05-02 --nex-run +1
>>> stdout
>>> stderr
runmassage: error: plan: unknown option '--nex-run'
>>> exit 64
