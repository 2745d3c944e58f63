#!/usr/bin/env python3
"""`netral serve` end to end over HTTP (docs/serve.md): every endpoint, every
error, the same verdicts and kajian as the command line, concurrent clients,
a slow client that cannot starve the others, and SIGTERM finishing the
request in flight.

Usage: api_test.py NETRAL SOURCE_DIR"""
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from server import Server  # noqa: E402

netral, source = sys.argv[1], sys.argv[2]
samples = os.path.join(source, "samples")
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print(f"FAIL: {what}", file=sys.stderr)


def read(name):
    with open(os.path.join(samples, name), encoding="utf-8") as file:
        return file.read()


def cli(*arguments):
    return subprocess.run([netral, *arguments], capture_output=True, text=True, check=False).stdout


def without_files(verdict):
    """A verdict with its diagnostics' file names removed (the CLI names the
    file, the server `request`)."""
    for diagnostic in verdict.get("diagnostics", []):
        diagnostic.pop("file", None)
    return verdict


with Server(netral) as server:
    # GET /healthz and GET /v1/pack.
    status, health = server.json("GET", "/healthz")
    check(status == 200 and health["status"] == "ok" and health["rulepack"]["name"] == "asn-netralitas", "healthz")
    status, pack = server.json("GET", "/v1/pack")
    check(status == 200, "pack status")
    packs = json.loads(cli("pack"))  # every standard pack: an array
    check(packs[0].items() <= pack.items(), "pack: the first pack's texts, unchanged")
    check(pack["packs"] == packs, "pack: every pack's texts, as netral pack")
    check([p["name"] for p in health["rulepacks"]] == [p["rulepack"]["name"] for p in packs], "healthz: every pack")
    check(pack["labels"]["values"]["actor.status"]["pns"] == "Pegawai Negeri Sipil (PNS)", "pack: value labels")
    check(pack["labels"]["facts"]["acts.date"] == "tanggal perbuatan", "pack: fact labels")

    # POST /v1/check, one report: the verdict of `netral check --format json`.
    for sample in ("grup-whatsapp-pejabat.json",):
        status, verdict = server.json("POST", "/v1/check", read(sample))
        expected = json.loads(cli("check", "--format", "json", os.path.join(samples, sample)))[0]
        check(status == 200 and without_files(verdict) == without_files(expected), f"check {sample} as the CLI")
    status, headers, text = server.request("POST", "/v1/check", read("camat-kampanye-mobil-dinas.yaml"),
                                           "application/yaml")
    expected = json.loads(cli("check", "--format", "json", os.path.join(samples, "camat-kampanye-mobil-dinas.yaml")))
    check(status == 200 and without_files(json.loads(text)) == without_files(expected[0]), "check YAML as the CLI")
    check(headers.get("Content-Type") == "application/json", "check: JSON media type")
    # A village head's report goes to the village pack, as on the command line.
    status, headers, text = server.request("POST", "/v1/check", read("kepala-desa-ajak-warga.yaml"), "application/yaml")
    check(status == 200 and json.loads(text)["rulepack"]["name"] == "kepala-desa", "check: routed to kepala-desa")

    # JSON Lines in and out, in input order, as `netral check --format jsonl`.
    season = read("laporan-musim-pilkada.jsonl")
    status, headers, text = server.request("POST", "/v1/check", season, "application/x-ndjson")
    lines = [without_files(json.loads(line)) for line in text.splitlines()]
    expected = [without_files(json.loads(line)) for line in
                cli("check", "--format", "jsonl", os.path.join(samples, "laporan-musim-pilkada.jsonl")).splitlines()]
    check(status == 200 and headers.get("Content-Type") == "application/x-ndjson", "jsonl: status and type")
    check(lines == expected and len(lines) == len(season.splitlines()), "jsonl: the CLI's verdicts, one per line")

    # A malformed report: 200 with an invalid verdict.
    for body in ('{"id": "X", ', '{"id": "X", "actor": {"status": "raja"}, "acts": [{"type": "voting"}]}', "[1]"):
        status, verdict = server.json("POST", "/v1/check", body)
        verdict = verdict[0] if isinstance(verdict, list) else verdict
        check(status == 200 and verdict["status"] == "invalid" and verdict["diagnostics"], f"invalid: {body}")

    # POST /v1/review: the CLI's kajian, Markdown and HTML.
    report = os.path.join(samples, "camat-kampanye-mobil-dinas.yaml")
    for query, arguments in (("", []), ("?format=html", ["--format", "html"]),
                             ("?format=html&stage=awal&date=2024-10-20", ["--format", "html", "--stage", "awal", "--date", "2024-10-20"])):
        status, headers, text = server.request("POST", "/v1/review" + query, read("camat-kampanye-mobil-dinas.yaml"),
                                               "application/yaml")
        check(status == 200 and text == cli("review", report, *arguments), f"review{query} as the CLI")
    check(headers.get("Content-Type") == "text/html; charset=utf-8", "review: HTML media type")

    # The page, with its policy.
    status, headers, text = server.request("GET", "/")
    check(status == 200 and '<html lang="id">' in text, "page")
    check("script-src 'sha256-" in headers.get("Content-Security-Policy", ""), "page: Content-Security-Policy")

    # Every error: a 4xx with a JSON body naming its code.
    errors = [
        ("GET", "/v1/nothing", None, None, 404, "not_found"),
        ("GET", "/v1/check", None, None, 405, "method_not_allowed"),
        ("POST", "/v1/pack", "{}", "application/json", 405, "method_not_allowed"),
        ("POST", "/v1/check", "", "application/json", 400, "no_report"),
        ("POST", "/v1/check", "{}", "text/plain", 415, "unsupported_media_type"),
        ("POST", "/v1/check?format=xml", "{}", "application/json", 400, "bad_parameter"),
        ("POST", "/v1/review?format=pdf", "{}", "application/json", 400, "bad_parameter"),
        ("POST", "/v1/review?stage=akhir", "{}", "application/json", 400, "bad_parameter"),
        ("POST", "/v1/check", "[" * 100 + "]" * 100, "application/json", 400, "too_deep"),
        ("POST", "/v1/check", "{}\n" * 10001, "application/x-ndjson", 413, "too_many_reports"),
        ("POST", "/v1/check", "\xff\xfe{", "application/json", 400, "unreadable_encoding"),
    ]
    for method, path, body, content_type, expected_status, code in errors:
        data = body.encode("latin-1") if body and body.startswith("\xff") else body
        status, headers, text = server.request(method, path, data, content_type)
        ok = status == expected_status and headers.get("Content-Type") == "application/json"
        ok = ok and json.loads(text)["error"]["code"] == code
        check(ok, f"{method} {path}: {expected_status} {code} (got {status} {text[:120]})")

    # Concurrent clients get the same verdict.
    one = read("grup-whatsapp-pejabat.json")
    reference = server.request("POST", "/v1/check", one, "application/json")[2]
    results = []

    def client():
        for _ in range(25):
            results.append(server.request("POST", "/v1/check", one, "application/json")[2] == reference)

    threads = [threading.Thread(target=client) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    check(len(results) == 400 and all(results), "16 concurrent clients, 400 requests, one verdict")
    check(server.stop() == 0, "exit status 0 after SIGTERM")

# Limits given on the command line: body size; a silent client loses its
# thread after --idle-timeout, so two of them cannot starve a server of two threads.
with Server(netral, "--max-body-size", "1000", "--threads", "2", "--idle-timeout", "1") as server:
    status, headers, text = server.request("POST", "/v1/check", "{" + " " * 2000 + "}", "application/json")
    check(status == 413 and json.loads(text)["error"]["code"] == "body_too_large", f"413 body_too_large ({status} {text})")
    silent = []
    for _ in range(2):
        connection = socket.create_connection(("127.0.0.1", server.port))
        connection.sendall(b"POST /v1/check HTTP/1.1\r\nHost: x\r\n")  # and then nothing
        silent.append(connection)
    started = time.monotonic()
    status, health = server.json("GET", "/healthz")
    waited = time.monotonic() - started
    check(status == 200 and waited < 5, f"a request beside two silent clients answered in {waited:.1f} s")
    for connection in silent:
        connection.close()
    check(server.stop() == 0, "exit status 0 after SIGTERM (limits)")

# SIGTERM while a request is being sent: it is answered, then the server exits.
with Server(netral) as server:
    body = one.encode()
    connection = socket.create_connection(("127.0.0.1", server.port))
    connection.sendall(b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                       b"Connection: close\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body[:50])
    time.sleep(0.3)
    server.process.send_signal(signal.SIGTERM)
    time.sleep(0.3)
    connection.sendall(body[50:])
    answer = b""
    connection.settimeout(10)
    while chunk := connection.recv(65536):
        answer += chunk
    connection.close()
    check(answer.startswith(b"HTTP/1.1 200") and b'"status":"violation"' in answer, "the request in flight at SIGTERM is answered")
    check(server.stop() == 0, "exit status 0 after the request in flight")

if failures:
    print(f"{len(failures)} failure(s)", file=sys.stderr)
    sys.exit(1)
print("serve API: all checks passed")
