// The language server: any bytes, framed or not, cut into pieces of 1 to 256
// bytes (the first byte), fed to a server whose workspace is the small golden
// pack. Every reply must be one valid JSON object in UTF-8, and the server
// must stop only at `exit` or a broken frame, never crash or hang.
#include <simdjson.h>

#include "../fuzz_common.hpp"
#include "netral/lsp.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace netral;
    if (size == 0) return 0;
    std::size_t piece = std::size_t{data[0]} + 1;
    std::string_view input = fuzz::text_of(data + 1, size - 1);
    lsp::Server server;
    lsp::FrameReader reader;
    simdjson::dom::parser parser;
    // Initialized first, so that the fuzzer reaches the document methods.
    std::string init = R"({"jsonrpc":"2.0","id":0,"method":"initialize","params":{"rootUri":"file://)" NETRAL_SOURCE_DIR
                       R"(/tests/golden/packs/mini"}})";
    server.handle(init);
    const std::string placeholder = "file://@/";
    const std::string pack_uri = "file://" NETRAL_SOURCE_DIR "/tests/golden/packs/mini/";
    for (std::size_t at = 0; at < input.size() && !server.exited() && !reader.broken(); at += piece) {
        reader.feed(input.substr(at, piece));
        while (std::optional<std::string> body = reader.next()) {
            // "file://@/" in a seed stands for the pack's folder, wherever
            // the sources are checked out.
            for (std::size_t found = body->find(placeholder); found != std::string::npos;
                 found = body->find(placeholder, found + pack_uri.size()))
                body->replace(found, placeholder.size(), pack_uri);
            for (const std::string& reply : server.handle(*body)) {
                fuzz::require_utf8(reply);
                simdjson::dom::element parsed;
                if (parser.parse(reply).get(parsed) != simdjson::SUCCESS || !parsed.is_object()) {
                    std::fprintf(stderr, "reply: %.2000s\n", reply.c_str());
                    fuzz::found("a reply that is not a JSON object");
                }
            }
            if (server.exited()) break;
        }
    }
    return 0;
}
