# fish completion for runmassage: commands, each command's options, and the values they take.

set -l commands plan types week batch history rules
set -l dates today tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday \
    mon tue wed thu fri sat sun
set -l no_command "not __fish_seen_subcommand_from $commands"

complete -c runmassage -f
complete -c runmassage -s h -l help -d 'Print help and exit'
complete -c runmassage -n $no_command -l version -d 'Print the version and exit'
complete -c runmassage -n $no_command -l config -r -F -d 'Read option defaults from FILE'
complete -c runmassage -n $no_command -a plan -d 'Which massage to book on a day, and why'
complete -c runmassage -n $no_command -a types -d 'List the massage types and their techniques'
complete -c runmassage -n $no_command -a week -d 'A massage schedule for a week or a training block'
complete -c runmassage -n $no_command -a batch -d 'Plan for many runners: JSON Lines in and out'
complete -c runmassage -n $no_command -a history -d 'Past runs week by week, with training load'
complete -c runmassage -n $no_command -a rules -d 'Check the rules and run test cases'

# Options several commands share.
complete -c runmassage -n "__fish_seen_subcommand_from $commands" -l data -x \
    -a '(__fish_complete_directories)' -d 'Read the data files from DIR'
complete -c runmassage -n "__fish_seen_subcommand_from plan week batch history" -l today -x -a "$dates" \
    -d 'Take this day as today'
complete -c runmassage -n "__fish_seen_subcommand_from plan week" -l race -x -a "$dates" \
    -d 'A race day (repeatable)'
complete -c runmassage -n "__fish_seen_subcommand_from plan types history check" -l format -x \
    -a 'text json' \
    -d 'Output format'
complete -c runmassage -n "__fish_seen_subcommand_from plan types week history" -l color -x \
    -a 'auto always never' -d 'Colour text output'

complete -c runmassage -n "__fish_seen_subcommand_from plan week" -l history -r -F \
    -d 'Read past activities from a file or folder'
complete -c runmassage -n "__fish_seen_subcommand_from plan history" -l hr-rest -x \
    -d 'Resting heart rate, for TRIMP'
complete -c runmassage -n "__fish_seen_subcommand_from plan history" -l hr-max -x \
    -d 'Maximum heart rate, for TRIMP'
complete -c runmassage -n "__fish_seen_subcommand_from plan history" -l sex -x -a 'male female' \
    -d 'Which TRIMP constants'

# plan
complete -c runmassage -n "__fish_seen_subcommand_from plan" -l next-run -x -a "$dates" \
    -d 'The next run (on or after today)'
complete -c runmassage -n "__fish_seen_subcommand_from plan" -l last-run -x -a "$dates" \
    -d 'The last run (on or before today)'

# week
complete -c runmassage -n "__fish_seen_subcommand_from week" -l run -x -a "$dates" \
    -d 'A run: a DATE, or weekdays for every week'
complete -c runmassage -n "__fish_seen_subcommand_from week" -l ics -r -F \
    -d 'Read the workouts of a training calendar'
complete -c runmassage -n "__fish_seen_subcommand_from week" -l tz -x \
    -a 'UTC Europe/London America/New_York Asia/Tokyo' -d 'Time zone for timed calendar events'
complete -c runmassage -n "__fish_seen_subcommand_from week" -l start -x -a "$dates" \
    -d 'First day shown'
complete -c runmassage -n "__fish_seen_subcommand_from week history" -l week-start -x -a 'mon sun' \
    -d 'Weeks start on mon or sun'
complete -c runmassage -n "__fish_seen_subcommand_from week history" -l weeks -x \
    -d 'How many weeks, 1 to 520'
complete -c runmassage -n "__fish_seen_subcommand_from week" -l budget -x -a '1/week 2/month' \
    -d 'At most N bookings a week or month'
complete -c runmassage -n "__fish_seen_subcommand_from week" -l available -x \
    -a 'mon tue wed thu fri sat sun mon-fri sat,sun' -d 'Days you can book'
complete -c runmassage -n "__fish_seen_subcommand_from week" -l format -x \
    -a 'text json markdown ics' -d 'Output format'
complete -c runmassage -n "__fish_seen_subcommand_from week" -l output -r -F \
    -d 'Write to FILE instead of standard output'

# batch
complete -c runmassage -n "__fish_seen_subcommand_from batch" -l brief \
    -d 'Leave out technique descriptions'
complete -c runmassage -n "__fish_seen_subcommand_from batch" -l jobs -x \
    -d 'Plan on N threads at once'
complete -c runmassage -n "__fish_seen_subcommand_from batch" -F -d 'Input file (JSON Lines)'

# history
complete -c runmassage -n "__fish_seen_subcommand_from history" -F -d 'History file or folder'

# plan and batch
complete -c runmassage -n "__fish_seen_subcommand_from plan batch" -l explain \
    -d 'Show each rule, its conditions and what it did'

# rules check, rules test
complete -c runmassage -n "__fish_seen_subcommand_from rules; and not __fish_seen_subcommand_from check test" \
    -a check -d 'Look for gaps, rules that never fire or win, dead picks'
complete -c runmassage -n "__fish_seen_subcommand_from rules; and not __fish_seen_subcommand_from check test" \
    -a test -d 'Run test cases (JSON Lines) against the rules'
complete -c runmassage -n "__fish_seen_subcommand_from test" -F -d 'Case file (JSON Lines)'
