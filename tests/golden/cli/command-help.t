# A command's help is the same whether one command or all were registered first.
$ runmassage types --help
>>> stdout
List the massage types and their techniques
Usage: runmassage types [OPTIONS]

Options:
  -h,--help                   Print this help message and exit
  --format FORMAT             Output format: text (default) or json
  --data DIR                  Read the data files (see data/) from DIR
  --color WHEN                Colour text: auto (default), always, never

Examples:
  runmassage types
  runmassage types --format json | jq -r '.types[].id'
>>> stderr
>>> exit 0
