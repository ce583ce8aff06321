# --weeks takes a number.
$ runmassage week --today 2024-05-02 --run sat --weeks many
>>> stdout
>>> stderr
runmassage: error: --weeks: expected a whole number from 1 to 520, not 'many'
>>> exit 64
