#!/usr/bin/env python3
"""Writes N batch records with realistic dates: a fixed seed, so every run gets the same file.

Some runs name their kind or distance, and some races their distance, as runners type them."""
import datetime
import json
import random
import sys

RUN_WORDS = ["", "", "", ":easy", ":long", ":tempo", ":Long Run 16 mi", ":6x800m", ":8 mi"]
RACE_WORDS = ["", "", ":5k", ":half", ":marathon", ":10k", ":42.2km"]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    rng = random.Random(20240502)
    base = datetime.date(2024, 1, 1)
    out = sys.stdout
    for i in range(count):
        today = base + datetime.timedelta(days=rng.randrange(366))
        record = {"id": f"runner-{i}", "today": today.isoformat()}
        if rng.random() < 0.9:
            day = today - datetime.timedelta(days=rng.randrange(0, 5))
            record["last_run"] = day.isoformat() + rng.choice(RUN_WORDS)
        if rng.random() < 0.9 or "last_run" not in record:
            day = today + datetime.timedelta(days=rng.randrange(0, 5))
            record["next_run"] = day.isoformat() + rng.choice(RUN_WORDS)
        if rng.random() < 0.2:
            day = today + datetime.timedelta(days=rng.randrange(-7, 30))
            record["races"] = [day.isoformat() + rng.choice(RACE_WORDS)]
        out.write(json.dumps(record, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
