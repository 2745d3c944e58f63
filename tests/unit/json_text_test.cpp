// JSON string quoting: the fast path (plain ASCII eight bytes at a time)
// must give the bytes a byte-by-byte encoder gives.
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <random>
#include <string>

#include "render/json_text.hpp"

using namespace netral;

namespace {

// One byte at a time, as the JSON spec reads: escapes, control characters as
// \u00XX, valid UTF-8 as it is, an invalid byte as U+FFFD.
std::string reference_quote(const std::string& text) {
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c == '"') out += "\\\"";
        else if (c == '\\') out += "\\\\";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c == '\t') out += "\\t";
        else if (c < 0x20) out += fmt::format("\\u{:04x}", c);
        else if (c < 0x80) out += static_cast<char>(c);
        else {
            std::size_t length = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
            bool valid = length > 0 && i + length <= text.size();
            for (std::size_t k = 1; valid && k < length; ++k)
                valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
            if (!valid) {
                out += "\xEF\xBF\xBD";
                ++i;
                continue;
            }
            out += text.substr(i, length);
            i += length;
            continue;
        }
        ++i;
    }
    return out + "\"";
}

}  // namespace

TEST_CASE("json_quote: the same bytes as a byte-by-byte encoder, for any text", "[render]") {
    const std::vector<std::string> pieces = {"a", "Kabupaten ", "\"", "\\", "\n", "\r", "\t", "\x01", "\x1f", " ",
                                             "\x7f", "é", "€", "😀", "\xC3", "\xE2\x82", "\xFF", "\x80", "0123456789abcdef"};
    std::mt19937 random(42);
    for (int round = 0; round < 5000; ++round) {
        std::string text;
        std::size_t count = random() % 40;
        for (std::size_t i = 0; i < count; ++i) text += pieces[random() % pieces.size()];
        INFO("text: " << reference_quote(text));
        REQUIRE(json_quote(text) == reference_quote(text));
    }
    CHECK(json_quote("") == "\"\"");
    CHECK(json_quote("Uraian perbuatan terlapor \"A\"") == "\"Uraian perbuatan terlapor \\\"A\\\"\"");
}
