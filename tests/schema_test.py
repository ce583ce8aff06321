#!/usr/bin/env python3
"""Validates runmassage's JSON against the published schemas (docs/schema/*.json, draft 2020-12).

Checks each schema and its examples; every JSON document a golden case prints (and each line of
a batch golden) against the schema its "schema" key names; the batch input files the goldens
read; and that a key a schema does not list, or a missing "schema" key, is refused. Each of the
output schemas must each have been used at least once.

Usage: schema_test.py SCHEMA_DIR GOLDEN_DIR
"""
import json
import os
import sys

try:
    import jsonschema
except ImportError:
    print("schema_test: python3-jsonschema is not installed (scripts/deps.sh --test)",
          file=sys.stderr)
    sys.exit(1)

OUTPUTS = ("plan", "types", "week", "history", "batch", "rules-check")
INPUT_FILES = ("batch/runners.jsonl",)  # golden batch inputs whose every line is valid


def load_schemas(directory):
    schemas = {}
    for name in sorted(os.listdir(directory)):
        if name.endswith(".json"):
            with open(os.path.join(directory, name), encoding="utf-8") as file:
                schemas[name[:-len(".json")]] = json.load(file)
    return schemas


def make_validators(schemas):
    """A validator per schema, resolving $ref between the files by their $id."""
    by_id = {schema["$id"]: schema for schema in schemas.values()}
    validators = {}
    try:
        import referencing  # jsonschema 4.18 and later
        from referencing.jsonschema import DRAFT202012

        registry = referencing.Registry().with_resources(
            (uri, DRAFT202012.create_resource(schema)) for uri, schema in by_id.items())
        for name, schema in schemas.items():
            validators[name] = jsonschema.Draft202012Validator(schema, registry=registry)
    except ImportError:  # Debian bookworm's 4.10
        for name, schema in schemas.items():
            resolver = jsonschema.RefResolver.from_schema(schema, store=by_id)
            validators[name] = jsonschema.Draft202012Validator(schema, resolver=resolver)
    return validators


def golden_stdout(path):
    """The bytes of a case's '>>> stdout' section (see golden_runner.py)."""
    with open(path, "rb") as file:
        lines = file.read().split(b"\n")
    out, inside = [], False
    for line in lines:
        if line.startswith(b">>> "):
            inside = line == b">>> stdout"
            continue
        if inside:
            out.append(line)
    if out and out[-1] == b"\\ No newline at end":
        out.pop()
    return b"\n".join(out)


def documents(text):
    """The JSON documents in a stdout: the whole of it, or one per line; none for text."""
    try:
        return [json.loads(text)]
    except ValueError:
        pass
    found = []
    for line in text.splitlines():
        try:
            found.append(json.loads(line))
        except ValueError:
            return []
    return found


class Checker:
    def __init__(self, validators):
        self.validators = validators
        self.failures = 0
        self.used = dict.fromkeys(OUTPUTS, 0)

    def fail(self, where, message):
        self.failures += 1
        print(f"FAIL {where}: {message}")

    def errors(self, name, document):
        return sorted(self.validators[name].iter_errors(document), key=lambda e: list(e.path))

    def check(self, where, name, document):
        for error in self.errors(name, document)[:3]:
            self.fail(where, f"{'/'.join(map(str, error.absolute_path))}: {error.message}")

    def check_output(self, where, document):
        if not isinstance(document, dict):
            return
        tag = document.get("schema")
        if not isinstance(tag, str) or not tag.startswith("runmassage/"):
            self.fail(where, "a JSON object without a runmassage \"schema\" key")
            return
        command = tag.split("/")[1]
        if command not in OUTPUTS:
            self.fail(where, f"no schema for {tag}")
            return
        self.used[command] += 1
        self.check(where, command, document)


def main(args):
    if len(args) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    schema_dir, golden_dir = args
    schemas = load_schemas(schema_dir)
    checker = Checker(make_validators(schemas))
    for name, schema in schemas.items():
        try:
            jsonschema.Draft202012Validator.check_schema(schema)
        except jsonschema.SchemaError as error:
            checker.fail(f"{name}.json", f"not a valid draft 2020-12 schema: {error.message}")
            continue
        if not schema.get("$id", "").endswith(f"/{name}.json") or not schema.get("description"):
            checker.fail(f"{name}.json", "needs an $id ending in its file name and a description")
        for number, example in enumerate(schema.get("examples", []), 1):
            checker.check(f"{name}.json example {number}", name, example)

    cases = 0
    sample = {}
    for root, _, files in sorted(os.walk(golden_dir)):
        for file in sorted(files):
            if not file.endswith(".t"):
                continue
            path = os.path.join(root, file)
            where = os.path.relpath(path, golden_dir)
            found = documents(golden_stdout(path).decode("utf-8", errors="replace"))
            for number, document in enumerate(found, 1):
                checker.check_output(f"{where} document {number}", document)
                if isinstance(document, dict) and "schema" in document:
                    sample.setdefault(document["schema"].split("/")[1], document)
            cases += bool(found)
    for name in INPUT_FILES:
        with open(os.path.join(golden_dir, name), encoding="utf-8") as file:
            for number, line in enumerate(file, 1):
                checker.check(f"{name} line {number}", "batch-input", json.loads(line))

    for command, count in checker.used.items():
        if count == 0:
            checker.fail(f"{command}.json", "no golden output was checked against it")
    # The schemas close every object: a key they do not list, or no "schema" key, is refused.
    for command, document in sample.items():
        extra = dict(document, unlisted_key=1)
        if not checker.errors(command, extra):
            checker.fail(f"{command}.json", "accepts a key it does not list")
        bare = {k: v for k, v in document.items() if k != "schema"}
        if not checker.errors(command, bare):
            checker.fail(f"{command}.json", "accepts a document without its schema key")
    for name, bad in (("batch-input", {"next_run": "+1", "nickname": "x"}),
                      ("rules-test-case", {"name": "n", "next_run": "+1", "expect": {"rule": []}})):
        if not checker.errors(name, bad):
            checker.fail(f"{name}.json", "accepts a key it does not list")

    total = sum(checker.used.values())
    print(f"{total} documents from {cases} golden cases checked; "
          + ", ".join(f"{c} {n}" for c, n in checker.used.items())
          + f"; {checker.failures} failures")
    return 1 if checker.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
