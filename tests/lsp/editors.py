#!/usr/bin/env python3
"""The editor files: every JSON file of editors/vscode is valid JSON, the
extension's manifest points at files that exist and starts `netral lsp`, and
the TextMate grammar and the vim syntax file highlight every keyword of the
language in both sets, as grammar/src/dsl_grammar.hpp declares them.

    python3 tests/lsp/editors.py ROOT"""
import json
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "."
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what, file=sys.stdout if condition else sys.stderr)
    if not condition:
        failures.append(what)


vscode = os.path.join(root, "editors", "vscode")
documents = {}
for folder, _, files in os.walk(vscode):
    for name in files:
        if name.endswith(".json"):
            path = os.path.join(folder, name)
            try:
                with open(path, encoding="utf-8") as f:
                    documents[os.path.relpath(path, vscode)] = json.load(f)
                check(True, "valid JSON: " + os.path.relpath(path, root))
            except ValueError as error:
                check(False, "valid JSON: %s (%s)" % (os.path.relpath(path, root), error))

manifest = documents.get("package.json", {})
languages = manifest.get("contributes", {}).get("languages", [])
grammars = manifest.get("contributes", {}).get("grammars", [])
check(any(".netral" in language.get("extensions", []) for language in languages), "package.json: .netral files")
for entry in languages + grammars:
    for key in ("configuration", "path"):
        if key in entry:
            check(os.path.isfile(os.path.join(vscode, entry[key])), "package.json: %s exists" % entry[key])
check(os.path.isfile(os.path.join(vscode, manifest.get("main", "missing"))), "package.json: main exists")
with open(os.path.join(vscode, "extension.js"), encoding="utf-8") as f:
    extension = f.read()
check('args: ["lsp"]' in extension and "TransportKind.stdio" in extension, "extension.js starts `netral lsp` on stdio")

# The keywords, from the parser's own declarations.
with open(os.path.join(root, "grammar", "src", "dsl_grammar.hpp"), encoding="utf-8") as f:
    source = f.read()
keywords = set()
for english, indonesian in re.findall(r'NETRAL_KEYWORD\(\w+, "([^"]+)", "([^"]+)"\)', source):
    keywords.update([english, indonesian])
for english, indonesian in re.findall(r'either<TAO_PEGTL_KEYWORD\("([^"]+)"\),\s*TAO_PEGTL_KEYWORD\("([^"]+)"\)>', source):
    keywords.update([english, indonesian])
keywords.update(re.findall(r'struct \w+ : (?:pg::seq<)?TAO_PEGTL_KEYWORD\("([^"]+)"\)', source))
check(len(keywords) > 150, "the parser declares keywords in both languages (%d)" % len(keywords))

# TextMate: each keyword is matched, whole, by one of the grammar's patterns
# (Python's re reads these simple Oniguruma patterns the same way).
grammar = documents.get(os.path.join("syntaxes", "netral.tmLanguage.json"), {})
patterns = []
for name, rule in grammar.get("repository", {}).items():
    if "match" in rule and name not in ("comment", "string", "provision-id", "number", "date", "operator"):
        patterns.append(re.compile(rule["match"]))
unmatched = sorted(k for k in keywords if not any(p.fullmatch(k) or p.fullmatch("  " + k) for p in patterns))
check(not unmatched, "TextMate grammar: every keyword highlighted (missing: %s)" % ", ".join(unmatched))
samples = {"comment": "# catatan", "date": "2024-11-27", "provision-id": "pp-94-2021/pasal-5/huruf-n/angka-4"}
for name, text in samples.items():
    rule = grammar.get("repository", {}).get(name, {})
    check("match" in rule and re.fullmatch(rule["match"], text) is not None, "TextMate grammar: %s (%s)" % (name, text))

# vim: each keyword in a `syntax keyword` line.
with open(os.path.join(root, "editors", "vim", "syntax", "netral.vim"), encoding="utf-8") as f:
    vim_words = set()
    for line in f:
        if line.startswith("syntax keyword "):
            vim_words.update(line.split()[3:])
missing = sorted(keywords - vim_words)
check(not missing, "vim syntax: every keyword highlighted (missing: %s)" % ", ".join(missing))

if failures:
    print("%d failed" % len(failures), file=sys.stderr)
    sys.exit(1)
print("all passed")
