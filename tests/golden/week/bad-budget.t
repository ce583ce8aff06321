# An unknown budget period.
$ runmassage week --today 2024-09-02 --run tue --budget 2/fortnight
>>> stdout
>>> stderr
runmassage: error: --budget: expected N/week or N/month with N from 0 to 31, not '2/fortnight'
>>> exit 64
