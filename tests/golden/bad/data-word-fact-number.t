# A rule comparing a word fact with a number.
$ runmassage plan --today 2024-05-02 --next-run sat --data data/word-fact-number
>>> stdout
>>> stderr
runmassage: error: data/word-fact-number/rules.json: /rules/0/conditions/all/0/value: the word fact "next_run_kind" compares with words (run, easy, long, hard, race), not an integer
>>> exit 65
