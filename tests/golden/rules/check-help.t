# rules check --help.
$ runmassage rules check --help
>>> stdout
Analyse the rules over every situation
Usage: runmassage rules check [OPTIONS]

Options:
  -h,--help                   Print this help message and exit
  --format FORMAT             Output format: text (default) or json
  --data DIR                  Read the data files (see data/) from DIR

Every situation the inputs can produce is run through the rules (docs/rules.md).
Each finding comes with an example batch line that reproduces it.
Exit status: 0 no findings, 1 findings, 65 invalid data.

Examples:
  runmassage rules check --data ./clinic
  runmassage rules check --format json | jq -c '.findings[].example'
>>> stderr
>>> exit 0
