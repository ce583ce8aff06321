# A rule with an unknown operator.
$ runmassage types --data data/unknown-operator
>>> stdout
>>> stderr
runmassage: error: data/unknown-operator/rules.json: /rules/0/conditions/all/0/operator: unknown operator "equals" (expected equal, notEqual, lessThan, lessThanInclusive, greaterThan, greaterThanInclusive, in or notIn)
>>> exit 65
