#!/usr/bin/env python3
"""The benchmark's peer: the same batch planning written plainly in Python.

Reads data/massages.json and data/rules.json, plans each JSON Lines record from stdin the way
runmassage batch does (ISO dates only), and prints the same output lines. bench/run.sh checks
that both print identical output before timing them.
"""
import datetime
import json
import os
import sys

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
OPS = {
    "equal": lambda a, b: a == b,
    "notEqual": lambda a, b: a != b,
    "lessThan": lambda a, b: a < b,
    "lessThanInclusive": lambda a, b: a <= b,
    "greaterThan": lambda a, b: a > b,
    "greaterThanInclusive": lambda a, b: a >= b,
    "in": lambda a, b: a in b,
    "notIn": lambda a, b: a not in b,
}


def holds(cond, facts):
    if "all" in cond:
        return all(holds(c, facts) for c in cond["all"])
    if "any" in cond:
        return any(holds(c, facts) for c in cond["any"])
    if "not" in cond:
        return not holds(cond["not"], facts)
    value = facts.get(cond["fact"])
    return value is not None and OPS[cond["operator"]](value, cond["value"])


def main():
    with open(os.path.join(DATA, "massages.json")) as f:
        catalogue = json.load(f)
    with open(os.path.join(DATA, "rules.json")) as f:
        rules = json.load(f)["rules"]
    rules.sort(key=lambda r: -r["priority"])  # stable: ties keep file order
    types = {t["id"]: t for t in catalogue["types"]}
    techniques = {t["id"]: t for t in catalogue["techniques"]}
    brief = "--brief" in sys.argv
    iso = datetime.date.fromisoformat
    out = sys.stdout
    for line in sys.stdin:
        record = json.loads(line)
        today = iso(record["today"])
        last = iso(record["last_run"]) if record.get("last_run") else None
        nxt = iso(record["next_run"]) if record.get("next_run") else None
        races = [iso(r) for r in record.get("races", [])]
        last_race = max((r for r in races if r < today), default=None)
        next_race = min((r for r in races if r >= today), default=None)
        if last_race and (last is None or last_race > last):
            last = last_race
        if next_race and (nxt is None or next_race < nxt):
            nxt = next_race
        facts = {
            "days_until_next_run": (nxt - today).days if nxt else None,
            "days_since_last_run": (today - last).days if last else None,
            "days_until_next_race": (next_race - today).days if next_race else None,
            "days_since_last_race": (today - last_race).days if last_race else None,
        }
        fired = [r for r in rules if holds(r["conditions"], facts)]
        avoid = {}
        for r in fired:
            if r["event"]["type"] == "avoid":
                avoid.setdefault(r["event"]["params"]["massage"], r)
        recommended = None
        for r in fired:
            massage = r["event"]["params"]["massage"]
            if r["event"]["type"] == "recommend" and massage not in avoid:
                t = types[massage]
                recommended = {
                    "id": t["id"], "name": t["name"], "why": r["event"]["params"]["reason"],
                    "minutes": t["minutes"],
                    "techniques": [
                        {k: v for k, v in techniques[i].items() if not (brief and k == "description")}
                        for i in t["techniques"]
                    ],
                    "focus": catalogue["focus"],
                }
                break
        result = {"id": record["id"], "date": today.isoformat(),
                  "last_run": last.isoformat() if last else None,
                  "next_run": nxt.isoformat() if nxt else None,
                  "last_race": last_race.isoformat() if last_race else None,
                  "next_race": next_race.isoformat() if next_race else None,
                  "days_since_last_run": facts["days_since_last_run"],
                  "days_until_next_run": facts["days_until_next_run"],
                  "days_since_last_race": facts["days_since_last_race"],
                  "days_until_next_race": facts["days_until_next_race"],
                  "recommended": recommended,
                  "avoid": [{"id": m, "name": types[m]["name"], "why": r["event"]["params"]["reason"]}
                            for m, r in avoid.items()],
                  "rules": [r["id"] for r in fired]}
        out.write(json.dumps(result, separators=(",", ":"), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
