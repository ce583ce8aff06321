# A distance over 500 km.
$ runmassage plan --today 2024-05-02 --race sat:99999mi
>>> stdout
>>> stderr
runmassage: error: --race: distance '99999 mi' in '99999mi' is over 500 km
>>> exit 64
