#!/usr/bin/env bash
# End-to-end checks of `netral review` that golden files cannot hold.
#
#   tests/golden/review.sh path/to/netral folder
#     --out-dir writes one file per report and an index whose links all
#     resolve; reports sharing an id get distinct files; -o writes HTML by
#     the file's extension.
#   tests/golden/review.sh path/to/netral chromium
#     headless Chromium prints a review of each status to PDF and renders a
#     phone-sized screenshot. Exits 77 (skipped) when Chromium is missing.
set -euo pipefail
netral=$(realpath "$1")
mode=${2:-folder}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$(dirname "$0")/../.."
failed=0
fail() { echo "FAIL: $*"; failed=1; }

if [ "$mode" = folder ]; then
  season=samples/laporan-musim-pilkada.jsonl
  records=$(grep -c . "$season")
  "$netral" review "$season" --format html --out-dir "$work/html" 2> "$work/stderr"
  files=$(find "$work/html" -name '*.html' ! -name index.html | wc -l)
  [ "$files" -eq "$records" ] || fail "expected $records reviews, found $files"
  [ -f "$work/html/index.html" ] || fail "no index.html"
  grep -q "$records reviews" "$work/stderr" || fail "no count on standard error: $(cat "$work/stderr")"
  # Every link of the index names a file that exists, and every file is linked.
  links=$(grep -o 'href="[^"]*"' "$work/html/index.html" | sed 's/href="//; s/"$//')
  [ "$(echo "$links" | wc -l)" -eq "$records" ] || fail "the index links $(echo "$links" | wc -l) reviews, not $records"
  for link in $links; do [ -f "$work/html/$link" ] || fail "index links $link, which does not exist"; done

  # Two reports with the same id: two files, and none is called index.
  printf 'id: "A/1"\nactor: {status: tni}\nacts: [{type: other}]\n---\nid: "A/1"\nactor: {status: tni}\nacts: [{type: other}]\n---\nid: index\nactor: {status: tni}\nacts: [{type: other}]\n' > "$work/twice.yaml"
  "$netral" review "$work/twice.yaml" --out-dir "$work/md" 2> /dev/null
  for name in A-1.md A-1-2.md index-2.md index.md; do [ -f "$work/md/$name" ] || fail "no $name in $(ls "$work/md")"; done

  # -o FILE.html writes HTML; nothing half-written is left behind.
  "$netral" review samples/kta-partai.yaml -o "$work/kajian.html"
  head -n 1 "$work/kajian.html" | grep -q '<!DOCTYPE html>' || fail "-o kajian.html is not HTML"
  [ ! -e "$work/kajian.html.partial" ] || fail "a .partial file was left"
  # Standard input, several reports into one document.
  "$netral" review - < "$work/twice.yaml" > "$work/three.md"
  [ "$(grep -c '^# KAJIAN' "$work/three.md")" -eq 3 ] || fail "three reports from stdin should give three reviews"
  [ "$failed" -eq 0 ] && echo "review folder: all checks passed"
  exit "$failed"
fi

chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  echo "review chromium: SKIPPED, chromium is not installed (apt-get install chromium)"
  exit 77
fi
render() {  # render OPTION... FILE
  local file=${*: -1}
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/profile" \
    "${@:1:$#-1}" "file://$file" > "$work/chromium.log" 2>&1 || { cat "$work/chromium.log"; return 1; }
}
for sample in camat-kampanye-mobil-dinas komentar-facebook-penyuluh jadwal-debat-kpu kepala-desa-ajak-warga; do
  "$netral" review "samples/$sample.yaml" --format html -o "$work/$sample.html"
  render --print-to-pdf="$work/$sample.pdf" "$work/$sample.html" || fail "chromium could not print $sample"
  head -c 5 "$work/$sample.pdf" 2> /dev/null | grep -q '%PDF-' || fail "$sample.pdf is not a PDF"
done
# Several reviews in one file: each starts on its own page, so there are at
# least as many pages as reviews.
"$netral" review samples/laporan-musim-pilkada.jsonl --format html -o "$work/season.html"
render --print-to-pdf="$work/season.pdf" "$work/season.html" || fail "chromium could not print the season"
reviews=$(grep -c '<article class="kajian-' "$work/season.html")
# The page tree's root holds the total count: the largest /Count.
pages=$(grep -ao '/Count [0-9]*' "$work/season.pdf" | awk '$2 > max { max = $2 } END { print max + 0 }')
[ "$pages" -ge "$reviews" ] || fail "$reviews reviews printed on $pages pages"
render --screenshot="$work/phone.png" --window-size=390,2000 "$work/camat-kampanye-mobil-dinas.html" ||
  fail "chromium could not render the phone view"
[ -s "$work/phone.png" ] || fail "no screenshot"
[ "$failed" -eq 0 ] && echo "review chromium: $((4 + 1)) PDFs ($pages pages for $reviews reviews) and a phone screenshot rendered"
exit "$failed"
