# --output naming a directory.
$ runmassage week --today 2024-05-02 --run sat --output .
>>> stdout
>>> stderr
runmassage: error: cannot write .: not a file name
>>> exit 66
