#!/usr/bin/env bash
# DOCX test: the Word document docs/reviews.md tells a user to make,
#   netral review SAMPLE -o kajian.md && pandoc kajian.md -o kajian.docx
# must be a valid DOCX (a zip holding word/document.xml) that holds every
# report's id and the review's headings, as Word headings. When
# docs/reviews.md also shows `pandoc kajian.html -o …docx`, that is checked too.
#
#   tests/print/docx.sh path/to/netral
#
# Exit status: 0 passed, 1 failed, 77 skipped (pandoc or unzip missing, unless
# NETRAL_PRINT_REQUIRED=1).
set -uo pipefail
export LC_ALL=C

samples=(samples/camat-kampanye-mobil-dinas.yaml samples/laporan-rekap-kecamatan.csv)
# Headings every review has (the parts IV and V of docs/reviews.md).
headings=(KESIMPULAN REKOMENDASI)

netral=$(realpath "$1")
cd "$(dirname "$0")/../.." || exit 1
missing=()
for tool in pandoc unzip; do command -v "$tool" > /dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "${NETRAL_PRINT_REQUIRED:-0}" = 1 ]; then
    echo "docx: FAIL, ${missing[*]} not installed and NETRAL_PRINT_REQUIRED=1 (bash scripts/deps.sh print)"
    exit 1
  fi
  echo "docx: SKIPPED, ${missing[*]} not installed (bash scripts/deps.sh print)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
formats=(md)
grep -qE 'pandoc [^ ]*\.html' docs/reviews.md && formats+=(html)

checked=0
for sample in "${samples[@]}"; do
  name=$(basename "${sample%.*}")
  ids=$("$netral" check "$sample" --format jsonl --compact 2> /dev/null |
        sed -nE 's/^\{"incident": ?"(([^"\\]|\\.)*)".*/\1/p' | sed 's#\\/#/#g; s#\\"#"#g')
  [ -n "$ids" ] || { fail "$name: no report ids from netral check $sample"; continue; }
  for format in "${formats[@]}"; do
    source=$work/$name.$format
    docx=$work/$name-$format.docx
    "$netral" review "$sample" -o "$source" 2> "$work/stderr" ||
      { fail "$name: netral review $sample -o $name.$format: $(head -n 3 "$work/stderr")"; continue; }
    pandoc "$source" -o "$docx" 2> "$work/pandoc.log" ||
      { fail "$name: pandoc $name.$format -o $name.docx: $(head -n 3 "$work/pandoc.log")"; continue; }
    [ -s "$work/pandoc.log" ] && echo "  (pandoc $name.$format warned: $(head -n 3 "$work/pandoc.log"))"
    if ! unzip -tq "$docx" > "$work/unzip.log" 2>&1; then
      fail "$name: $name-$format.docx is not a valid zip: $(head -n 3 "$work/unzip.log")"
      continue
    fi
    if ! unzip -p "$docx" word/document.xml > "$work/document.xml" 2> /dev/null || [ ! -s "$work/document.xml" ]; then
      fail "$name: $name-$format.docx holds no word/document.xml"
      continue
    fi
    # One paragraph a line, its text without the XML (pandoc writes a space
    # as a run of its own, so the words join up again), after its style.
    sed 's#</w:p>#&\n#g' "$work/document.xml" |
      sed -E 's#.*<w:pStyle w:val="([^"]*)"[^>]*>#[\1] &#; s#<[^>]*>##g' |
      sed 's/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&apos;/'"'"'/g; s/&amp;/\&/g' > "$work/text.txt"
    while IFS= read -r id; do
      grep -qF -- "$id" "$work/text.txt" || fail "$name ($format): the report id $id is not in word/document.xml"
    done <<< "$ids"
    for heading in "${headings[@]}"; do
      grep -q "$heading" "$work/text.txt" || { fail "$name ($format): no heading $heading in word/document.xml"; continue; }
      grep "$heading" "$work/text.txt" | grep -q '^\[Heading[0-9]\]' ||
        fail "$name ($format): $heading is in the text but not a Word heading: $(grep -m 1 "$heading" "$work/text.txt" | cut -c 1-120)"
    done
    checked=$((checked + 1))
  done
done
if [ "$failed" -gt 0 ]; then
  echo "docx: FAILED ($failed failures)"
  exit 1
fi
echo "docx: $checked Word documents (from ${formats[*]}) valid, with every report id and the headings ${headings[*]}"
