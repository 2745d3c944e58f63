#!/usr/bin/env bash
# The language server driven over stdio by a scripted client (drive.py), and
# the editor files checked (editors.py). Both need python3: skipped (exit 77)
# where it is missing, unless NETRAL_EDITORS_REQUIRED=1 (CI installs it with
# `scripts/deps.sh editors`), which turns the skip into a failure.
#   tests/lsp/run.sh build/netral lsp|editors
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v python3 >/dev/null; then
  if [ "${NETRAL_EDITORS_REQUIRED:-0}" = 1 ]; then
    echo "lsp: python3 is missing and NETRAL_EDITORS_REQUIRED=1 (bash scripts/deps.sh editors)" >&2
    exit 1
  fi
  echo "lsp: python3 is missing; skipped (bash scripts/deps.sh editors)" >&2
  exit 77
fi
case ${2:-lsp} in
  lsp) exec python3 "$here/drive.py" "$1" ;;
  editors) exec python3 "$here/editors.py" "$here/../.." ;;
  *) echo "run.sh: lsp or editors" >&2; exit 2 ;;
esac
