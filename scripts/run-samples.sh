#!/usr/bin/env bash
# The main job on the bundled samples: build netral, then check every sample
# report against the standard rule pack and print the verdicts.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
shopt -s nullglob
samples=(samples/*.yaml samples/*.json samples/*.jsonl samples/*.csv)
./build/netral check "${samples[@]}"
# The written case reviews of a season's reports, one HTML file each and an index.
./build/netral review samples/laporan-musim-pilkada.jsonl --format html --out-dir build/kajian
