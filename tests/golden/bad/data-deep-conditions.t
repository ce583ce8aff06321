# Conditions nested 17 levels.
$ runmassage types --data data/deep-conditions
>>> stdout
>>> stderr
runmassage: error: data/deep-conditions/rules.json: /rules/0/conditions/not/not/not/not/not/not/not/not/not/not/not/not/not/not/not/not: conditions nested deeper than 16 levels
>>> exit 65
