// The JSON syntax error locator (report/json_error_locator.hpp): it must say
// "valid" exactly when simdjson does, and point at the place where a broken
// text stops being JSON.
#include <catch2/catch.hpp>
#include <fstream>
#include <random>
#include <simdjson.h>
#include <sstream>

#include "report/json_error_locator.hpp"

using namespace netral;

namespace {

bool simdjson_accepts(std::string_view text, simdjson::error_code* why = nullptr) {
    static simdjson::dom::parser parser;
    simdjson::padded_string padded(text);
    simdjson::dom::element root;
    auto error = parser.parse(padded).get(root);
    if (why) *why = error;
    return !error;
}

}  // namespace

TEST_CASE("JSON locator: the first byte where JSON breaks", "[json-locator]") {
    constexpr auto valid = std::string_view::npos;
    CHECK(json_error_offset(R"( {"a": [1, 2.5e-3, true, null, "x\"\u00e9"]} )") == valid);
    CHECK(json_error_offset(R"({"a": 1,})") == 8);         // a key expected
    CHECK(json_error_offset(R"({"a": [1, 2})") == 11);     // `}` closes nothing open
    CHECK(json_error_offset(R"({"a": "b)") == 8);          // the text ends inside a string
    CHECK(json_error_offset("{\"a\": \"b\nc\"}") == 8);     // a line break inside a string
    CHECK(json_error_offset(R"({"a": tru})") == 9);        // `tru` ends at the `}`
    CHECK(json_error_offset(R"({"a": 01})") == 7);         // no leading zeros
    CHECK(json_error_offset(R"({"a": 1} x)") == 9);        // something after the value
    CHECK(json_error_offset("") == 0);
    CHECK(json_error_offset("{\"a\": \"\xC0\x80\"}") == 7);  // an overlong form is not UTF-8
}

TEST_CASE("JSON locator: says valid exactly when simdjson does, over mutated reports", "[json-locator]") {
    std::ifstream file(std::string(NETRAL_SOURCE_DIR) + "/samples/laporan-musim-pilkada.jsonl");
    std::vector<std::string> lines;
    for (std::string line; std::getline(file, line);)
        if (!line.empty()) lines.push_back(line);
    REQUIRE(!lines.empty());
    std::mt19937 random(15);
    const std::string alphabet = "{}[]\":,0123456789.-+eE \\tfnu\n\xC3\xA9\xFF";
    std::size_t checked = 0;
    for (int round = 0; round < 4000; ++round) {
        std::string text = lines[random() % lines.size()];
        switch (random() % 3) {
            case 0: text.resize(random() % (text.size() + 1)); break;  // cut short
            case 1: text[random() % text.size()] = alphabet[random() % alphabet.size()]; break;
            default: text.insert(random() % (text.size() + 1), 1, alphabet[random() % alphabet.size()]);
        }
        simdjson::error_code why;
        bool accepted = simdjson_accepts(text, &why);
        std::size_t offset = json_error_offset(text);
        CAPTURE(text, offset, simdjson::error_message(why));
        // Numbers simdjson cannot hold are a different kind of error: the
        // locator only follows the grammar.
        if (why == simdjson::NUMBER_ERROR) continue;
        CHECK(accepted == (offset == std::string_view::npos));
        if (!accepted) CHECK(offset <= text.size());
        ++checked;
    }
    CHECK(checked > 3000);
}
