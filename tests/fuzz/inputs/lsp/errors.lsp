Content-Length: 61

{"jsonrpc": "2.0", "id": "x", "method": "nope", "params": {}}Content-Length: 158

{"jsonrpc": "2.0", "id": 5, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///%ZZ%"}, "position": {"line": -1, "character": 99999}}}Content-Length: 131

{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///", "text": "\u00e9\ud83d\ude00"}}}