#!/usr/bin/env python3
"""Start-up wall time against a C++ hello world, on a machine whose load comes and goes.

One long hyperfine call per command compares runs made minutes apart, under different load.
This runs many short rounds instead: each round is one `hyperfine -N` call timing hello and the
command back to back, and gives the ratio of their medians. The median of the rounds' ratios
is printed with its quartiles, and the best times of each.

Usage: bench/startup_rounds.py HELLO ROUNDS RUNS -- COMMAND...
"""
import json
import statistics
import subprocess
import sys
import tempfile


def main() -> int:
    if len(sys.argv) < 6 or sys.argv[4] != "--":
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 64
    hello, rounds, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    command = " ".join(sys.argv[5:])
    ratios, best = [], [float("inf"), float("inf")]
    with tempfile.NamedTemporaryFile(suffix=".json") as export:
        for _ in range(rounds):
            subprocess.run(
                ["hyperfine", "-N", "--warmup", "5", "--runs", str(runs), "--export-json",
                 export.name, hello, command],
                check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            results = json.load(open(export.name, encoding="utf-8"))["results"]
            medians = [statistics.median(r["times"]) for r in results]
            ratios.append(medians[1] / medians[0])
            best = [min(b, min(r["times"])) for b, r in zip(best, results)]
    quartiles = statistics.quantiles(ratios, n=4)
    print(f"rounds {rounds} x {runs} runs each: median ratio {statistics.median(ratios):.2f}x "
          f"(quartiles {quartiles[0]:.2f}-{quartiles[2]:.2f}); best hello {best[0] * 1000:.2f} ms, "
          f"best command {best[1] * 1000:.2f} ms ({best[1] / best[0]:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
