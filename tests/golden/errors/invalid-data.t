# Rules naming an unknown massage type: exit 65.
$ runmassage plan --today 2024-05-02 --next-run +1 --data ../data/unknown-massage
>>> stdout
>>> stderr
runmassage: error: ../data/unknown-massage/rules.json: /rules/2/event/params/massage: unknown massage type "hot-stone"
>>> exit 65
