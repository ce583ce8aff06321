# A config file named like a command: two arguments name commands, so every command is
# registered before parsing, and --config takes "plan" as its file.
$ runmassage --config plan plan --today 2024-05-02 --next-run sat
>>> stdout
>>> stderr
runmassage: error: cannot read config file plan: No such file or directory
>>> exit 66
