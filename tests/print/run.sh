#!/usr/bin/env bash
# Print test: the review's HTML printed to A4 PDF by headless Chromium must fit
# its page limit and carry, on every page, a footer with the page number
# ("Halaman N dari M") and the report's register number.
#
#   tests/print/run.sh path/to/netral
#
# Environment:
#   NETRAL_PRINT_REPORT_ONLY=1  print page counts and footer findings of the
#                               reviews without failing on them (the fixtures,
#                               and netral or Chromium failing, still fail)
#   NETRAL_PRINT_KEEP=DIR       keep each case's HTML and PDF in DIR, and a PNG
#                               of its first page (60 dpi) for a person to look at
#   NETRAL_PRINT_REQUIRED=1     fail, not skip, when chromium or poppler-utils
#                               are missing (CI sets it)
# Exit status: 0 passed, 1 failed, 77 skipped (tools missing).
set -uo pipefail
export LC_ALL=C

# The cases. One line each, fields separated by `|`:
#   name | input | extra review options | at most pages | footer | ids
# input: a report file, reviewed with `netral review INPUT -f html`, or an
#   .html file printed as it is (the fixtures: they prove that this Chromium
#   prints page-margin boxes and that this script reads them).
# footer: `each`  every page's footer holds the id of the report on that
#                 page (the report whose heading was last seen in the text);
#         `first` every page's footer holds its page number, and the first
#                 page's the first report's id (a document of several reports).
# ids: the reports' ids in order, separated by spaces; `-` asks
#   `netral check INPUT` for them.
# A case whose options name --stage runs only when `netral review --help`
# lists --stage. The limits are issue 14's targets for an A4 print, except
# musim-pilkada: 11 since issue 16, when its village-head report moved from a
# two-line "di luar cakupan" to the kepala-desa pack's full analysis (about
# one page); the civil-service reports in it are unchanged.
cases=(
  "fixture-footer      | tests/print/fixtures/footer.html             |              |  3 | each  | 021/Reg/TM/PB/Kab/13.06/X/2024"
  "fixture-two-reports | tests/print/fixtures/footer-two-reports.html |              |  3 | each  | 050/Reg/LP/PB/Kab/13.01/X/2024 LAP-2024-0118"
  "camat               | samples/camat-kampanye-mobil-dinas.yaml      |              |  3 | each  | -"
  "camat-awal          | samples/camat-kampanye-mobil-dinas.yaml      | --stage awal |  3 | each  | -"
  "musim-pilkada       | samples/laporan-musim-pilkada.jsonl          |              | 11 | first | -"
  "rekap-kecamatan     | samples/laporan-rekap-kecamatan.csv          |              |  8 | first | -"
  "terlambat           | samples/laporan-terlambat.yaml               |              |  3 | each  | -"
)

netral=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 1
report_only=${NETRAL_PRINT_REPORT_ONLY:-0}
keep=${NETRAL_PRINT_KEEP:-}
required=${NETRAL_PRINT_REQUIRED:-0}

chromium=$(command -v chromium || command -v chromium-browser || true)
missing=()
[ -n "$chromium" ] || missing+=(chromium)
for tool in pdfinfo pdftotext pdftoppm pdffonts; do
  command -v "$tool" > /dev/null || { missing+=(poppler-utils); break; }
done
# The review names Liberation Serif first (Times New Roman's metrics): page
# counts with another font are not those of the print.
compgen -G '/usr/share/fonts/truetype/liberation*/LiberationSerif-Regular.ttf' > /dev/null || missing+=(fonts-liberation)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$required" = 1 ]; then
    echo "print: FAIL, ${missing[*]} not installed and NETRAL_PRINT_REQUIRED=1 (bash scripts/deps.sh print)"
    exit 1
  fi
  echo "print: SKIPPED, ${missing[*]} not installed (bash scripts/deps.sh print)"
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -n "$keep" ] && mkdir -p "$keep"
help=$("$netral" review --help 2>&1)
office=()
if [ -f samples/kantor/bawaslu-solok-selatan.yaml ] && grep -q -- '--office' <<< "$help"; then
  office=(--office samples/kantor/bawaslu-solok-selatan.yaml)
