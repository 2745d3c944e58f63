#!/usr/bin/env bash
# Speed and memory of batch checking, on this machine (not a test: it prints
# figures). Generates COUNT reports with `netral gen` and measures, in one run:
#   (a) the parse-only baseline (same JSON parser, same fields, no rules),
#   (b) netral check --format jsonl --compact,
#   (c) netral check --format jsonl (full explanations),
#   (d) (b) with -j 1, for the scaling figure,
#   (b'), (c') (b) and (c) writing their output to a file (the others write
#       to /dev/null, as the baseline writes nothing),
#   (e) peak memory of (b) over MEMORY_COUNT reports streamed through a pipe
#       from `netral gen` (no file on disk), to show it stays flat.
# Usage: tests/bench/bench.sh BUILD_DIR [COUNT] [MEMORY_COUNT]
#        (defaults: 1000000 and 10000000; MEMORY_COUNT 0 skips (e))
# (a) to (d), (b') and (c') run in BENCH_REPEAT rounds (default 3) and report
# the fastest run and the largest peak RSS; (e) runs once.
set -euo pipefail
build=$(realpath "${1:-build}")
count=${2:-1000000}
memory_count=${3:-10000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
"$build/netral" gen --count "$count" --seed 7 > "$work/reports.jsonl"
bytes=$(stat -c %s "$work/reports.jsonl")
echo "input: $count reports, $((bytes / 1048576)) MiB"

# Steps (a) to (d) run in rounds, `repeat` rounds (a b c d, a b c d, …),
# and each step's fastest run counts: on a shared virtual machine one run
# can take half as long again as the next, and rounds spread a slow spell
# over all steps instead of one.
repeat=${BENCH_REPEAT:-3}
declare -A best_seconds peak_rss

run_step() {  # key, output file, command...
  local key=$1 out=$2 seconds rss
  shift 2
  if [ -f "$out" ]; then rm -f "$out"; fi  # a new file each time, not the last round's truncated
  sync  # the last step's output must not be written back to disk during this one
  read -r seconds rss < <("$build/netral_bench_measure" "$work/reports.jsonl" "$out" "$@")
  if [ -z "${best_seconds[$key]:-}" ] || awk -v a="$seconds" -v b="${best_seconds[$key]}" 'BEGIN {exit !(a < b)}'; then
    best_seconds[$key]=$seconds
  fi
  if [ "$rss" -gt "${peak_rss[$key]:-0}" ]; then peak_rss[$key]=$rss; fi
}

report() {  # key, name: prints the step's line and sets last_rate
  local seconds=${best_seconds[$1]} rss=${peak_rss[$1]} rate mbs
  rate=$(awk -v n="$count" -v s="$seconds" 'BEGIN {printf "%.0f", n / s}')
  mbs=$(awk -v b="$bytes" -v s="$seconds" 'BEGIN {printf "%.1f", b / 1048576 / s}')
  printf '%-34s %8.2f s %10s reports/s %8s MB/s %8.1f MB peak RSS\n' "$2" "$seconds" "$rate" "$mbs" "$(awk -v k="$rss" 'BEGIN {print k / 1024}')"
  last_rate=$rate
}

# The baseline writes nothing, so (b), (c) and (d) write to /dev/null: the
# ratios compare the engine, not this machine's disk. (b') and (c') write the
# same output to a file once, as a real run does.
for ((round = 0; round < repeat; round++)); do
  run_step a /dev/null "$build/netral_bench_baseline"
  run_step b /dev/null "$build/netral" check - --format jsonl --compact --quiet
  run_step c /dev/null "$build/netral" check - --format jsonl --quiet
  run_step d /dev/null "$build/netral" check - --format jsonl --compact --quiet -j 1
  # (b') and (c') write to a file: its size is read after the last round.
  run_step b_file "$work/out-b" "$build/netral" check - --format jsonl --compact --quiet
  run_step c_file "$work/out-c" "$build/netral" check - --format jsonl --quiet
done 2>/dev/null
echo "(a) to (d), (b') and (c'): the fastest of $repeat rounds"
report a "(a) parse-only baseline"; a=$last_rate
report b "(b) check --compact (-j $(nproc))"; b=$last_rate
report c "(c) check full (-j $(nproc))"; c=$last_rate
report d "(d) check --compact -j 1"; d=$last_rate
output_size() {  # file: prints its size and bytes per report
  local size
  size=$(stat -c %s "$1")
  printf '    output: %d MiB, %d bytes per report\n' $((size / 1048576)) $((size / count))
}
report b_file "(b') (b) written to a file"; b_file=$last_rate
output_size "$work/out-b"
report c_file "(c') (c) written to a file"; c_file=$last_rate
output_size "$work/out-c"
rm -f "$work/out-b" "$work/out-c"
echo
awk -v a="$a" -v b="$b" -v c="$c" -v d="$d" -v bf="$b_file" -v cf="$c_file" 'BEGIN {
  printf "(b)/(a) = %.2f   (target >= 0.40)\n", b / a
  printf "(c)/(b) = %.2f   (target >= 0.50)\n", c / b
  printf "(c\x27)/(b\x27) = %.2f   (target >= 0.50: full output to a file)\n", cf / bf
  printf "-j N / -j 1 = %.2f   (target >= 1.70 on 2 cores)\n", b / d
}'

if [ "$memory_count" -gt 0 ]; then
  mkfifo "$work/pipe"
  "$build/netral" gen --count "$memory_count" --seed 8 > "$work/pipe" &
  read -r seconds rss < <("$build/netral_bench_measure" "$work/pipe" /dev/null \
                           "$build/netral" check - --format jsonl --compact --quiet)
  wait
  printf '(e) check --compact, %d reports through a pipe: %.1f s, %.1f MB peak RSS   (target < 100 MB)\n' \
    "$memory_count" "$seconds" "$(awk -v k="$rss" 'BEGIN {print k / 1024}')"
fi
