# batch plans on at least one thread.
$ runmassage batch --jobs 0
>>> stdout
>>> stderr
runmassage: error: --jobs: expected a whole number from 1 to 64, not '0'
>>> exit 64
