#!/usr/bin/env bash
# End-to-end batch checks of the real binary that golden files cannot hold:
# the output does not depend on the number of threads, every input record
# gives exactly one output record (broken ones too), a report sent down a
# slow pipe is answered at once, and -o writes the file only when complete.
#
#   tests/golden/batch.sh path/to/netral [COUNT]
set -euo pipefail
netral=$(realpath "$1")
count=${2:-5000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$(dirname "$0")/../.."
failed=0
fail() { echo "FAIL: $*"; failed=1; }

"$netral" gen --count "$count" --seed 11 > "$work/season.jsonl"

# The same verdicts, in the same order, on one thread and on four.
"$netral" check --quiet --format jsonl -j 1 "$work/season.jsonl" > "$work/one.jsonl"
"$netral" check --quiet --format jsonl -j 4 "$work/season.jsonl" > "$work/four.jsonl"
cmp -s "$work/one.jsonl" "$work/four.jsonl" || fail "-j 1 and -j 4 give different output"
[ "$(wc -l < "$work/one.jsonl")" -eq "$count" ] || fail "expected $count verdicts, got $(wc -l < "$work/one.jsonl")"

# Corrupt every 100th line in three ways: each still gives one (invalid) verdict.
awk 'NR % 300 == 100 { print substr($0, 1, length($0) / 2); next }
     NR % 300 == 200 { print "[1, 2"; next }
     NR % 300 == 0   { gsub(/"pns"/, "\"pnss\""); print; next }
     { print }' "$work/season.jsonl" > "$work/corrupt.jsonl"
"$netral" check --quiet --format csv -j 3 "$work/corrupt.jsonl" > "$work/corrupt.csv"
rows=$(($(wc -l < "$work/corrupt.csv") - 1))
[ "$rows" -eq "$count" ] || fail "corrupted input: expected $count rows, got $rows"
invalid=$(grep -c ',invalid,' "$work/corrupt.csv" || true)
[ "$invalid" -ge $((count / 150)) ] || fail "corrupted input: only $invalid invalid verdicts"

# The same reports as one JSON array: the same verdicts, read as a stream.
awk 'BEGIN { print "[" } NR > 1 { print "," } { print } END { print "]" }' "$work/season.jsonl" > "$work/season.json"
"$netral" check --quiet --format jsonl -j 2 "$work/season.json" > "$work/array.jsonl"
cmp -s "$work/array.jsonl" "$work/one.jsonl" || fail "a JSON array gives other verdicts than the same reports as JSON Lines"

# Standard input, and a CSV export of the same reports, give the same count.
rows=$("$netral" check --quiet --format csv - < "$work/season.jsonl" | tail -n +2 | wc -l)
[ "$rows" -eq "$count" ] || fail "stdin: expected $count rows, got $rows"

# A slow pipe: each report is answered before the next one is sent.
coproc SLOW { "$netral" check --quiet --format jsonl --compact -; }
# Bash unsets SLOW and SLOW_PID once the coprocess has exited: keep copies.
slow_pid=$SLOW_PID slow_in=${SLOW[1]} slow_out=${SLOW[0]}
for n in 1 2 3; do
    sed -n "${n}p" "$work/season.jsonl" >&"$slow_in"
    if ! read -r -t 10 answer <&"$slow_out"; then fail "slow pipe: no verdict for report $n within 10 s"; break; fi
    [[ "$answer" == *'"incident"'* ]] || fail "slow pipe: not a verdict: $answer"
done
eval "exec ${slow_in}>&-"
wait "$slow_pid" || fail "slow pipe: netral check exited with an error"

# -o: the file appears complete, and no .partial is left behind.
"$netral" check --quiet --format jsonl -o "$work/out.jsonl" "$work/season.jsonl"
cmp -s "$work/out.jsonl" "$work/one.jsonl" || fail "-o output differs from standard output"
! compgen -G "$work/out.jsonl*.partial" > /dev/null || fail "-o left a .partial file"

# --summary counts every record once.
total=$("$netral" check --quiet --summary --format json "$work/corrupt.jsonl" | grep -o '"total": *[0-9]*' | grep -o '[0-9]*$')
[ "$total" = "$count" ] || fail "--summary counted ${total:-nothing}, expected $count"

[ "$failed" -eq 0 ] && echo "batch: all checks passed ($count records)"
exit "$failed"
