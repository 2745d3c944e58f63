#!/usr/bin/env bash
# (Re)makes the seed corpora in tests/fuzz/corpus/ from the project's own
# files: the rule packs, the samples, the golden inputs and the inputs of the
# reliability tests (issue 15). Run it after adding such files; commit the
# result. The stream and differential targets take one or two leading bytes
# (the format, the read size): their seeds get a few such prefixes.
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=tests/fuzz/corpus
rm -rf "$corpus"
mkdir -p "$corpus"/{dsl,yaml_rules,report_yaml,report_json,report_csv,report_jsonl_stream,report_json_stream,splitter_differential,review,lsp}
seed() {  # seed TARGET NAME FILE [PREFIX-BYTES]
  local prefix=${4:-}
  { printf "$prefix"; cat "$3"; } > "$corpus/$1/$2"
}
for file in $(find rules tests/golden/packs -name '*.netral' | sort); do
  seed dsl "$(echo "$file" | tr / _)" "$file"
done
for file in rules/asn-netralitas/rules/*.yaml tests/golden/packs/*/*.yaml; do
  [[ "$file" == */pack.yaml ]] && continue
  seed yaml_rules "$(echo "$file" | tr / _)" "$file"
done
inputs=tests/fuzz/inputs
for file in samples/*.yaml tests/golden/inputs/*.yaml $inputs/*.yaml; do
  name=$(basename "$file")
  seed report_yaml "$name" "$file"
  seed review "$name" "$file" '\x00'
  seed splitter_differential "$name-1" "$file" '\x00\x00'
  seed splitter_differential "$name-64" "$file" '\x00\x3f'
done
for file in samples/*.json tests/golden/inputs/*.json $inputs/*.json; do
  name=$(basename "$file")
  seed report_json "$name" "$file"
  seed report_json_stream "$name-1" "$file" '\x00'
  seed report_json_stream "$name-64" "$file" '\x3f'
  seed splitter_differential "$name-1" "$file" '\x01\x00'
  seed splitter_differential "$name-64" "$file" '\x01\x3f'
done
for file in samples/*.jsonl tests/golden/inputs/*.jsonl $inputs/*.jsonl; do
  name=$(basename "$file")
  seed report_jsonl_stream "$name-1" "$file" '\x00'
  seed report_jsonl_stream "$name-64" "$file" '\x3f'
  seed review "$name" "$file" '\x01'
  seed splitter_differential "$name-1" "$file" '\x02\x00'
  seed splitter_differential "$name-64" "$file" '\x02\x3f'
done
for file in samples/*.csv tests/golden/inputs/ekspor-spreadsheet.csv $inputs/*.csv; do
  name=$(basename "$file")
  seed report_csv "$name" "$file"
  seed splitter_differential "$name-1" "$file" '\x03\x00'
  seed splitter_differential "$name-64" "$file" '\x03\x3f'
done
# Language-server sessions, written by hand (framed JSON-RPC messages;
# "file://@/" names the small golden pack's folder).
for file in $inputs/lsp/*.lsp; do
  name=$(basename "$file" .lsp)
  seed lsp "$name-1" "$file" '\x00'
  seed lsp "$name-64" "$file" '\x3f'
done
echo "seeds: $(find "$corpus" -type f | wc -l) files in $corpus"
