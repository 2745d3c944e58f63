#!/usr/bin/env python3
"""Drives `netral lsp` over standard input and output with scripted messages
and checks its answers: framing, initialize, diagnostics as a file is typed
(with the unsaved buffer laid over the pack on disk), hover on a provision id,
go to definition, completion, shutdown and exit.

    python3 tests/lsp/drive.py build/netral

The pack is a copy of `netral new` in a temporary folder."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import queue

netral = os.path.abspath(sys.argv[1])
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL " + what, file=sys.stderr)
    else:
        print("ok   " + what)


class Client:
    def __init__(self, cwd):
        self.process = subprocess.Popen([netral, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, cwd=cwd)
        self.messages = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        stream = self.process.stdout
        while True:
            headers = {}
            while True:
                line = stream.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.decode("ascii").rstrip("\r\n")
                if not line:
                    break
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            body = stream.read(int(headers["content-length"]))
            self.messages.put(json.loads(body.decode("utf-8")))

    def send_raw(self, data):
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def send(self, message):
        body = json.dumps(message).encode("utf-8")
        self.send_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == self.next_id and "method" not in m)

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait(self, wanted, timeout=30):
        while True:
            try:
                message = self.messages.get(timeout=timeout)
            except queue.Empty:
                raise SystemExit("timed out waiting for the server")
            if message is None:
                raise SystemExit("the server closed its output")
            if wanted(message):
                return message

    def diagnostics(self, uri):
        return self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                         and m["params"]["uri"] == uri)["params"]["diagnostics"]


def uri(path):
    return "file://" + path


folder = tempfile.mkdtemp(prefix="netral-lsp-")
try:
    subprocess.run([netral, "new", "paket"], cwd=folder, check=True, stdout=subprocess.DEVNULL)
    pack = os.path.join(folder, "paket")
    rule_path = os.path.join(pack, "rules", "kampanye.netral")
    law_path = os.path.join(pack, "law", "contoh-1-2024.netral")
    with open(rule_path) as f:
        rule_text = f.read()
    client = Client(folder)

    # A request before initialize is refused.
    answer = client.request("textDocument/hover", {"textDocument": {"uri": uri(rule_path)},
                                                   "position": {"line": 0, "character": 0}})
    check(answer.get("error", {}).get("code") == -32002, "a request before initialize is refused (-32002)")

    # The workspace is the folder above the pack, as when the repository
    # (with rules/ below it) is opened in an editor.
    answer = client.request("initialize", {"processId": None, "rootUri": uri(folder), "capabilities": {}})
    capabilities = answer["result"]["capabilities"]
    check(capabilities["textDocumentSync"]["change"] == 1, "initialize: full document sync")
    check(capabilities["hoverProvider"] and capabilities["definitionProvider"], "initialize: hover and definition")
    check("completionProvider" in capabilities, "initialize: completion")
    client.notify("initialized", {})

    # Opening a clean file publishes no problem for it.
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri(rule_path), "languageId": "netral",
                                                            "version": 1, "text": rule_text}})
    check(client.diagnostics(uri(rule_path)) == [], "didOpen of a clean file: no diagnostics")

    # Typing a mistake: the unsaved text is checked, at the right place.
    broken = rule_text.replace("cites contoh-1-2024/pasal-2", "cites contoh-1-2024/pasal-9")
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri(rule_path), "version": 2},
                                             "contentChanges": [{"text": broken}]})
    found = client.diagnostics(uri(rule_path))
    line = next(i for i, text in enumerate(broken.split("\n")) if "pasal-9" in text)
    column = broken.split("\n")[line].index("contoh-1-2024/pasal-9")
    check(len(found) >= 1 and found[0]["severity"] == 1, "didChange: the unknown provision is an error")
    check(found and found[0]["range"]["start"] == {"line": line, "character": column},
          "didChange: the error is at the provision id (%s)" % (found[0]["range"] if found else None))
    check(found and "pasal-9" in found[0]["message"] and found[0].get("code", "").startswith("E"),
          "didChange: the message names it, with a code")
    check(found and found[0]["range"]["end"]["character"] == column + len("contoh-1-2024/pasal-9"),
          "didChange: the range covers the whole id")

    # Fixing it clears the file's diagnostics.
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri(rule_path), "version": 3},
                                             "contentChanges": [{"text": rule_text}]})
    check(client.diagnostics(uri(rule_path)) == [], "didChange back: the diagnostics are cleared")

    # Hover on a provision id: citation, text, dates.
    lines = rule_text.split("\n")
    cites_line = next(i for i, text in enumerate(lines) if text.strip().startswith("cites"))
    character = lines[cites_line].index("pasal-2")
    answer = client.request("textDocument/hover", {"textDocument": {"uri": uri(rule_path)},
                                                   "position": {"line": cites_line, "character": character}})
    value = (answer.get("result") or {}).get("contents", {}).get("value", "")
    check("Pasal 2" in value, "hover: the citation (%r)" % value[:80])
    check("dilarang ikut serta dalam kampanye" in value, "hover: the provision's text")
    check("2024-01-01" in value, "hover: the date it is in force from")

    # Go to definition: a provision, a rule (from an example), a level.
    answer = client.request("textDocument/definition", {"textDocument": {"uri": uri(rule_path)},
                                                        "position": {"line": cites_line, "character": character}})
    result = answer.get("result") or {}
    with open(law_path) as f:
        law_lines = f.read().split("\n")
    provision_line = next(i for i, text in enumerate(law_lines) if "provision pasal-2" in text)
    check(result.get("uri") == uri(law_path) and result["range"]["start"]["line"] == provision_line,
          "definition: a provision id goes to its provision (%s)" % result)
    example_path = os.path.join(pack, "examples", "kampanye.netral")
    with open(example_path) as f:
        example_lines = f.read().split("\n")
    rules_line = next(i for i, text in enumerate(example_lines) if "expect rules kampanye.ikut" in text)
    answer = client.request("textDocument/definition", {
        "textDocument": {"uri": uri(example_path)},
        "position": {"line": rules_line, "character": example_lines[rules_line].index("kampanye.ikut") + 3}})
    result = answer.get("result") or {}
    rule_line = next(i for i, text in enumerate(lines) if text.startswith("rule kampanye.ikut"))
    check(result.get("uri") == uri(rule_path) and result["range"]["start"]["line"] == rule_line,
          "definition: a rule id in an example goes to its rule (%s)" % result)
    answer = client.request("textDocument/definition", {"textDocument": {"uri": uri(rule_path)},
                                                        "position": {"line": 0, "character": 0}})
    check(answer.get("result") is None and "error" not in answer, "definition: a word that names nothing is null")

    # A new file, not yet saved: its declarations are found at once.
    extra_path = os.path.join(pack, "rules", "tambahan.netral")
    extra = ("define memihak \"memihak\" = act.stance == support\n"
             "\n"
             "workdays hari_kerja \"hari kerja\" {\n"
             "  weekend saturday, sunday\n"
             "}\n"
             "\n"
             "rule kampanye.lain \"Contoh\" {\n"
             "  per act\n"
             "  when act.type == other\n"
             "  element \"memihak\": memihak\n"
             "  element \"dalam dua hari kerja\": act.date + 2 hari_kerja > 2024-01-01\n"
             "  cites contoh-1-2024/pasal-2\n"
             "  sanction ringan by contoh-1-2024/pasal-3\n"
             "}\n")
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri(extra_path), "languageId": "netral",
                                                            "version": 1, "text": extra}})
    check(client.diagnostics(uri(extra_path)) == [], "didOpen of an unsaved new file: checked with the pack, clean")
    extra_lines = extra.split("\n")
    for word, target_line, what in (("memihak", 0, "a definition"), ("hari_kerja", 2, "a working-day calendar")):
        use_line = next(i for i, text in enumerate(extra_lines) if i > 6 and word in text.split(":")[-1])
        answer = client.request("textDocument/definition", {
            "textDocument": {"uri": uri(extra_path)},
            "position": {"line": use_line, "character": extra_lines[use_line].rindex(word) + 1}})
        result = answer.get("result") or {}
        check(result.get("uri") == uri(extra_path) and result["range"]["start"]["line"] == target_line,
              "definition: %s goes to its declaration (%s)" % (what, result))

    # Completion: fact paths, enum values, provision ids.
    answer = client.request("textDocument/completion", {"textDocument": {"uri": uri(rule_path)},
                                                        "position": {"line": cites_line, "character": 8}})
    labels = {item["label"]: item for item in answer["result"]["items"]}
    check("actor.status" in labels and "act.stance" in labels, "completion: fact paths")
    check("support" in labels and labels["support"]["kind"] == 20, "completion: enum values")
    check("contoh-1-2024/pasal-3" in labels, "completion: provision ids")

    # In context: after `FACT ==` or `FACT in {`, that fact's values; in an id with `/`, provisions.
    def completion_labels(line_text):
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri(extra_path), "version": 9},
                                                 "contentChanges": [{"text": extra + line_text + "\n"}]})
        client.diagnostics(uri(extra_path))
        answer = client.request("textDocument/completion", {
            "textDocument": {"uri": uri(extra_path)},
            "position": {"line": len(extra_lines) - 1, "character": len(line_text)}})
        return sorted(item["label"] for item in answer["result"]["items"])
    check(completion_labels("  element \"x\": act.stance == su") == ["neutral", "support"],
          "completion after `act.stance ==`: its values only")
    check(completion_labels("  subject \"x\": actor.status in {pns, ") == ["non_asn", "pns", "pppk"],
          "completion in `actor.status in {`: its values only")
    check(completion_labels("  cites contoh-1-2024/") == ["contoh-1-2024/pasal-2", "contoh-1-2024/pasal-3"],
          "completion in an id with `/`: provision ids only")

    # A message that is not JSON gets a parse error; an unknown request, -32601.
    client.send_raw(b"Content-Length: 5\r\n\r\n{oops")
    answer = client.wait(lambda m: "error" in m and m.get("id") is None)
    check(answer["error"]["code"] == -32700, "a body that is not JSON: parse error -32700")
    answer = client.request("workspace/nonsense", {})
    check(answer.get("error", {}).get("code") == -32601, "an unknown method: -32601")

    # A file of a folder the pack includes (as rules/bersama): it has no
    # pack.yaml above it, and is checked as part of the pack that includes it.
    shared = os.path.join(folder, "bersama")
    os.makedirs(shared)
    shared_path = os.path.join(shared, "hukum.netral")
    shared_text = ("regulation bersama-1-2024 \"Peraturan Bersama Nomor 1 Tahun 2024 tentang Contoh\" {\n"
                   "  in_force 2024-01-01\n"
                   "  provision pasal-1 { text \"ketentuan bersama\" }\n"
                   "}\n")
    with open(shared_path, "w") as f:
        f.write(shared_text)
    with open(os.path.join(pack, "pack.yaml"), "a") as f:
        f.write("include: [../bersama]\n")
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri(shared_path), "languageId": "netral",
                                                            "version": 1, "text": shared_text}})
    check(client.diagnostics(uri(shared_path)) == [], "didOpen of an included folder's file: checked, clean")
    shared_broken = shared_text.replace("2024-01-01", "2024-13-01")
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri(shared_path), "version": 2},
                                             "contentChanges": [{"text": shared_broken}]})
    found = client.diagnostics(uri(shared_path))
    check(len(found) == 1 and found[0]["range"]["start"]["line"] == 1 and found[0].get("code") == "E002",
          "didChange in an included folder's file: its error, at its line, through the pack (%s)" % found)
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri(shared_path), "version": 3},
                                             "contentChanges": [{"text": shared_text}]})
    check(client.diagnostics(uri(shared_path)) == [], "didChange back in the included file: cleared")
    client.notify("textDocument/didClose", {"textDocument": {"uri": uri(shared_path)}})
    client.diagnostics(uri(shared_path))

    # Closing the buffer checks the file on disk again: still clean.
    client.notify("textDocument/didClose", {"textDocument": {"uri": uri(rule_path)}})
    check(client.diagnostics(uri(rule_path)) == [], "didClose: the file on disk is checked again, clean")

    answer = client.request("shutdown", None)
    check("result" in answer and answer["result"] is None, "shutdown: null result")
    client.notify("exit", None)
    code = client.process.wait(timeout=30)
    check(code == 0, "exit after shutdown: status 0 (got %s)" % code)
finally:
    shutil.rmtree(folder, ignore_errors=True)

if failures:
    print("%d failed" % len(failures), file=sys.stderr)
    sys.exit(1)
print("all passed")
