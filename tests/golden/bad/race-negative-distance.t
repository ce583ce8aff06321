# A distance below zero.
$ runmassage plan --today 2024-05-02 --race sat:-5km
>>> stdout
>>> stderr
runmassage: error: --race: distance '-5 km' in '-5km' is not more than 0
>>> exit 64
