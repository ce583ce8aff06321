# --today takes DATE words too, and refuses others.
$ runmassage plan --today someday --next-run +1
>>> stdout
>>> stderr
runmassage: error: --today: invalid date 'someday': expected YYYY-MM-DD, today, tomorrow, yesterday, +N, -N or a weekday
>>> exit 64
