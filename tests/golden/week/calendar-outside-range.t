# A calendar with nothing in the range shown: one warning, exit 0.
$ runmassage week --today 2025-01-06 --ics ../../data/marathon-18-weeks.ics
>>> stdout
Week 1 of 1: Monday 6 January 2025 to Sunday 12 January 2025
    Day Date       Workout        Book                 Why
    Mon 2025-01-06                Deep tissue massage  rest day, no run tomorrow
    Tue 2025-01-07                Deep tissue massage  rest day, no run tomorrow
    Wed 2025-01-08                Deep tissue massage  rest day, no run tomorrow
    Thu 2025-01-09                Deep tissue massage  rest day, no run tomorrow
    Fri 2025-01-10                Deep tissue massage  rest day, no run tomorrow
    Sat 2025-01-11                Deep tissue massage  rest day, no run tomorrow
    Sun 2025-01-12                Deep tissue massage  rest day, no run tomorrow
  No booking suggested this week.
>>> stderr
runmassage: warning: ../../data/marathon-18-weeks.ics has no workouts between 2025-01-06 and 2025-01-12; it covers 2024-06-24 to 2024-10-27
>>> exit 0
