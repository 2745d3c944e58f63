#!/usr/bin/env bash
# `netral fmt` changes layout only: rules/ (the standard packs and
# rules/bersama, which they include), copied with its DSL lines unindented
# and then formatted, gives byte-identical verdicts (`check --format json`) on
# every sample, its examples still pass with the same output, formatting
# twice changes nothing (idempotent), `--check` says so, and every comment
# of the pack is still there.
#
#   tests/surface/fmt_verdicts.sh path/to/netral
set -euo pipefail
netral=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp -r rules "$work/rules"
# shellcheck source=standard_packs.sh
source "$root/tests/surface/standard_packs.sh"
# rules/ is kept in fmt's layout (ctest fmt-packs), so the copy is first
# put out of it: every DSL line outside a """ block loses its indentation.
mangled=0
while IFS= read -r file; do
  awk '{ if (!inside) sub(/^[ \t]+/, ""); if (gsub(/"""/, "&") % 2 == 1) inside = !inside; print }' \
    "$file" > "$file.mangled" && mv "$file.mangled" "$file"
  mangled=$((mangled + 1))
done < <(find "$work/rules" -name '*.netral')
"$netral" fmt "$work/rules" > "$work/fmt.log"
changed=$(grep -c '^formatted ' "$work/fmt.log" || true)
echo "fmt: $changed of $mangled unindented files changed"
[ "$changed" -gt 0 ] || { echo "FAIL: fmt changed nothing in the unindented copy"; exit 1; }

# Idempotent: a second run changes nothing, and --check agrees.
"$netral" fmt --check "$work/rules" > "$work/second.log" || {
  echo "FAIL: formatting twice changes these files:"; cat "$work/second.log"; exit 1; }

# Comments kept: the same comment texts, in the same order, file by file.
for file in $(cd rules && find . -name '*.netral' -o -name '*.yaml' | sort); do
  comments() { grep -o '#.*$' "$1" | sed -E 's/[[:space:]]+$//' || true; }
  if ! diff <(comments "rules/$file") <(comments "$work/rules/$file") > /dev/null; then
    echo "FAIL: the comments of $file changed"; exit 1
  fi
done

# The same verdicts on every sample.
failed=0
for sample in samples/*.yaml samples/*.json samples/*.jsonl samples/*.csv; do
  # shellcheck disable=SC2046
  before=$(NETRAL_RULES= "$netral" check $(rules_in rules) --format json "$sample" 2>&1 || true)
  # shellcheck disable=SC2046
  after=$(NETRAL_RULES= "$netral" check $(rules_in "$work/rules") --format json "$sample" 2>&1 || true)
  # The digest covers the files' bytes, so it differs; nothing else may.
  mask() { sed -E 's/sha256:[0-9a-f]{64}/sha256:<digest>/g'; }
  if [ "$(printf '%s' "$before" | mask)" != "$(printf '%s' "$after" | mask)" ]; then
    echo "FAIL: the verdict of $sample changed after fmt"; failed=1
  fi
done

# The examples: the same results and coverage.
# shellcheck disable=SC2046
test_before=$("$netral" test $(folders_in rules) 2>&1 | sed "s#rules/#RULES/#g") || { echo "FAIL: netral test fails before fmt"; exit 1; }
# shellcheck disable=SC2046
test_after=$("$netral" test $(folders_in "$work/rules") 2>&1 | sed "s#$work/rules/#RULES/#g") || { echo "FAIL: netral test fails after fmt"; exit 1; }
if [ "$test_before" != "$test_after" ]; then
  echo "FAIL: netral test differs after fmt"; diff <(echo "$test_before") <(echo "$test_after") | head -20; failed=1
fi
[ "$failed" -eq 0 ] && echo "fmt: verdicts of every sample and every example unchanged"
exit "$failed"
