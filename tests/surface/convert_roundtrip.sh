#!/usr/bin/env bash
# `netral convert` keeps the meaning: every rule file of rules/ (the standard
# packs and rules/bersama, which they include) converted DSL -> YAML -> DSL
# (and YAML -> DSL -> YAML), into a temporary copy, gives the same verdicts
# (`check --format json`, every pack) on every sample and the same `netral
# test` results; the YAML halfway is a set of packs too.
#
#   tests/surface/convert_roundtrip.sh path/to/netral
set -euo pipefail
netral=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pack=rules
# shellcheck source=standard_packs.sh
source "$root/tests/surface/standard_packs.sh"

# Every rule file in the other surface, then back.
mkdir -p "$work/yaml" "$work/back"
(cd "$pack" && find . -type f) | while read -r file; do
  mkdir -p "$work/yaml/$(dirname "$file")" "$work/back/$(dirname "$file")"
  case "$file" in
    */pack.yaml|*/templates/*) cp "$pack/$file" "$work/yaml/$file"; cp "$pack/$file" "$work/back/$file" ;;
    *.netral)
      "$netral" convert "$pack/$file" --to yaml -o "$work/yaml/${file%.netral}.yaml"
      "$netral" convert "$work/yaml/${file%.netral}.yaml" --to dsl -o "$work/back/$file" ;;
    *.yaml)
      "$netral" convert "$pack/$file" --to dsl -o "$work/yaml/${file%.yaml}.netral"
      "$netral" convert "$work/yaml/${file%.yaml}.netral" --to yaml -o "$work/back/$file" ;;
    *) cp "$pack/$file" "$work/yaml/$file"; cp "$pack/$file" "$work/back/$file" ;;
  esac
done

mask() { sed -E 's/sha256:[0-9a-f]{64}/sha256:<digest>/g'; }
failed=0
for converted in yaml back; do
  for sample in samples/*.yaml samples/*.json samples/*.jsonl samples/*.csv; do
    # shellcheck disable=SC2046
    before=$(NETRAL_RULES= "$netral" check $(rules_in "$pack") --format json "$sample" 2>&1 | mask || true)
    # shellcheck disable=SC2046
    after=$(NETRAL_RULES= "$netral" check $(rules_in "$work/$converted") --format json "$sample" 2>&1 | mask || true)
    if [ "$before" != "$after" ]; then
      echo "FAIL: the verdict of $sample differs with the pack converted ($converted)"
      diff <(echo "$before") <(echo "$after") | head -10
      failed=1
    fi
  done
  # The same results, example by example (the files' names and lines differ).
  strip() { sed -E -e "s#\(.*:[0-9]+\)##" -e "s#^== .*/([^/]+)\$#== \1#"; }
  # shellcheck disable=SC2046
  test_before=$("$netral" test $(folders_in "$pack") 2>&1 | strip) || { echo "FAIL: netral test fails on the packs"; exit 1; }
  # shellcheck disable=SC2046
  test_after=$("$netral" test $(folders_in "$work/$converted") 2>&1 | strip) || { echo "FAIL: netral test fails after convert ($converted)"; "$netral" test --quiet $(folders_in "$work/$converted") | head -20; exit 1; }
  if [ "$test_before" != "$test_after" ]; then
    echo "FAIL: netral test differs after convert ($converted)"; diff <(echo "$test_before") <(echo "$test_after") | head -20; failed=1
  fi
done
[ "$failed" -eq 0 ] && echo "convert: verdicts of every sample and every example unchanged (YAML and back)"
exit "$failed"
