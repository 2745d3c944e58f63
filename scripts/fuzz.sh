#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, ASan + UBSan) into
# build-fuzz and runs each for SECONDS (default 25) from its seed corpus.
#
#   bash scripts/fuzz.sh                 every target, 25 s each (CI runs this)
#   bash scripts/fuzz.sh 600             a longer run: 10 minutes each
#   bash scripts/fuzz.sh 60 dsl review   some targets only
#   FUZZ_JOBS=2 bash scripts/fuzz.sh 600 two targets at a time
#
# New inputs the fuzzer finds go to build-fuzz/corpus/TARGET (the seeds in
# tests/fuzz/corpus are not touched). An input that crashes a target is
# kept in build-fuzz/crashes/ and the script fails: copy it into
# tests/fuzz/regressions/TARGET/ with the fix, and every build replays it
# (ctest fuzz-replay-TARGET). Where clang's fuzzer runtime is missing the
# script says so and exits 0 (skipped) unless NETRAL_FUZZ_REQUIRED=1, as CI
# sets it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-25}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for file in tests/fuzz/targets/*.cpp; do targets+=("$(basename "$file" .cpp)"); done
fi

# As root (CI, a fresh machine), install clang and its fuzzer runtime first.
if [ "$(id -u)" -eq 0 ]; then bash scripts/deps.sh fuzz; fi

probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }' > "$probe/probe.cpp"
if ! clang++ -fsanitize=fuzzer,address,undefined "$probe/probe.cpp" -o "$probe/probe" 2> "$probe/why"; then
  echo "fuzz: clang++ with libFuzzer is not available ($(head -n 1 "$probe/why"))" >&2
  echo "fuzz: install it with: sudo apt-get install -y clang libclang-rt-dev" >&2
  if [ "${NETRAL_FUZZ_REQUIRED:-0}" = 1 ]; then exit 1; fi
  echo "fuzz: skipped" >&2
  exit 0
fi

bash scripts/deps.sh
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DNETRAL_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
cmake --build build-fuzz --target "${targets[@]/#/fuzz_}"

mkdir -p build-fuzz/crashes build-fuzz/logs
failed=()
run_target() {
  local target=$1
  local corpus=build-fuzz/corpus/$target
  mkdir -p "$corpus"
  cp -n tests/fuzz/corpus/"$target"/* "$corpus"/ 2> /dev/null || true
  local dictionary=()
  [ -f "tests/fuzz/dictionaries/$target.dict" ] && dictionary=(-dict="tests/fuzz/dictionaries/$target.dict")
  local log=build-fuzz/logs/$target.log
  local status=0
  local TIMEFORMAT='%U %S'  # the shell's own `time`: user and system CPU seconds
  { time "build-fuzz/fuzz_$target" "${dictionary[@]}" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="build-fuzz/crashes/$target-" "$corpus" \
      > "$log" 2>&1 || status=$?; } 2> "build-fuzz/logs/$target.time"
  local runs cpu
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  cpu=$(awk '{ printf "%.0f", $1 + $2 }' "build-fuzz/logs/$target.time" 2> /dev/null || echo "?")
  if [ "$status" -ne 0 ]; then
    echo "fuzz: $target FAILED after $runs runs ($cpu s CPU): see $log"
    grep -E 'ERROR|invariant|Test unit written' "$log" | head -n 5
    return 1
  fi
  echo "fuzz: $target: $runs runs, $cpu s CPU, corpus $(ls "$corpus" | wc -l) inputs, nothing found"
}
jobs=${FUZZ_JOBS:-1}
if [ "$jobs" -le 1 ]; then
  for target in "${targets[@]}"; do run_target "$target" || failed+=("$target"); done
else
  export -f run_target
  export seconds
  printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'run_target {}' || failed+=(some)
fi
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: crashes in ${failed[*]}; inputs in build-fuzz/crashes/" >&2
  exit 1
fi
