#!/usr/bin/env python3
"""Checks one report file (JSON) with libnetral through ctypes and prints its
verdict: status, provisions violated, sanction level.

    NETRAL_LIBRARY=build/lib/libnetral.so python3 examples/python/check_report.py samples/grup-whatsapp-pejabat.json
"""
import json
import sys

from netral import Pack


def main():
    if len(sys.argv) != 2:
        print("usage: check_report.py REPORT.json", file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as file:
        report = file.read()
    with Pack() as pack:
        verdict = json.loads(pack.check_text(report))
    violated = sorted({p for f in verdict["findings"] if f["status"] == "violation" for p in f.get("provisions", [])})
    print(f"{verdict['incident']}: {verdict['status']}, sanksi {verdict['sanction']['level']}")
    for provision in violated:
        print(f"  {provision}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
