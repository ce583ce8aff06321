# More threads than batch accepts.
$ runmassage batch --jobs 65
>>> stdout
>>> stderr
runmassage: error: --jobs: expected a whole number from 1 to 64, not '65'
>>> exit 64
