# --version prints the version.
$ runmassage --version
>>> stdout
runmassage 0.1.0
>>> stderr
>>> exit 0
