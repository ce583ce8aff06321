# The default rules' check as JSON: no findings.
$ runmassage rules check --format json
>>> stdout
{
  "situations": 44419,
  "findings": []
}
>>> stderr
>>> exit 0
