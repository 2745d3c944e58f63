// JSON input cut into records without parsing: the elements of an array (or
// values at the top), found whatever the reads' sizes, with their positions;
// a broken element stays one record.
#include <catch2/catch.hpp>
#include <sstream>

#include "batch/json_array_cutter.hpp"
#include "report/json_value_scanner.hpp"

using namespace netral;

namespace {

struct Found {
    std::string text;
    std::uint32_t line, column;
    bool operator==(const Found& other) const {
        return text == other.text && line == other.line && column == other.column;
    }
};

std::ostream& operator<<(std::ostream& out, const Found& found) {
    return out << "{" << found.text << " @" << found.line << ":" << found.column << "}";
}

// The values of `text`, fed `piece` bytes at a time.
std::vector<Found> scan(const std::string& text, std::size_t piece = 1 << 20, std::string* error = nullptr) {
    JsonValueScanner scanner;
    std::vector<Found> found;
    auto take = [&](const JsonValueSpan& value) {
        found.push_back({text.substr(value.begin, value.end - value.begin), value.line, value.column});
    };
    // Piece by piece from where the scanner is: it may go back to cut an
    // element short.
    auto feed = [&] {
        while (scanner.consumed() < text.size())
            scanner.feed(std::string_view(text).substr(scanner.consumed(), piece), take);
    };
    feed();
    while (!scanner.finish(take)) feed();
    if (error) *error = scanner.error();
    return found;
}

}  // namespace

TEST_CASE("JSON scanner: an array's elements with their lines and columns, whatever the pieces", "[json-scanner]") {
    std::string text =
        "\xEF\xBB\xBF[\n"
        "  {\"id\": \"A\", \"note\": \"kurung ] } dan kutip \\\" dan \\\\\"},\n"
        "  {\n"
        "    \"id\": \"B\", \"acts\": [{\"type\": \"x\"}, []]\n"
        "  }, 42,\"teks\" , true\n"
        "]\n";
    std::vector<Found> expected = {
        {"{\"id\": \"A\", \"note\": \"kurung ] } dan kutip \\\" dan \\\\\"}", 1, 2},
        {"{\n    \"id\": \"B\", \"acts\": [{\"type\": \"x\"}, []]\n  }", 2, 2},
        {"42", 4, 5},
        {"\"teks\"", 4, 8},
        {"true", 4, 17},
    };
    for (std::size_t piece : {1, 2, 7, 1000}) {
        CAPTURE(piece);
        std::string error;
        CHECK(scan(text, piece, &error) == expected);
        CHECK(error.empty());
    }
}

TEST_CASE("JSON scanner: one object, objects one after another, text after the array", "[json-scanner]") {
    CHECK(scan("{\"id\": \"A\"}\n") == std::vector<Found>{{"{\"id\": \"A\"}", 0, 0}});
    CHECK(scan("{\"id\": 1}\n{\"id\": 2} , {\"id\": 3}") ==
          std::vector<Found>{{"{\"id\": 1}", 0, 0}, {"{\"id\": 2}", 1, 0}, {"{\"id\": 3}", 1, 12}});
    // Nothing after the `]` is dropped unseen: it is one more record.
    CHECK(scan("[{\"id\": 1}] x]") == std::vector<Found>{{"{\"id\": 1}", 0, 1}, {"x", 0, 12}, {"]", 0, 13}});
    CHECK(scan("[ ]\n").empty());
}