fi

failed=0        # failures that always count
over=0          # page limits and footers of the reviews (not with REPORT_ONLY)
figures=()
trim() { local s=$1; s=${s#"${s%%[![:space:]]*}"}; printf '%s' "${s%"${s##*[![:space:]]}"}"; }
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
# A finding about a review (not a fixture): fails unless REPORT_ONLY.
finding() {
  local name=$1; shift
  if [[ "$name" == fixture-* ]]; then fail "$name: $*"; return; fi
  if [ "$report_only" = 1 ]; then echo "  ($name: $*)"; else echo "FAIL $name: $*"; fi
  over=$((over + 1))
}

# print HTML PDF: headless Chromium, quiet, bounded in time.
print_pdf() {
  local log=$work/chromium.log
  if ! timeout -k 5 60 "$chromium" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
       --no-first-run --no-default-browser-check --disable-extensions --disable-sync \
       --disable-background-networking --disable-component-update --log-level=3 \
       --user-data-dir="$work/profile" --no-pdf-header-footer \
       --print-to-pdf="$2" "file://$(realpath "$1")" > "$log" 2>&1; then
    tail -n 5 "$log"
    return 1
  fi
  head -c 5 "$2" 2> /dev/null | grep -q '%PDF-' || { tail -n 5 "$log"; return 1; }
}

for line in "${cases[@]}"; do
  IFS='|' read -r name input options limit footer ids <<< "$line"
  name=$(trim "$name"); input=$(trim "$input"); options=$(trim "$options")
  limit=$(trim "$limit"); footer=$(trim "$footer"); ids=$(trim "$ids")
  if [[ "$options" == *--stage* ]] && ! grep -q -- '--stage' <<< "$help"; then
    echo "print $name: not run, \`netral review --help\` lists no --stage"
    continue
  fi
  html=$work/$name.html
  pdf=$work/$name.pdf
  if [[ "$input" == *.html ]]; then
    cp "$input" "$html"
  else
    # shellcheck disable=SC2086
    if ! "$netral" review "$input" -f html -o "$html" ${office[@]+"${office[@]}"} $options 2> "$work/stderr"; then
      fail "$name: netral review $input $options: $(head -n 3 "$work/stderr")"
      continue
    fi
  fi
  if [ "$ids" = - ]; then
    # The compact verdict line begins with the report's id.
    ids=$("$netral" check "$input" --format jsonl --compact 2> /dev/null |
          sed -nE 's/^\{"incident": ?"(([^"\\]|\\.)*)".*/\1/p' | sed 's#\\/#/#g; s#\\"#"#g' | tr '\n' ' ')
  fi
  read -r -a report_ids <<< "$ids"
  if [ ${#report_ids[@]} -eq 0 ]; then
    fail "$name: no report ids for $input"
    continue
  fi
  if ! print_pdf "$html" "$pdf"; then
    fail "$name: chromium could not print $html to PDF"
    continue
  fi
  pages=$(pdfinfo "$pdf" 2> /dev/null | awk '/^Pages:/ { print $2 }')
  if [ -z "$pages" ]; then
    fail "$name: pdfinfo cannot read $pdf"
    continue
  fi
  size=$(pdfinfo "$pdf" | sed -n 's/^Page size: *//p')
  [[ "$size" == *"(A4)"* ]] || fail "$name: the page size is $size, not A4"
  fonts=$(pdffonts "$pdf" 2> /dev/null | awk 'NR > 2 { sub(/^[A-Z]+\+/, "", $1); print $1 }' | sort -u | tr '\n' ' ')
  figures+=("$name $pages/$limit")
  if [ "$pages" -le "$limit" ]; then
    echo "print $name: $pages pages (at most $limit), ${#report_ids[@]} report(s); fonts: $fonts"
  else
    echo "print $name: $pages pages, over the limit of $limit (${#report_ids[@]} report(s)); fonts: $fonts"
    finding "$name" "$pages A4 pages, more than $limit"
  fi

  # The footer: the words at the bottom of the page, within 20 pt of the
  # lowest line (pdftotext -bbox gives each word's position; the bottom-left
  # and bottom-right boxes sit in the bottom margin, which is 25 mm, well
  # below the last line of text). The other words are the page's body, where
  # a report's heading, which holds its id, shows that the report begins.
  report=0
  bad_pages=0
  for ((page = 1; page <= pages; page++)); do
    pdftotext -bbox -f "$page" -l "$page" "$pdf" - 2> /dev/null |
      sed -nE 's#^ *<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="[0-9.]+">(.*)</word>$#\2\t\1\t\3#p' |
      sed "s/&lt;/</g; s/&gt;/>/g; s/&quot;/\"/g; s/&apos;/'/g; s/&amp;/\\&/g" > "$work/words.tsv"
    low=$(awk -F'\t' 'NR == 1 || $1 > m { m = $1 } END { print m - 20 }' "$work/words.tsv")
    bottom=$(awk -F'\t' -v low="$low" '$1 >= low' "$work/words.tsv" | sort -t$'\t' -k1,1n -k2,2n | cut -f3 | tr '\n' ' ')
    body=$(awk -F'\t' -v low="$low" '$1 < low' "$work/words.tsv" | cut -f3 | tr '\n' ' ')
    next=$((report + 1))
    if [ "$footer" = each ] && [ "$next" -lt ${#report_ids[@]} ] && grep -qF -- "${report_ids[$next]}" <<< "$body"; then
      report=$next
    fi
    problems=()
    grep -qE "Halaman +$page +dari +$pages([^0-9]|$)" <<< "$bottom" || problems+=("no \"Halaman $page dari $pages\"")
    if [ "$footer" = each ] || [ "$page" -eq 1 ]; then
      grep -qF -- "${report_ids[$report]}" <<< "$bottom" || problems+=("no ${report_ids[$report]}")
    fi
    if [ ${#problems[@]} -gt 0 ]; then
      bad_pages=$((bad_pages + 1))
      joined=$(printf '%s, ' "${problems[@]}")
      [ "$bad_pages" -le 3 ] && finding "$name" "page $page of $pages: ${joined%, } in its footer; the words at its bottom: \"$(trim "$bottom" | cut -c 1-100)\""
    fi
  done
  [ "$bad_pages" -gt 3 ] && finding "$name" "and $((bad_pages - 3)) more: $bad_pages of $pages pages without the right footer"
  if [ "$footer" = each ] && [ "$report" -ne $((${#report_ids[@]} - 1)) ]; then
    finding "$name" "the heading of report ${report_ids[$((report + 1))]} was found on no page after ${report_ids[$report]}'s"
  fi
  [ "$bad_pages" -eq 0 ] && echo "print $name: footer with page number and register number on all $pages pages"

  if [ -n "$keep" ]; then
    cp "$html" "$pdf" "$keep/"
    pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$pdf" "$keep/$name" || fail "$name: pdftoppm could not render page 1"
  fi
done

[ -n "$keep" ] && echo "print: HTML, PDF and first-page PNG of each case kept in $keep"
echo "print: pages (measured/limit): ${figures[*]}; ${SECONDS} s"
if [ "$failed" -gt 0 ] || { [ "$over" -gt 0 ] && [ "$report_only" != 1 ]; }; then
  echo "print: FAILED ($failed failures, $over findings on the reviews)"
  exit 1
fi
if [ "$over" -gt 0 ]; then
  echo "print: passed with NETRAL_PRINT_REPORT_ONLY=1 ($over findings on the reviews reported, not failed)"
else
  echo "print: all checks passed"
fi
