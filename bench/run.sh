#!/bin/sh
# Runs the whole benchmark: batch throughput against jq and a Python peer, batch memory,
# start-up against a C++ hello world, and the 52-week schedule. See bench/README.md.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-/tmp/runmassage-bench}
lines=${BENCH_LINES:-1000000}
mkdir -p "$work"

need=""
command -v hyperfine >/dev/null || need="$need hyperfine"
command -v jq >/dev/null || need="$need jq"
command -v python3 >/dev/null || need="$need python3"
[ -x /usr/bin/time ] || need="$need time"
command -v taskset >/dev/null || need="$need util-linux"
command -v valgrind >/dev/null || need="$need valgrind"
if [ -n "$need" ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq $need >/dev/null
fi
"$root/scripts/deps.sh"

echo "== building (Release) in $work/build"
cmake -S "$root" -B "$work/build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$work/build" -j "$(nproc)" --target runmassage >/dev/null
bin="$work/build/runmassage"
c++ -O2 -o "$work/hello" "$root/bench/hello.cpp"

echo "== inputs: $lines and 1000 records"
python3 "$root/bench/make_runners.py" "$lines" > "$work/runners.jsonl"
head -n 1000 "$work/runners.jsonl" > "$work/runners-1k.jsonl"

echo "== checking the Python peer prints exactly what batch prints (first 10000 lines)"
head -n 10000 "$work/runners.jsonl" > "$work/check.jsonl"
"$bin" batch "$work/check.jsonl" > "$work/check-batch.jsonl"
python3 "$root/bench/peer_plan.py" < "$work/check.jsonl" > "$work/check-peer.jsonl"
cmp "$work/check-batch.jsonl" "$work/check-peer.jsonl"

pin="taskset -c 0"
mean() { jq -r ".results[$2].mean" "$1"; }

echo "== batch throughput, one core, output to /dev/null"
hyperfine --style basic --warmup 1 --runs 5 --export-json "$work/batch.json" \
  "$pin $bin batch $work/runners.jsonl > /dev/null" \
  "$pin jq -c '{id, today}' $work/runners.jsonl > /dev/null"
hyperfine --style basic --warmup 0 --runs 2 --export-json "$work/python.json" \
  "$pin python3 $root/bench/peer_plan.py < $work/runners.jsonl > /dev/null"

# The same input on two cores: batch's own threads (--jobs 2), checked to write the same bytes.
two="taskset -c 0,1"
echo "== batch on two cores (--jobs 2): the same output, and its throughput"
$two "$bin" batch --jobs 2 "$work/runners.jsonl" > "$work/two-cores.jsonl"
"$bin" batch --jobs 1 "$work/runners.jsonl" | cmp - "$work/two-cores.jsonl"
# One core again in the same call, so two cores against one compares minutes side by side.
hyperfine --style basic --warmup 1 --runs 5 --export-json "$work/two-cores.json" \
  "$two $bin batch --jobs 2 $work/runners.jsonl > /dev/null" \
  "$two jq -c '{id, today}' $work/runners.jsonl > /dev/null" \
  "$pin $bin batch $work/runners.jsonl > /dev/null"

echo "== peak memory (KiB), 1000 lines vs $lines lines"
mem_small=$(/usr/bin/time -f %M "$bin" batch --jobs 2 "$work/runners-1k.jsonl" 2>&1 >/dev/null | tail -1)
mem_large=$(/usr/bin/time -f %M "$bin" batch --jobs 2 "$work/runners.jsonl" 2>&1 >/dev/null | tail -1)

echo "== start-up, against a C++ hello world"
d=2024-05-02
set -- "$work/hello" "$bin plan --today $d --next-run $d" "$bin plan --next-run tomorrow"
has_week=no
if "$bin" --help | grep -q "^  week "; then
  has_week=yes
  set -- "$@" "$bin week --today 2024-01-01 --start 2024-01-01 --weeks 52 --run tue --run thu --run sat --race 2024-10-13"
fi
hyperfine --style basic -N --warmup 50 --runs 500 --export-json "$work/startup.json" "$@"
# The same comparison in 40 short rounds, each timing hello and plan back to back: on a machine
# whose load changes, one long run of each compares different minutes (bench/startup_rounds.py).
rounds=$(python3 "$root/bench/startup_rounds.py" "$work/hello" 40 30 -- "$bin" plan --today "$d" --next-run "$d")
echo "$rounds"
rounds_ratio=$(echo "$rounds" | sed -n 's/.*median ratio \([0-9.]*\)x.*/\1/p')

# Instruction counts repeat exactly from run to run, unlike wall time on a shared machine.
# (In the awk programs below, a comparison among printf's arguments is in parentheses: bare,
# awk would read its > as a redirection.)
cg_lines=${BENCH_CALLGRIND_LINES:-100000}
echo "== instruction counts (callgrind): batch and jq over $cg_lines lines, start-up"
head -n "$cg_lines" "$work/runners.jsonl" > "$work/runners-cg.jsonl"
instructions() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
    sed -n 's/.*refs: *//p' | tr -d ,
}
cg_batch=$(instructions "$bin" batch "$work/runners-cg.jsonl")
cg_jq=$(instructions jq -c '{id, today}' "$work/runners-cg.jsonl")
cg_hello=$(instructions "$work/hello")
cg_plan=$(instructions "$bin" plan --today "$d" --next-run "$d")

