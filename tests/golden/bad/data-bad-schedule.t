# schedule.json with an unknown key.
$ runmassage week --today 2024-05-02 --run sat --data data/bad-schedule
>>> stdout
>>> stderr
runmassage: error: data/bad-schedule/schedule.json: /colour: unknown key "colour"
>>> exit 65
