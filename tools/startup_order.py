#!/usr/bin/env python3
"""Writes the functions runmassage runs as it starts, for the linker to place side by side.

A command's start-up touches a few hundred functions spread over a 1.7 MB program, and the
kernel maps the program's code 64 KiB at a time as it is first touched: scattered, that is
about seventeen page faults, each mapping 16 pages. Linked one after the other (lld's
--symbol-ordering-file, see CMakeLists.txt), `plan`'s code faults in 7 places.
bench/README.md has the measurements.

The list is only about speed: a stale list still links and runs correctly, and functions
missing from it land where the linker would have put them anyway. The names are g++'s (its
clones such as `.constprop.0` included), so the list is written from a g++ build, and the
`startup-order` test fails once more than one in ten listed functions are gone. Run this again
after changing what start-up runs:

    tools/startup_order.py build/release/runmassage > cmake/startup_order.txt

It runs each command below under valgrind's callgrind (whose counts repeat exactly, so the
list does too) and prints, for each command in turn, the program's own functions it ran that
the list does not hold yet, most instructions first. `plan` comes first: it is the start-up
the benchmark times against hello world.
"""
import os
import re
import subprocess
import sys
import tempfile

COMMANDS = [
    ["plan", "--today", "2024-05-02", "--next-run", "2024-05-04"],
    ["plan", "--next-run", "tomorrow"],
    ["plan", "--today", "2024-05-02", "--last-run", "tue:tempo", "--next-run", "sat:long",
     "--race", "2024-06-02:half", "--format", "json"],
    ["types"],
    ["week", "--today", "2024-05-02", "--run", "sat:long", "--run", "tue"],
    ["--version"],
]

# callgrind_annotate's line for a function: "  1,234 ( 0.05%)  file:name [object]"
LINE = re.compile(r"^\s*[\d,]+\s+\([\s\d.]+%\)\s+\S*?:(\S+) \[(.+)\]$")


def defined_functions(binary):
    out = subprocess.run(["nm", "--defined-only", binary], check=True, capture_output=True,
                         text=True).stdout
    return {parts[2] for parts in (line.split() for line in out.splitlines())
            if len(parts) == 3 and parts[1] in "tTwW"}


def functions_run(binary, args):
    with tempfile.TemporaryDirectory() as scratch:
        profile = os.path.join(scratch, "callgrind.out")
        subprocess.run(["valgrind", "--tool=callgrind", "--demangle=no",
                        "--callgrind-out-file=" + profile, binary] + args,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=dict(os.environ, NO_COLOR="1", HOME=scratch, XDG_CONFIG_HOME=scratch),
                       cwd=scratch)
        report = subprocess.run(["callgrind_annotate", "--threshold=100", profile],
                                check=True, capture_output=True, text=True).stdout
    names = []
    for line in report.splitlines():
        match = LINE.match(line)
        if match and os.path.realpath(match.group(2)) == binary:
            names.append(re.sub(r"'\d+$", "", match.group(1)))  # callgrind's recursion marks
    return names


def main():
    if len(sys.argv) != 2:
        print("usage: tools/startup_order.py BINARY > cmake/startup_order.txt", file=sys.stderr)
        return 64
    binary = os.path.realpath(sys.argv[1])
    defined = defined_functions(binary)
    listed = []
    for args in COMMANDS:
        for name in functions_run(binary, args):
            if name in defined and name not in listed:
                listed.append(name)
    sys.stdout.write("".join(name + "\n" for name in listed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
