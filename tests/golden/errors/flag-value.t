# A flag takes no value, or true or false.
$ runmassage batch --today 2024-05-02 --brief=maybe
<<<
{"id": 1, "next_run": "sat"}
>>> stdout
>>> stderr
runmassage: error: --brief: expected true or false, not 'maybe'
>>> exit 64
