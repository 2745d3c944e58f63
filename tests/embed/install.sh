#!/usr/bin/env bash
# `cmake --install` into a temporary prefix, then what a consumer does with
# it: examples/embed built with find_package(netral) against the prefix, the
# same against the static library and through pkg-config, the installed
# program finding its packs, the man pages.
# Usage: tests/embed/install.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(realpath "$1")
source=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >/dev/null
for file in bin/netral include/netral/netral.h include/netral/check.hpp include/netral/diagnostic.hpp \
            share/netral/rules/asn-netralitas/pack.yaml share/man/man1/netral.1 share/man/man1/netral-serve.1; do
  [ -e "$prefix/$file" ] || fail "$file not installed"
done
libdir=$(dirname "$(find "$prefix" -name libnetral.a | head -1)")
[ -e "$libdir/libnetral.so" ] || fail "libnetral.so not installed"
[ -e "$libdir/cmake/netral/netralConfig.cmake" ] || fail "CMake package not installed"
[ -e "$libdir/pkgconfig/netral.pc" ] || fail "netral.pc not installed"
grep -q '^\.SH DESCRIPTION' "$prefix/share/man/man1/netral-check.1" || fail "netral-check.1 has no description"
grep -q -- '--max-record-size' "$prefix/share/man/man1/netral-check.1" || fail "netral-check.1 lacks the options"

# The installed program uses the installed pack, not the built-in copy.
# Output is captured before grep reads it: with pipefail, `cmd | grep -q`
# fails at random when grep exits on the first match and cmd, still writing,
# dies of SIGPIPE (this is what failed CI once, with ldd).
help=$("$prefix/bin/netral" pack --help)
grep -q "every pack in .*share/netral/rules" <<< "$help" || fail "installed netral does not find its packs"
expected=$("$build/netral" check --format json "$source/samples/grup-whatsapp-pejabat.json" | sed -n '2,$p' | head -n -1)

# The example consumer, shared library (netral::netral).
cmake -S "$source/examples/embed" -B "$work/embed" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$work/embed" >/dev/null
out=$("$work/embed/check_one" "$source/samples/grup-whatsapp-pejabat.json")
[ "$out" = "$expected" ] || fail "check_one (shared) does not print the CLI's verdict"
libraries=$(ldd "$work/embed/check_one")
grep -q "$libdir/libnetral.so" <<< "$libraries" ||
  fail "check_one is not linked to the installed libnetral.so in $libdir; ldd says:"$'\n'"$libraries"

# The same with the static library (netral::netral_static).
sed 's/netral::netral)/netral::netral_static)/' "$source/examples/embed/CMakeLists.txt" > "$work/CMakeLists.txt"
mkdir -p "$work/static-src" && cp "$work/CMakeLists.txt" "$source/examples/embed/check_one.cpp" "$work/static-src/"
cmake -S "$work/static-src" -B "$work/static" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$work/static" >/dev/null
libraries=$(ldd "$work/static/check_one")
! grep -q libnetral <<< "$libraries" || fail "the static build links libnetral.so; ldd says:"$'\n'"$libraries"
[ "$("$work/static/check_one" "$source/samples/grup-whatsapp-pejabat.json")" = "$expected" ] || fail "check_one (static)"

# pkg-config, from the .pc file's own place.
export PKG_CONFIG_PATH=$libdir/pkgconfig
[ "$(pkg-config --modversion netral)" = "0.1.0" ] || fail "pkg-config --modversion"
# shellcheck disable=SC2046
c++ -std=c++20 "$source/examples/embed/check_one.cpp" -o "$work/pc_check_one" $(pkg-config --cflags --libs netral) \
  -Wl,-rpath,"$libdir"
[ "$("$work/pc_check_one" "$source/samples/grup-whatsapp-pejabat.json")" = "$expected" ] || fail "check_one (pkg-config)"
# netral.h from C (examples/c), where a C compiler is installed.
if command -v cc >/dev/null; then
  # shellcheck disable=SC2046
  cc -std=c11 -Wall -Wextra -Werror "$source/examples/c/check_report.c" -o "$work/c_check" \
    $(pkg-config --cflags --libs netral) -Wl,-rpath,"$libdir"
  c_out=$("$work/c_check" "$source/samples/grup-whatsapp-pejabat.json")
  grep -q '"status":"violation"' <<< "$c_out" || fail "examples/c/check_report.c: $c_out"
fi
echo "install: headers, libraries, CMake package, pkg-config, program, packs and man pages work"
