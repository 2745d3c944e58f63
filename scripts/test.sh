#!/usr/bin/env bash
# Builds and runs every test: unit tests, golden tests of the netral binary,
# and `netral test` / `netral lint` on every shipped pack.
# --sanitize: the same under AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--sanitize" ]; then
  export BUILD_DIR=build-sanitize
  bash scripts/build.sh -DNETRAL_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
else
  export BUILD_DIR=build
  bash scripts/build.sh
fi
ctest --test-dir "$BUILD_DIR" --output-on-failure -j 2
