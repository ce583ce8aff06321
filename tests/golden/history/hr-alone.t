# --hr-rest without --hr-max is a usage error.
$ runmassage history ../../data/history-log --hr-rest 50
>>> stdout
>>> stderr
runmassage: error: --hr-rest and --hr-max go together (TRIMP needs both)
>>> exit 64
