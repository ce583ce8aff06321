# The same week as a Markdown table.
$ runmassage week --today 2024-04-29 --run tue --run thu --run sat --race 2024-05-04 --format markdown
>>> stdout
## Week 1 of 1: Monday 29 April 2024 to Sunday 5 May 2024

| Day | Date | Run | Workout | Book | Why | Suggested |
| --- | --- | --- | --- | --- | --- | --- |
| Mon | 2024-04-29 |  |  | Swedish massage | run tomorrow |  |
| Tue | 2024-04-30 | run |  | Sports massage, pre-event | run today |  |
| Wed | 2024-05-01 |  |  | Swedish massage | run tomorrow |  |
| Thu | 2024-05-02 | run |  | Sports massage, pre-event | run today |  |
| Fri | 2024-05-03 |  |  | **Swedish massage** | race tomorrow | yes |
| Sat | 2024-05-04 | race |  | Sports massage, pre-event | run today |  |
| Sun | 2024-05-05 |  |  | **Deep tissue massage** | recovering from a race | yes |

Suggested bookings:

- **Fri 2024-05-03, Swedish massage**: Relax before the race and sleep well; nothing deep so close to the start.
- **Sun 2024-05-05, Deep tissue massage**: The first free day after the race: work out what the race tightened.
>>> stderr
>>> exit 0
