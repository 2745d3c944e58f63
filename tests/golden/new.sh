#!/usr/bin/env bash
# `netral new`: the skeleton pack lints clean and passes its examples at full
# coverage, and an existing folder is never written over.
#   tests/golden/new.sh build/netral
set -uo pipefail
netral=$(realpath "$1")
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT
cd "$folder"
fail() { echo "new: $*" >&2; exit 1; }

"$netral" new paket-baru > new.out || fail "netral new failed: $(cat new.out)"
[ -f paket-baru/pack.yaml ] || fail "no pack.yaml"
grep -q "^name: paket-baru$" paket-baru/pack.yaml || fail "the manifest does not carry the folder's name"
lint=$("$netral" lint paket-baru) || fail "lint failed: $lint"
[ "$lint" = "paket-baru: 0 errors, 0 warnings in 5 files" ] || fail "lint is not clean: $lint"
test=$("$netral" test paket-baru) || fail "test failed: $test"
grep -q "coverage: rules 1/1 (100%), elements 2/2 (100%)" <<< "$test" || fail "coverage is not full: $test"
grep -q "2 passed, 0 failed" <<< "$test" || fail "examples: $test"
"$netral" explain kampanye.ikut --rules paket-baru > explain.out || fail "explain on the skeleton failed"

# A nested new folder is made with its parents.
"$netral" new lagi/di/dalam > /dev/null || fail "a nested folder was refused"
[ -f lagi/di/dalam/rules/kampanye.netral ] || fail "the nested pack is incomplete"

# Never over an existing folder or file: the old content stays.
echo "milik penulis" > paket-baru/pack.yaml
if "$netral" new paket-baru 2> refused.err; then fail "an existing folder was accepted"; fi
grep -q "already exists" refused.err || fail "no clear message: $(cat refused.err)"
[ "$(cat paket-baru/pack.yaml)" = "milik penulis" ] || fail "the existing pack.yaml was overwritten"
touch a-file
if "$netral" new a-file 2> /dev/null; then fail "an existing file was accepted"; fi
if "$netral" new 'nama aneh' 2> /dev/null; then fail "a name with a space was accepted"; fi
echo "new: ok"
