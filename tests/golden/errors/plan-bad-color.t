# plan --color accepts only auto, always and never.
$ runmassage plan --today 2024-05-02 --next-run +1 --color sometimes
>>> stdout
>>> stderr
runmassage: error: --color: expected auto, always or never, not 'sometimes'
>>> exit 64
