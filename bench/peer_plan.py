#!/usr/bin/env python3
"""The benchmark's peer: the same batch planning written plainly in Python.

Reads data/massages.json, data/rules.json and data/workouts.json, plans each JSON Lines record
from stdin the way runmassage batch does (ISO dates, optionally with workout words after a
colon), and prints the same output lines. bench/run.sh checks that both print identical output
before timing them.
"""
import datetime
import json
import os
import re
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
KEY_KINDS = {"long", "hard", "race"}
# Each fact: its input, in registry order.
FACTS = [
    ("days_until_next_run", "next_run"), ("days_since_last_run", "last_run"),
    ("days_until_next_race", "next_race"), ("days_since_last_race", "last_race"),
    ("next_race_km", "next_race"), ("last_race_km", "last_race"),
    ("next_run_kind", "next_run"), ("last_run_kind", "last_run"),
    ("next_run_km", "next_run"), ("last_run_km", "last_run"),
    ("days_until_next_key_workout", "next_run"), ("days_since_last_key_workout", "last_run"),
    ("acute_load", "history"), ("chronic_load", "history"), ("form", "history"),
    ("load_ratio", "history"),
]
INPUT = dict(FACTS)
TRIED_RACE_KM = 42.2


def holds(cond, facts):
    if "all" in cond:
        return all(holds(c, facts) for c in cond["all"])
    if "any" in cond:
        return any(holds(c, facts) for c in cond["any"])
    if "not" in cond:
        return not holds(cond["not"], facts)
    value = facts.get(cond["fact"])
    return value is not None and OPS[cond["operator"]](value, cond["value"])


def relies_on_absent(cond, facts, source):
    for key in ("all", "any"):
        if key in cond:
            return any(relies_on_absent(c, facts, source) for c in cond[key])
    if "not" in cond:
        return relies_on_absent(cond["not"], facts, source)
    return INPUT[cond["fact"]] == source and facts.get(cond["fact"]) is None


class Words:
    """workouts.json for whole-word phrases and number-with-unit distances."""

    def __init__(self, data):
        self.kinds = [(k["kind"], [p.split() for p in k["words"]]) for k in data["kinds"]]
        self.races = sorted(((n.replace("-", " ").split(), km)
                             for n, km in data["race_distances"].items()),
                            key=lambda e: -len(e[0]))
        self.units = data["units"]
        self.long_km = data["long_run_km"]

    @staticmethod
    def contains(words, phrase):
        n = len(phrase)
        return any(words[i:i + n] == phrase for i in range(len(words) - n + 1))

    def workout(self, day, text, race):
        w = {"date": day, "kind": "race" if race else "run", "km": None}
        if text is None:
            return w
        words = re.findall(r"[a-z0-9.]+", re.sub(r"(\d)x(\d)", r"\1 x \2", text.lower()))
        if not race:
            for kind, phrases in self.kinds:
                if any(self.contains(words, p) for p in phrases):
                    w["kind"] = kind
                    break
        written = []
        for i, word in enumerate(words):
            m = re.match(r"(\d+(?:\.\d+)?)(.*)$", word)
            if not m:
                continue
            unit = m.group(2) or (words[i + 1] if i + 1 < len(words) else "")
            if unit in self.units:
                written.append(float(m.group(1)) * self.units[unit])
        if written:
            w["km"] = round(max(written) * 1000) / 1000
        elif w["kind"] == "race":
            w["km"] = next((km for p, km in self.races if self.contains(words, p)), None)
        if w["km"] is not None and w["km"] >= self.long_km and w["kind"] in ("run", "easy"):
            w["kind"] = "long"
        return w