batch_s=$(mean "$work/batch.json" 0)
jq_s=$(mean "$work/batch.json" 1)
py_s=$(mean "$work/python.json" 0)
two_s=$(mean "$work/two-cores.json" 0)
jq_two_s=$(mean "$work/two-cores.json" 1)
one_s=$(mean "$work/two-cores.json" 2)
hello_s=$(mean "$work/startup.json" 0)
plan_s=$(mean "$work/startup.json" 1)
plan_word_s=$(mean "$work/startup.json" 2)

echo
echo "== results ($(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'))"
awk -v n="$lines" -v b="$batch_s" -v j="$jq_s" -v p="$py_s" -v h="$hello_s" -v t="$two_s" -v jt="$jq_two_s" -v o="$one_s" \
    -v pl="$plan_s" -v pw="$plan_word_s" -v ms="$mem_small" -v ml="$mem_large" '
  function row(name, value, target, ok) {
    printf "%-44s %-22s %-14s %s\n", name, value, target, target == "" ? "" : ok ? "met" : "MISSED"
  }
  BEGIN {
    printf "%-44s %-22s %-14s %s\n", "figure", "measured", "target", "verdict"
    rate = n / t
    row("batch plans per second, 2 cores", sprintf("%.0f", rate), ">= 2000000", rate >= 2000000)
    row("batch, 2 cores, vs jq -c projection", sprintf("%.1fx (%.2fs vs %.2fs)", jt / t, t, jt), ">= 10x", jt / t >= 10)
    row("batch plans per second, 1 core", sprintf("%.0f", n / b), "", 1)
    row("batch, 1 core, vs jq -c projection", sprintf("%.1fx (%.2fs vs %.2fs)", j / b, b, j), "", 1)
    row("batch, 2 cores vs 1 core", sprintf("%.2fx (%.2fs vs %.2fs)", o / t, t, o), "> 1.5x", o / t > 1.5)
    row("batch speed vs Python peer", sprintf("%.1fx (%.2fs vs %.2fs)", p / b, b, p), ">= 10x", p / b >= 10)
    row("peak memory, " n " lines vs 1000", sprintf("%.2fx (%d vs %d KiB)", ml / ms, ml, ms), "<= 1.20x", ml / ms <= 1.2)
    row("plan --today D --next-run D vs hello", sprintf("%.2fx (%.2f vs %.2f ms)", pl / h, pl * 1000, h * 1000), "<= 1.5x", pl / h <= 1.5)
    row("plan --next-run tomorrow vs hello", sprintf("%.2fx (%.2f vs %.2f ms)", pw / h, pw * 1000, h * 1000), "<= 1.5x", pw / h <= 1.5)
  }'
awk -v n="$cg_lines" -v b="$cg_batch" -v j="$cg_jq" -v h="$cg_hello" -v pl="$cg_plan" '
  BEGIN {
    printf "%-44s %-22s %-14s %s\n", "batch instructions per line (callgrind)", sprintf("%.0f", b / n), "", ""
    printf "%-44s %-22s %-14s %s\n", "jq instructions per line / batch", sprintf("%.1fx (%.0f)", j / b, j / n), ">= 10x", (j / b >= 10 ? "met" : "MISSED")
    printf "%-44s %-22s %-14s %s\n", "plan start-up instructions vs hello", sprintf("%.2fx (%.2fM vs %.2fM)", pl / h, pl / 1e6, h / 1e6), "<= 1.3x", (pl / h <= 1.3 ? "met" : "MISSED")
  }'
awk -v r="$rounds_ratio" 'BEGIN {
  printf "%-44s %-22s %-14s %s\n", "plan start-up vs hello, median of 40 rounds", sprintf("%.2fx", r), "<= 1.2x", (r <= 1.2 ? "met" : "MISSED") }'
if [ "$has_week" = yes ]; then
  week_s=$(mean "$work/startup.json" 3)
  awk -v w="$week_s" -v pl="$plan_s" 'BEGIN {
    printf "%-44s %-22s %-14s %s\n", "week, 52 weeks, vs plan start-up",
      sprintf("%.2fx (%.2f vs %.2f ms)", w / pl, w * 1000, pl * 1000), "<= 2x", (w / pl <= 2 ? "met" : "MISSED") }'
fi
