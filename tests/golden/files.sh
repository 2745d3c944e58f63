#!/usr/bin/env bash
# Files that are not netral's (issue 15, items 7 and 8): -o, review -o and
# review --out-dir write through devices, FIFOs and symbolic links without
# replacing them, never follow a link planted where the temporary file goes,
# keep an existing output's mode, and leave no temporary file behind when
# the run is interrupted.
#
#   tests/golden/files.sh path/to/netral
set -euo pipefail
netral=$(realpath "$1")
work=$(mktemp -d)
cleanup() {
  [ -n "${feeder:-}" ] && kill "$feeder" 2> /dev/null
  rm -rf "$work"
}
trap cleanup EXIT
cd "$(dirname "$0")/../.."
failed=0
fail() { echo "FAIL: $*"; failed=1; }
report=samples/kta-partai.yaml
# No -o file may leave its temporary FILE.*.partial behind.
no_partial() { ! compgen -G "$work/*.partial" > /dev/null || fail "$1: left $(ls "$work"/*.partial)"; }

# A device node. As root a private copy of /dev/null is made and used (the
# real one is never put at risk); otherwise /dev/null, which only root could
# have replaced anyway.
device=/dev/null
if [ "$(id -u)" -eq 0 ] && mknod "$work/null" c 1 3 2> /dev/null; then device=$work/null; fi
for command in "check -q $report" "review $report"; do
  # shellcheck disable=SC2086
  "$netral" $command -o "$device" || fail "$command -o $device failed"
  [ -c "$device" ] || fail "$command -o $device: no longer a device"
done
no_partial "a device"

# A FIFO: written to as it is, read by whoever reads it.
mkfifo "$work/fifo"
timeout 20 cat "$work/fifo" > "$work/from-fifo" &
reader=$!
timeout 20 "$netral" check -q --format csv "$report" -o "$work/fifo" || fail "check -o FIFO failed"
wait "$reader" || true
[ -p "$work/fifo" ] || fail "-o FIFO: no longer a FIFO"
grep -q '^id,actor_name,actor_position,actor_agency,status,' "$work/from-fifo" || fail "-o FIFO: the reader got no verdicts"

# A symbolic link: what it points to is written, and keeps its mode; the
# link stays a link.
echo old > "$work/target.csv"
chmod 640 "$work/target.csv"
ln -s target.csv "$work/link.csv"
"$netral" check -q --format csv "$report" -o "$work/link.csv"
[ -L "$work/link.csv" ] || fail "-o link: no longer a symbolic link"
grep -q '^id,actor_name,actor_position,actor_agency,status,' "$work/target.csv" || fail "-o link: its target was not written"
[ "$(stat -c %a "$work/target.csv")" = 640 ] || fail "-o link: mode $(stat -c %a "$work/target.csv"), not 640"

# An existing file keeps its mode; a new one gets the umask's.
echo old > "$work/kept.md"
chmod 600 "$work/kept.md"
"$netral" review "$report" -o "$work/kept.md"
[ "$(stat -c %a "$work/kept.md")" = 600 ] || fail "review -o: mode $(stat -c %a "$work/kept.md"), not 600"
(umask 027 && "$netral" check -q "$report" -o "$work/new.txt")
[ "$(stat -c %a "$work/new.txt")" = 640 ] || fail "a new -o file: mode $(stat -c %a "$work/new.txt"), not 640 under umask 027"

# A link planted where a fixed temporary name would go is not followed.
echo victim > "$work/victim"
ln -s victim "$work/out.jsonl.partial"
"$netral" check -q --format jsonl "$report" -o "$work/out.jsonl"
[ "$(cat "$work/victim")" = victim ] || fail "-o followed the link planted at out.jsonl.partial"
rm "$work/out.jsonl.partial"
no_partial "a planted link"

# --out-dir: a file there that is a link is written through; a FIFO there is written to.
mkdir "$work/kajian"
"$netral" review samples/laporan-musim-pilkada.jsonl --out-dir "$work/kajian" 2> /dev/null
first=$(ls "$work/kajian" | grep -v index | head -n 1)
mv "$work/kajian/$first" "$work/kept-review.md"
ln -s ../kept-review.md "$work/kajian/$first"
"$netral" review samples/laporan-musim-pilkada.jsonl --out-dir "$work/kajian" 2> /dev/null
[ -L "$work/kajian/$first" ] || fail "--out-dir: $first is no longer a link"
[ -z "$(find "$work/kajian" -name '*.partial')" ] || fail "--out-dir left a temporary file"

# Ctrl-C and SIGTERM while -o is written: the temporary file is removed and
# the old output is kept. The input comes down a FIFO that stays open, so
# netral is still running (its temporary file open) when the signal comes.
for signal in INT TERM HUP; do
  echo previous > "$work/season.jsonl"
  mkfifo "$work/feed"
  (
    "$netral" gen --count 500 --seed 2
    sleep 30
  ) > "$work/feed" &
  feeder=$!
  # With & alone, bash starts the command ignoring SIGINT; set -m gives it
  # its own process group and the default dispositions, as at a terminal.
  set -m
  "$netral" check -q --format jsonl - -o "$work/season.jsonl" < "$work/feed" &
  checker=$!
  set +m
  for _ in $(seq 100); do
    compgen -G "$work/season.jsonl.*.partial" > /dev/null && [ -s "$(compgen -G "$work/season.jsonl.*.partial")" ] && break
    sleep 0.1
  done
  compgen -G "$work/season.jsonl.*.partial" > /dev/null || fail "SIG$signal: no temporary file while writing"
  kill -s "$signal" "$checker"
  status=0
  { wait "$checker"; } 2> /dev/null || status=$?
  [ "$status" -gt 128 ] || fail "SIG$signal: netral ended with status $status, not by the signal"
  kill "$feeder" 2> /dev/null || true
  wait "$feeder" 2> /dev/null || true
  feeder=
  rm "$work/feed"
  no_partial "SIG$signal"
  [ "$(cat "$work/season.jsonl")" = previous ] || fail "SIG$signal: the old output was not kept"
done

[ "$failed" -eq 0 ] && echo "files: all checks passed"
exit "$failed"
