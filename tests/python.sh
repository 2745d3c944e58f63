#!/usr/bin/env bash
# Runs a Python test script with a python3 that has MODULE (if given), or
# skips it (exit 77) where there is none, unless the variable REQUIRED names
# is 1 (CI), which turns the skip into a failure.
# Usage: tests/python.sh MODULE|- REQUIRED_VARIABLE|- SCRIPT ARGS...
set -uo pipefail
module=$1 required=$2 script=$3
shift 3
for python in python3 /usr/bin/python3; do
  command -v "$python" >/dev/null || continue
  if [ "$module" = - ] || "$python" -c "import $module" 2>/dev/null; then
    exec "$python" "$script" "$@"
  fi
done
what="python3"
[ "$module" = - ] || what="python3 with $module"
if [ "$required" != - ] && [ "${!required:-}" = 1 ]; then
  echo "$(basename "$script"): no $what, and $required=1" >&2
  exit 1
fi
echo "$(basename "$script"): skipped, no $what" >&2
exit 77
