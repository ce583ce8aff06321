# A number option's error quotes what was typed, with terminal controls shown as bytes.
$ runmassage week --today 2024-05-02 --run sat --weeks '[31m2'
>>> stdout
>>> stderr
runmassage: error: --weeks: expected a whole number from 1 to 520, not '\x1b[31m2'
>>> exit 64
