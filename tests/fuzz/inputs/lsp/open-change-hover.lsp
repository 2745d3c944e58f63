Content-Length: 743

{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file://@/rules.netral", "languageId": "netral", "version": 1, "text": "rule kampanye \"ASN ikut kampanye\" {\n  per act\n  subject \"Setiap ASN\": actor.status in {pns, pppk}\n  when act.type == rally\n  element \"memihak\": act.stance == support\n  unless \"tugas kedinasan\": act.official_duty\n  cites pp-1-2020/pasal-1/huruf-a\n  sanction sedang by pp-1-2020/pasal-2\n  note \"Pilihan penyusun: penonton tidak termasuk (satu sumber, C1).\"\n  reasoning \"Kehadiran secara pasif sebagai penonton tidak termasuk perbuatan ini.\"\n  reasoning \"Tahap calon ditentukan oleh tanggal penetapan pasangan calon, 22 September 2024.\" for pilkada-2024\n}\n"}}}Content-Length: 735

{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file://@/rules.netral", "version": 2}, "contentChanges": [{"text": "rule kampanye \"ASN ikut kampanye\" {\n  per act\n  subject \"Setiap ASN\": actor.status in {pns, pppk}\n  when act.type == rally\n  element \"memihak\": act.stance == support\n  unless \"tugas kedinasan\": act.official_duty\n  cites pp-1-2020/pasal-9\n  sanction sedang by pp-1-2020/pasal-2\n  note \"Pilihan penyusun: penonton tidak termasuk (satu sumber, C1).\"\n  reasoning \"Kehadiran secara pasif sebagai penonton tidak termasuk perbuatan ini.\"\n  reasoning \"Tahap calon ditentukan oleh tanggal penetapan pasangan calon, 22 September 2024.\" for pilkada-2024\n}\n"}]}}Content-Length: 163

{"jsonrpc": "2.0", "id": 1, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file://@/rules.netral"}, "position": {"line": 7, "character": 14}}}Content-Length: 168

{"jsonrpc": "2.0", "id": 2, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file://@/rules.netral"}, "position": {"line": 7, "character": 14}}}Content-Length: 167

{"jsonrpc": "2.0", "id": 3, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file://@/rules.netral"}, "position": {"line": 3, "character": 2}}}Content-Length: 115

{"jsonrpc": "2.0", "method": "textDocument/didClose", "params": {"textDocument": {"uri": "file://@/rules.netral"}}}Content-Length: 49

{"jsonrpc": "2.0", "id": 4, "method": "shutdown"}Content-Length: 36

{"jsonrpc": "2.0", "method": "exit"}