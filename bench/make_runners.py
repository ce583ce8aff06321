#!/usr/bin/env python3
"""Writes N batch records with realistic dates: a fixed seed, so every run gets the same file."""
import datetime
import json
import random
import sys


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    rng = random.Random(20240502)
    base = datetime.date(2024, 1, 1)
    out = sys.stdout
    for i in range(count):
        today = base + datetime.timedelta(days=rng.randrange(366))
        record = {"id": f"runner-{i}", "today": today.isoformat()}
        if rng.random() < 0.9:
            record["last_run"] = (today - datetime.timedelta(days=rng.randrange(0, 5))).isoformat()
        if rng.random() < 0.9 or "last_run" not in record:
            record["next_run"] = (today + datetime.timedelta(days=rng.randrange(0, 5))).isoformat()
        if rng.random() < 0.2:
            record["races"] = [(today + datetime.timedelta(days=rng.randrange(-7, 30))).isoformat()]
        out.write(json.dumps(record, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
