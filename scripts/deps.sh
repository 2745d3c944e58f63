#!/usr/bin/env bash
# Makes sure the Debian packages netral builds with are installed: installs the
# missing ones when run as root, otherwise prints the exact apt-get line.
set -euo pipefail

packages=(cmake ninja-build g++ pkg-config tao-pegtl-dev libyaml-cpp-dev libfmt-dev catch2 libcli11-dev libssl-dev libsimdjson-dev libcpp-httplib-dev)
# Groups, any of them as arguments (`deps.sh fuzz print`):
#   fuzz   what the fuzz targets build with (scripts/fuzz.sh): clang and its
#          sanitizer and libFuzzer runtimes.
#   print  what the print and DOCX tests of case reviews use (tests/print/):
#          headless Chromium, poppler-utils (pdfinfo, pdftotext, pdftoppm),
#          pandoc and unzip, and the Liberation fonts the review's HTML names
#          first (metric-compatible with Times New Roman, so page counts are
#          those of an office's print), which chromium only recommends.
#   browser what the tests of `netral serve` use (tests/serve/, tests/embed/):
#          python3 for the API and C API tests, and headless Chromium driven
#          by Selenium for the case handlers' page.
#   bench  wrk, for the HTTP benchmark (tests/bench/serve.sh).
#   editors  what the tests of the language server and the editor files use
#          (tests/lsp/): python3, as the scripted LSP client.
for group in "$@"; do
  case $group in
    fuzz) packages+=(clang libclang-rt-dev) ;;
    print) packages+=(chromium poppler-utils pandoc unzip fonts-liberation) ;;
    browser) packages+=(python3 chromium chromium-driver python3-selenium) ;;
    bench) packages+=(wrk) ;;
    editors) packages+=(python3) ;;
    *) echo "deps.sh: unknown group $group (fuzz, print, browser, bench, editors)" >&2; exit 2 ;;
  esac
done

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "netral: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "netral needs these Debian packages. Install them with:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
