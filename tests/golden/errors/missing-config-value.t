# --config without its file.
$ runmassage --config
>>> stdout
>>> stderr
runmassage: error: --config: needs a value
>>> exit 64
