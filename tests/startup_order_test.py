#!/usr/bin/env python3
"""The start-up order (cmake/startup_order.txt, see CMakeLists.txt) took effect and is not stale.

Nearly every function the list names must still be in the program, and they must sit together:
one stretch of code a few 64 KiB windows long, not spread over the whole program.

Usage: startup_order_test.py PROGRAM LIST
"""
import subprocess
import sys

SPAN_LIMIT_KIB = 512  # they take about 380 KiB; spread out, about 1,450 (bench/README.md)


def main():
    program, list_file = sys.argv[1], sys.argv[2]
    with open(list_file, encoding="utf-8") as f:
        listed = [line.strip() for line in f if line.strip()]
    if len(listed) < 100:
        print(f"only {len(listed)} functions listed in {list_file}")
        return 1
    wanted = set(listed)
    symbols = subprocess.run(["nm", "--defined-only", program], check=True,
                             capture_output=True, text=True).stdout
    addresses = {}
    for line in symbols.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "tTwW" and parts[2] in wanted:
            addresses.setdefault(parts[2], int(parts[0], 16))
    missing = len(wanted) - len(addresses)
    if missing > len(wanted) // 10:
        print(f"{missing} of the {len(wanted)} listed functions are not in the program: "
              "run tools/startup_order.py")
        return 1
    span_kib = (max(addresses.values()) - min(addresses.values())) // 1024
    if span_kib > SPAN_LIMIT_KIB:
        print(f"the listed functions spread over {span_kib} KiB (at most {SPAN_LIMIT_KIB}): "
              "the program was not linked in their order")
        return 1
    print(f"{len(addresses)} of {len(wanted)} listed functions found, within {span_kib} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
