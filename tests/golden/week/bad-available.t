# A day name that is not one.
$ runmassage week --today 2024-09-02 --run tue --available sat,funday
>>> stdout
>>> stderr
runmassage: error: --available: expected weekday names such as sat,sun or mon-fri, not 'sat,funday'
>>> exit 64
