# rules test --help.
$ runmassage rules test --help
>>> stdout
Run test cases against the rules
Usage: runmassage rules test [OPTIONS] [FILE...]

Positionals:
  FILE ...                    Case files (JSON Lines)

Options:
  -h,--help                   Print this help message and exit
  --data DIR                  Read the data files (see data/) from DIR

Each line: a batch line ({"today", "last_run", "next_run", "races"}) with
"name" and "expect": {"recommended": ID or null, "avoid": [IDs],
"rules": [IDs]}; only the keys given are checked. Exit status: 0 all pass,
1 some fail, 65 an invalid case line, 66 a file that cannot be read.

Examples:
  runmassage rules test data/tests/*.jsonl
  runmassage rules test --data ./clinic clinic-cases.jsonl
>>> stderr
>>> exit 0
