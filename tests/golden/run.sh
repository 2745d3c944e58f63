#!/usr/bin/env bash
# Golden tests: run the real netral binary and compare its whole output.
#
# Each case is tests/golden/cases/NAME.args: one line of arguments to netral,
# run from the repository root (a trailing `< FILE` feeds standard input).
# Every report file in samples/ is a case too: `check samples/FILE`, whose
# verdicts (for a person) are kept in samples/verdicts/FILE.txt, and its
# kajian in both stages and both formats, with the sample office file, kept
# in tests/golden/reviews/FILE.STAGE.md|html.
# The expected standard output, standard error and exit status are in
# NAME.out. The pack digest is masked, so editing the pack does not break
# every case; a unit test checks the digest itself.
#
#   tests/golden/run.sh path/to/netral            compare
#   tests/golden/run.sh path/to/netral --update   rewrite the .out files
#   tests/golden/run.sh path/to/netral --update review-   only cases named review-*
# (or NETRAL_UPDATE_GOLDEN=1). A case with no .out yet fails until updated.
set -uo pipefail
netral=$(realpath "$1")
update=${NETRAL_UPDATE_GOLDEN:-0}
[ "${2:-}" = "--update" ] && update=1
only=${3:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

passed=0
failed=0
difference=$(mktemp)
trap 'rm -f "$difference"' EXIT
shopt -s nullglob
cases=(tests/golden/cases/*.args)
samples=(samples/*.yaml samples/*.json samples/*.jsonl samples/*.csv)
if [ ${#cases[@]} -eq 0 ] || [ ${#samples[@]} -eq 0 ]; then
  echo "golden: no cases in tests/golden/cases or no samples" >&2
  exit 1
fi
mkdir -p samples/verdicts tests/golden/reviews
reviews=()
for sample in "${samples[@]}"; do
  for stage in awal pelanggaran; do
    for format in md html; do reviews+=("review:$stage:$format:$sample"); done
  done
done
for case in "${cases[@]}" "${samples[@]}" "${reviews[@]}"; do
  if [[ "$case" == review:* ]]; then
    IFS=: read -r _ stage format sample <<< "$case"
    name="$(basename "$sample").$stage.$format"
    expected="tests/golden/reviews/$name"
    args="review $sample --stage $stage -f $format --office samples/kantor/bawaslu-solok-selatan.yaml --date 2024-10-25"
  elif [[ "$case" == samples/* ]]; then
    name=$(basename "$case")
    expected="samples/verdicts/$name.txt"
    args="check $case"
  else
    name=$(basename "$case" .args)
    expected="tests/golden/cases/$name.out"
    args=$(head -n 1 "$case")
  fi
  [[ -n "$only" && "$name" != "$only"* ]] && continue
  stdin=/dev/null
  if [[ "$args" == *" < "* ]]; then
    stdin=${args##* < }
    args=${args% < *}
  fi
  # shellcheck disable=SC2086
  actual=$( (NO_COLOR=1 NETRAL_RULES= "$netral" $args < "$stdin" 2>&1; echo "[exit $?]") |
            sed -E 's/sha256:[0-9a-f]{64}/sha256:<digest>/g')
  if [ "$update" = 1 ]; then
    printf '%s\n' "$actual" > "$expected"
    echo "updated $name"
    continue
  fi
  if [ ! -f "$expected" ]; then
    failed=$((failed + 1))
    echo "FAIL $name: no $expected (run with --update to write it)"
    continue
  fi
  if diff -u "$expected" <(printf '%s\n' "$actual") > "$difference" 2>&1; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $name: netral $args"
    head -n 60 "$difference"
  fi
done
[ "$update" = 1 ] && exit 0
echo "golden: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
