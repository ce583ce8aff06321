# An empty batch input is no lines: no output, exit 0.
$ runmassage batch --today 2024-05-02
<<<
>>> stdout
>>> stderr
>>> exit 0