TEST_CASE("JSON scanner: a broken element stays one record", "[json-scanner]") {
    // A bracket that does not match closes the ones opened after its match.
    CHECK(scan("[{\"a\": [1}, {\"b\": 2}]") == std::vector<Found>{{"{\"a\": [1}", 0, 1}, {"{\"b\": 2}", 0, 12}});
    // An element left open ends where the next one starts on a line of its
    // own at the same column; the array's `]` still closes the array.
    std::string error;
    CHECK(scan("[\n {\"a\": 1,\n {\"b\": 2}\n]\n", 3, &error) ==
          std::vector<Found>{{"{\"a\": 1", 1, 1}, {"{\"b\": 2}", 2, 1}});
    CHECK(error.empty());
    // Written on one line, it runs on to the bracket that closes its outer level.
    CHECK(scan("[{\"a\": 1, {\"b\": 2}]\n", 3, &error) == std::vector<Found>{{"{\"a\": 1, {\"b\": 2}", 0, 1}});
    // A string that loses its closing quote ends at its line's end: the
    // array's `]` is still seen as such.
    CHECK(scan("[{\"a\": \"x}\n, {\"b\": 2}]", 1, &error) == std::vector<Found>{{"{\"a\": \"x}\n, {\"b\": 2}", 0, 1}});
    CHECK(error.empty());
}

TEST_CASE("JSON scanner: an array cut short is an error; the element cut short a record", "[json-scanner]") {
    std::string error;
    CHECK(scan("[{\"id\": 1}, {\"id\": 2}", 5, &error) ==
          std::vector<Found>{{"{\"id\": 1}", 0, 1}, {"{\"id\": 2}", 0, 12}});
    CHECK(error.find("no closing `]`") != std::string::npos);
    CHECK(scan("[{\"id\": 1}, {\"id\"", 5, &error) ==
          std::vector<Found>{{"{\"id\": 1}", 0, 1}, {"{\"id\"", 0, 12}});
    CHECK(!error.empty());
}

TEST_CASE("JSON array cutter: batches of elements as the reads come, positions kept", "[json-scanner]") {
    std::string text = "[\n";
    for (int i = 0; i < 300; ++i) text += std::string(i ? ",\n" : "") + "  {\"id\": \"R" + std::to_string(i) + "\"}";
    text += "\n]\n";
    for (std::size_t read_size : {1, 5, 64, 100000}) {
        for (std::size_t min_records : {1, 16, 1000}) {
            CAPTURE(read_size, min_records);
            std::istringstream input(text);
            JsonArrayCutter cutter(input, read_size);
            RecordTexts texts;
            std::size_t seen = 0;
            std::vector<std::size_t> sizes;
            while (cutter.fill(texts, min_records)) {
                sizes.push_back(texts.size());
                for (std::size_t i = 0; i < texts.size(); ++i, ++seen) {
                    CHECK(texts.text(i) == "{\"id\": \"R" + std::to_string(seen) + "\"}");
                    CHECK(texts.first_line(i) == seen + 1);
                    CHECK(texts.first_column(i) == 2);
                }
                // simdjson parses the texts in place and reads past the last one.
                CHECK(std::string_view(texts.data() + texts.bytes(), text_padding) == std::string(text_padding, '\0'));
                texts.clear();
            }
            CHECK(seen == 300);
            // A string's reads are full until its end: only the last batch may be short.
            for (std::size_t i = 0; i + 1 < sizes.size(); ++i) CHECK(sizes[i] >= min_records);
            CHECK(cutter.error().empty());
            CHECK(cutter.bytes_read() == text.size());
        }
    }
}

TEST_CASE("JSON array cutter: UTF-16 is an error, an unclosed array too (after its elements)", "[json-scanner]") {
    std::istringstream utf16(std::string("\xFF\xFE[\0{\0}\0]\0", 10));
    JsonArrayCutter refused(utf16);
    RecordTexts texts;
    CHECK_FALSE(refused.fill(texts, 10));
    CHECK(refused.error().find("UTF-16") != std::string::npos);

    std::istringstream cut("[{\"id\": 1}, {\"id\": 2}");
    JsonArrayCutter cutter(cut, 4);
    std::size_t records = 0;
    while (cutter.fill(texts, 10)) {
        records += texts.size();
        texts.clear();
    }
    CHECK(records == 2);
    CHECK(cutter.error().find("no closing `]`") != std::string::npos);
}
