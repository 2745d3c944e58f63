// The language server's pieces without a process: framing, positions in
// UTF-16, URIs, and the server answering messages handed to it.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <catch2/catch.hpp>

#include "lsp/navigation.hpp"
#include "lsp/text_positions.hpp"
#include "netral/lsp.hpp"
#include "netral/scaffold.hpp"

using namespace netral;
using namespace netral::lsp;

TEST_CASE("frames are cut by Content-Length, whatever the pieces they arrive in", "[lsp]") {
    FrameReader reader;
    std::string two = frame(R"({"a":1})") + frame(R"({"b":"é"})");
    // Byte by byte: nothing until a body is whole.
    std::vector<std::string> bodies;
    for (char c : two) {
        reader.feed(std::string_view(&c, 1));
        while (auto body = reader.next()) bodies.push_back(*body);
    }
    REQUIRE(bodies == std::vector<std::string>{R"({"a":1})", R"({"b":"é"})"});
    REQUIRE_FALSE(reader.broken());

    FrameReader other;
    other.feed("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: 2\r\n\r\n{}");
    REQUIRE(other.next() == std::optional<std::string>("{}"));
}

TEST_CASE("a header without a usable Content-Length breaks the stream with a reason", "[lsp]") {
    FrameReader missing;
    missing.feed("X-Other: 1\r\n\r\n{}");
    REQUIRE_FALSE(missing.next());
    REQUIRE(missing.broken());
    REQUIRE(missing.broken_reason().find("Content-Length") != std::string::npos);

    FrameReader not_a_number;
    not_a_number.feed("Content-Length: 12x\r\n\r\n");
    REQUIRE_FALSE(not_a_number.next());
    REQUIRE(not_a_number.broken());

    FrameReader huge;
    huge.feed("Content-Length: 99999999999\r\n\r\n");
    REQUIRE_FALSE(huge.next());
    REQUIRE(huge.broken());
}

TEST_CASE("columns are counted in UTF-16 code units, as LSP wants", "[lsp]") {
    std::string_view line = "a\xC3\xA9" "b\xF0\x9F\x98\x80" "c";  // a é b 😀 c
    REQUIRE(utf16_units(line, 1) == 1);
    REQUIRE(utf16_units(line, 3) == 2);   // after é (2 bytes, 1 unit)
    REQUIRE(utf16_units(line, 8) == 5);   // after 😀 (4 bytes, 2 units)
    REQUIRE(byte_offset(line, 5) == 8);
    REQUIRE(byte_offset(line, 99) == line.size());
    REQUIRE(line_of("one\r\ntwo\nthree", 1) == "two");
    REQUIRE(line_of("one", 4).empty());
}

TEST_CASE("file URIs are decoded and encoded", "[lsp]") {
    // Under the machine's temporary folder, whose path (like /tmp) needs no
    // escaping in a URI; only the parts added here do.
    std::string base = std::filesystem::temp_directory_path().lexically_normal().generic_string();
    while (base.size() > 1 && base.back() == '/') base.pop_back();
    const bool plain = std::all_of(base.begin(), base.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '-' || c == '_' || c == '.';
    });
    if (!plain) base = "";  // the root: still a path with nothing to escape
    REQUIRE(path_from_uri("file://" + base + "/a%20b/c.netral") == base + "/a b/c.netral");
    REQUIRE(path_from_uri("file://localhost" + base + "/x") == base + "/x");
    REQUIRE(path_from_uri("untitled:Untitled-1").empty());
    REQUIRE(uri_from_path(base + "/a b/ü.netral") == "file://" + base + "/a%20b/%C3%BC.netral");
    REQUIRE(path_from_uri(uri_from_path(base + "/a b/ü.netral")) == base + "/a b/ü.netral");
}

TEST_CASE("the word under the cursor is an identifier, a path or a provision id", "[lsp]") {
    std::string_view line = "  cites pp-1-2020/pasal-2, uu-5/pasal-9.";
    REQUIRE(word_at(line, 12).text == "pp-1-2020/pasal-2");
    REQUIRE(word_at(line, 30).text == "uu-5/pasal-9");  // the full stop is not part of it
    REQUIRE(word_at(line, 0).text.empty());
}

TEST_CASE("the server answers initialize, refuses what it does not know, and exits", "[lsp]") {
    Server server;
    auto before = server.handle(R"({"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{}})");
    REQUIRE(before.size() == 1);
    REQUIRE(before[0].find("-32002") != std::string::npos);

    auto init = server.handle(R"({"jsonrpc":"2.0","id":"a","method":"initialize","params":{"rootUri":null}})");
    REQUIRE(init.size() == 1);
    REQUIRE(init[0].find(R"("id":"a")") != std::string::npos);
    REQUIRE(init[0].find(R"("hoverProvider":true)") != std::string::npos);

    REQUIRE(server.handle("not json")[0].find("-32700") != std::string::npos);
    REQUIRE(server.handle(R"({"jsonrpc":"2.0","id":2,"method":"nope","params":{}})")[0].find("-32601") !=
            std::string::npos);
    // A document outside any pack: nothing to say, and no crash.
    REQUIRE(server.handle(R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":)"
                          R"({"uri":"file:///nonexistent/x.netral","text":"rule {"}}})")
                .empty());
    REQUIRE_FALSE(server.exited());
    server.handle(R"({"jsonrpc":"2.0","method":"exit"})");
    REQUIRE(server.exited());
    REQUIRE(server.exit_code() == 1);  // exit without shutdown
}

TEST_CASE("after shutdown only exit is accepted, and the exit code is then 0", "[lsp]") {
    Server server;
    server.handle(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{}})");
    auto shutdown = server.handle(R"({"jsonrpc":"2.0","id":2,"method":"shutdown"})");
    REQUIRE(shutdown.size() == 1);
    REQUIRE(shutdown[0].find(R"("result":null)") != std::string::npos);
    auto late = server.handle(R"({"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{}})");
    REQUIRE(late.size() == 1);
    REQUIRE(late[0].find("-32600") != std::string::npos);
    server.handle(R"({"jsonrpc":"2.0","method":"exit"})");
    REQUIRE(server.exit_code() == 0);
}

TEST_CASE("a request sent as a notification (no id) gets no response", "[lsp]") {
    // Found by the fuzzer in CI: `shutdown` without an id was answered with
    // `"id":,` — not JSON. JSON-RPC answers no notification.
    Server server;
    REQUIRE(server.handle(R"({"jsonrpc":"2.0","method":"initialize","params":{}})").empty());
    REQUIRE(server.handle(R"({"jsonrpc":"2.0","method":"textDocument/hover","params":{"textDocument":)"
                          R"({"uri":"file:///x.netral"},"position":{"line":0,"character":0}}})")
                .empty());
    REQUIRE(server.handle(R"({"jsonrpc":"2.0","method":"textDocument/completion","params":{}})").empty());
    REQUIRE(server.handle(R"({"jsonrpc":"2.0","method":"shutdown"})").empty());
    server.handle(R"({"jsonrpc":"2.0","method":"exit"})");
    REQUIRE(server.exit_code() == 0);  // the shutdown notification still shut the server down
}

TEST_CASE("the skeleton pack of `netral new` loads clean and passes its examples", "[lsp][scaffold]") {
    PackSource source = skeleton_pack("contoh");
    source.root = "contoh";
    PackLoad loaded = load_pack(source);
    REQUIRE(loaded.diagnostics.empty());
    REQUIRE(loaded.pack);
}