def situate(today, last, nxt, races):
    ran_today = last is not None and last["date"] == today
    last_race = next_race = None
    for race in races + [w for w in (last, nxt) if w and w["kind"] == "race"]:
        over = race["date"] < today or (race["date"] == today and ran_today)
        if over and (last_race is None or race["date"] >= last_race["date"]):
            last_race = race
        if not over and (next_race is None or race["date"] < next_race["date"]):
            next_race = race
    if last_race and (last is None or last_race["date"] >= last["date"]):
        last = last_race
    if next_race and (nxt is None or next_race["date"] <= nxt["date"]):
        nxt = next_race
    last_key = next_key = None
    for c in (last, last_race):
        if c and c["kind"] in KEY_KINDS and (last_key is None or c["date"] > last_key["date"]):
            last_key = c
    for c in (nxt, next_race):
        if c and c["kind"] in KEY_KINDS and (next_key is None or c["date"] < next_key["date"]):
            next_key = c

    def until(w):
        return (w["date"] - today).days if w else None

    def since(w):
        return (today - w["date"]).days if w else None

    def field(w, key):
        return w[key] if w else None

    facts = {
        "days_until_next_run": until(nxt), "days_since_last_run": since(last),
        "days_until_next_race": until(next_race), "days_since_last_race": since(last_race),
        "next_race_km": field(next_race, "km"), "last_race_km": field(last_race, "km"),
        "next_run_kind": field(nxt, "kind"), "last_run_kind": field(last, "kind"),
        "next_run_km": field(nxt, "km"), "last_run_km": field(last, "km"),
        "days_until_next_key_workout": until(next_key),
        "days_since_last_key_workout": since(last_key),
        # batch reads no history: the load facts are always absent.
        "acute_load": None, "chronic_load": None, "form": None, "load_ratio": None,
    }
    return {"last": last, "next": nxt, "last_race": last_race, "next_race": next_race}, facts


def decide(rules, facts):
    fired = [r for r in rules if holds(r["conditions"], facts)]
    avoid = {}
    for r in fired:
        if r["event"]["type"] == "avoid":
            avoid.setdefault(r["event"]["params"]["massage"], r)
    winner = next((r for r in fired if r["event"]["type"] == "recommend"
                   and r["event"]["params"]["massage"] not in avoid), None)
    return fired, avoid, winner


def with_km(w, day):
    return dict(w, km=TRIED_RACE_KM) if w and w["date"] == day else w


# Each thing left out: whether it is open, its input, the request filled in, the sentence.
TRIALS = [
    ("next_run", lambda rq, s: rq["next"] is None and s["next"] is None,
     lambda rq, s: dict(rq, next={"date": rq["today"] + datetime.timedelta(1), "kind": "run",
                                  "km": None}),
     "No next run given", "if you run tomorrow"),
    ("last_run", lambda rq, s: rq["last"] is None and s["last"] is None
     and not (s["next_race"] and s["next_race"]["date"] == rq["today"]),
     lambda rq, s: dict(rq, last={"date": rq["today"], "kind": "run", "km": None}),
     "No last run given", "if you ran earlier today"),
    ("next_run", lambda rq, s: rq["next"] is not None and s["next"] is not None
     and s["next"]["kind"] == "run",
     lambda rq, s: dict(rq, next=dict(rq["next"], kind="long")),
     "No kind given for the next run", "if it is a long run or hard session"),
    ("next_race", lambda rq, s: s["next_race"] is not None and s["next_race"]["km"] is None,
     lambda rq, s: dict(rq, races=[with_km(r, s["next_race"]["date"]) for r in rq["races"]],
                        next=with_km(rq["next"], s["next_race"]["date"])),
     "No distance given for the next race", "if it is a marathon"),
    ("last_race", lambda rq, s: s["last_race"] is not None and s["last_race"]["km"] is None,
     lambda rq, s: dict(rq, races=[with_km(r, s["last_race"]["date"]) for r in rq["races"]],
                        last=with_km(rq["last"], s["last_race"]["date"])),
     "No distance given for the last race", "if it was a marathon"),
]


