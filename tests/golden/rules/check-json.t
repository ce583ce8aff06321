# The default rules' check as JSON: no findings.
$ runmassage rules check --format json
>>> stdout
{
  "schema": "runmassage/rules-check/v2",
  "situations": 44419,
  "findings": []
}
>>> stderr
>>> exit 0
