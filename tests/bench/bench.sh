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

measure() {  # name, output file, command...
  local name=$1 out=$2
  shift 2
  sync  # the last step's output must not be written back to disk during this one
  read -r seconds rss < <("$build/netral_bench_measure" "$work/reports.jsonl" "$out" "$@")
  local rate mbs
  rate=$(awk -v n="$count" -v s="$seconds" 'BEGIN {printf "%.0f", n / s}')
  mbs=$(awk -v b="$bytes" -v s="$seconds" 'BEGIN {printf "%.1f", b / 1048576 / s}')
  printf '%-34s %8.2f s %10s reports/s %8s MB/s %8.1f MB peak RSS\n' "$name" "$seconds" "$rate" "$mbs" "$(awk -v k="$rss" 'BEGIN {print k / 1024}')"
  last_rate=$rate
}

# The baseline writes nothing, so (b), (c) and (d) write to /dev/null: the
# ratios compare the engine, not this machine's disk. (b') and (c') write the
# same output to a file, as a real run does.
measure "(a) parse-only baseline" /dev/null "$build/netral_bench_baseline"; a=$last_rate
measure "(b) check --compact (-j $(nproc))" /dev/null "$build/netral" check - --format jsonl --compact --quiet; b=$last_rate
measure "(c) check full (-j $(nproc))" /dev/null "$build/netral" check - --format jsonl --quiet; c=$last_rate
measure "(d) check --compact -j 1" /dev/null "$build/netral" check - --format jsonl --compact --quiet -j 1; d=$last_rate
measure "(b') (b) written to a file" "$work/out" "$build/netral" check - --format jsonl --compact --quiet
echo "    output: $(($(stat -c %s "$work/out") / 1048576)) MiB"
measure "(c') (c) written to a file" "$work/out" "$build/netral" check - --format jsonl --quiet
echo "    output: $(($(stat -c %s "$work/out") / 1048576)) MiB"
rm -f "$work/out"
echo
awk -v a="$a" -v b="$b" -v c="$c" -v d="$d" 'BEGIN {
  printf "(b)/(a) = %.2f   (target >= 0.40)\n", b / a
  printf "(c)/(b) = %.2f   (target >= 0.50)\n", c / b
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
