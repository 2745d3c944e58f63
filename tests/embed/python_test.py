#!/usr/bin/env python3
"""The C API through ctypes (examples/python/netral.py): the same verdict as
`netral check --format json`, an invalid verdict for a malformed report,
errors as values for a bad pack folder and no report, and one pack shared by
threads.

Usage: python_test.py LIBNETRAL NETRAL SOURCE_DIR"""
import json
import os
import subprocess
import sys
import tempfile
import threading

library_path, netral, source = sys.argv[1], sys.argv[2], sys.argv[3]
sys.path.insert(0, os.path.join(source, "examples", "python"))
from netral import NetralError, Pack, load_library  # noqa: E402

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print(f"FAIL: {what}", file=sys.stderr)


library = load_library(library_path)
check(library.netral_version().decode().startswith("netral "), "version")
sample = os.path.join(source, "samples", "grup-whatsapp-pejabat.json")
with open(sample, encoding="utf-8") as file:
    report = file.read()
expected = json.loads(subprocess.run([netral, "check", "--format", "json", sample], capture_output=True,
                                     text=True, check=True).stdout)[0]

with Pack(library=library) as pack:
    verdict = json.loads(pack.check_text(report))
    check(verdict == expected, "the CLI's verdict")
    check(pack.check(json.loads(report))["status"] == expected["status"], "a dict in, a dict out")
    check(isinstance(pack.check([json.loads(report)] * 2), list), "an array gives an array")
    broken = pack.check_text('{"id": "X", ')
    check(json.loads(broken)["status"] == "invalid", "a malformed report is an invalid verdict")
    try:
        pack.check_text("")
        check(False, "no report is an error")
    except NetralError as error:
        check(error.status == 3 and "no_report" in error.message, f"no report: status 3 ({error})")
    check("provisions" in pack.texts(), "the pack's texts")

    # One pack, eight threads, the same verdict.
    results = []

    def worker():
        for _ in range(50):
            results.append(json.loads(pack.check_text(report)) == expected)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    check(len(results) == 400 and all(results), "eight threads share one pack")

# The standard pack from its folder; a folder that is not a pack is an error value.
with Pack(os.path.join(source, "rules", "asn-netralitas"), library=library) as pack:
    check(json.loads(pack.check_text(report))["status"] == expected["status"], "a pack from a folder")
with tempfile.TemporaryDirectory() as empty:
    with open(os.path.join(empty, "rules.netral"), "w", encoding="utf-8") as file:
        file.write("rule broken {\n")
    try:
        Pack(empty, library=library)
        check(False, "a broken pack is an error")
    except NetralError as error:
        check(error.status == 2 and "rules.netral" in error.message, f"a broken pack: status 2 with where ({error})")

# The example program.
output = subprocess.run([sys.executable, os.path.join(source, "examples", "python", "check_report.py"), sample],
                        capture_output=True, text=True, env={**os.environ, "NETRAL_LIBRARY": library_path})
check(output.returncode == 0 and f"{expected['incident']}: {expected['status']}" in output.stdout,
      f"check_report.py: {output.stdout} {output.stderr}")

if failures:
    sys.exit(1)
print("C API from Python: all checks passed")
