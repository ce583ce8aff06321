# An empty rules.json.
$ runmassage plan --today 2024-05-02 --next-run +1 --data data/empty-rules
>>> stdout
>>> stderr
runmassage: error: data/empty-rules/rules.json:1:1: invalid JSON: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal
>>> exit 65