def main():
    with open(os.path.join(DATA, "massages.json")) as f:
        catalogue = json.load(f)
    with open(os.path.join(DATA, "rules.json")) as f:
        rules = json.load(f)["rules"]
    with open(os.path.join(DATA, "workouts.json")) as f:
        words = Words(json.load(f))
    rules.sort(key=lambda r: -r["priority"])  # stable: ties keep file order
    types = {t["id"]: t for t in catalogue["types"]}
    techniques = {t["id"]: t for t in catalogue["techniques"]}
    brief = "--brief" in sys.argv
    iso = datetime.date.fromisoformat
    out = sys.stdout

    def dated(text, race):
        day, _, rest = text.partition(":")
        return words.workout(iso(day), rest or None, race)

    def massage(rule):
        return rule["event"]["params"]["massage"] if rule else None

    def session(rule):
        params = rule["event"]["params"]
        return params["massage"], params.get("techniques"), params.get("minutes")

    for line in sys.stdin:
        record = json.loads(line)
        today = iso(record["today"])
        request = {
            "today": today,
            "last": dated(record["last_run"], False) if record.get("last_run") else None,
            "next": dated(record["next_run"], False) if record.get("next_run") else None,
            "races": [dated(r, True) for r in record.get("races", [])],
        }
        placed, facts = situate(today, request["last"], request["next"], request["races"])
        fired, avoid, winner = decide(rules, facts)
        assumptions = []
        for source, is_open, fill, missing, trial in TRIALS:
            if not is_open(request, placed):
                continue
            filled = fill(request, placed)
            _, other_facts = situate(today, filled["last"], filled["next"], filled["races"])
            other = decide(rules, other_facts)[2]
            session_only = (massage(other) == massage(winner) and winner is not None
                            and session(other) != session(winner))
            changes = massage(other) != massage(winner) or session_only
            relied = winner is not None and relies_on_absent(winner["conditions"], facts, source)
            if not changes and not relied:
                continue
            if not changes:
                assumptions.append(f"{missing}: the advice is the same {trial}.")
            elif other is None:
                assumptions.append(f"{missing}: {trial}, no massage would be recommended.")
            elif session_only:
                t = types[massage(other)]
                names = [techniques[i]["name"]
                         for i in other["event"]["params"].get("techniques", t["techniques"])]
                listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
                low, high = (other["event"]["params"].get("minutes", t["minutes"])[k]
                             for k in ("min", "max"))
                length = f"{low} minutes" if low == high else f"{low}-{high} minutes"
                assumptions.append(f"{missing}: {trial}, book {t['name']} with {listed} "
                                   f"({length}) instead.")
            else:
                assumptions.append(f"{missing}: {trial}, book {types[massage(other)]['name']} "
                                   "instead.")
        recommended = None
        if winner:
            params = winner["event"]["params"]
            t = types[params["massage"]]
            recommended = {
                "id": t["id"], "name": t["name"], "rule": winner["id"], "why": params["reason"],
                "short": params["short"],
                "minutes": params.get("minutes", t["minutes"]),
                "techniques": [
                    {k: v for k, v in techniques[i].items() if not (brief and k == "description")}
                    for i in params.get("techniques", t["techniques"])
                ],
                "focus": catalogue["focus"],
            }

        def day(key):
            return placed[key]["date"].isoformat() if placed[key] else None

        result = {"id": record["id"], "schema": "runmassage/batch/v2", "date": today.isoformat(),
                  "last_run": day("last"), "next_run": day("next"),
                  "last_race": day("last_race"), "next_race": day("next_race")}
        for name in ("days_since_last_run", "days_until_next_run", "days_since_last_race",
                     "days_until_next_race"):
            result[name] = facts[name]
        result["facts"] = {name: (float(facts[name]) if name.endswith("_km")
                                  and facts[name] is not None else facts[name])
                           for name, _ in FACTS}
        result["recommended"] = recommended
        result["avoid"] = [{"id": m, "name": types[m]["name"], "rule": r["id"],
                            "why": r["event"]["params"]["reason"]} for m, r in avoid.items()]
        result["rules"] = [r["id"] for r in fired]
        result["assumptions"] = assumptions
        out.write(json.dumps(result, separators=(",", ":"), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
