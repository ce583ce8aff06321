# A zone the system's database does not hold is a usage error.
$ runmassage week --today 2024-04-29 --ics tz.ics --tz Europe/Atlantis
>>> stdout
>>> stderr
runmassage: error: --tz: unknown time zone 'Europe/Atlantis' (expected an IANA name such as Europe/London)
>>> exit 64
