// Batch mode: records cut from a stream as it arrives, checked on several
// threads, written in input order, none dropped.
#include <sstream>

#include "batch/json_lines_cutter.hpp"
#include "batch/record_splitter.hpp"
#include "fixture.hpp"
#include "netral/batch.hpp"

using namespace netral;
using namespace netral::testing;

namespace {

struct RecordText {
    std::string text;
    std::uint32_t first_line = 0;
};

// Feeds `text` in chunks of `chunk` bytes, as a slow pipe would deliver it.
std::vector<RecordText> split(RecordSplitter& splitter, const std::string& text, std::size_t chunk) {
    std::vector<RecordText> records;
    RecordSink collect = [&](std::string_view record, std::uint32_t first_line) {
        records.push_back({std::string(record), first_line});
    };
    for (std::size_t at = 0; at < text.size(); at += chunk) splitter.feed(std::string_view(text).substr(at, chunk), collect);
    splitter.finish(collect);
    return records;
}

std::vector<RecordText> split(InputFormat format, const std::string& text, std::size_t chunk) {
    RecordSplitter splitter(format);
    return split(splitter, text, chunk);
}


}  // namespace

// Cuts `text` into batches of at least `min_records` lines, reading `read_size`
// bytes at a time as a slow pipe would deliver them.
std::vector<std::vector<RecordText>> cut_json_lines(const std::string& text, std::size_t read_size,
                                                    std::size_t min_records, std::string* error = nullptr) {
    std::istringstream input(text);
    JsonLinesCutter cutter(input, read_size);
    std::vector<std::vector<RecordText>> batches;
    RecordTexts texts;
    while (cutter.fill(texts, min_records)) {
        auto& batch = batches.emplace_back();
        for (std::size_t i = 0; i < texts.size(); ++i) batch.push_back({std::string(texts.text(i)), texts.first_line(i)});
        // simdjson parses the texts in place and reads past the last one.
        CHECK(std::string_view(texts.data() + texts.bytes(), text_padding) == std::string(text_padding, '\0'));
        texts = RecordTexts();
    }
    if (error) *error = cutter.error();
    CHECK(cutter.bytes_read() == (cutter.error().empty() ? text.size() : cutter.bytes_read()));
    return batches;
}

TEST_CASE("JSON Lines: blank lines are not records, wherever the reads end", "[batch]") {
    std::string text = "\xEF\xBB\xBF{\"id\": \"A\"}\n\n   \r\n{\"id\": \"B\"}\r\n\n{\"id\": \"C\"}";
    for (std::size_t read_size : {1, 3, 7, 1000}) {
        for (std::size_t min_records : {1, 2, 100}) {
            std::vector<RecordText> records;
            for (auto& batch : cut_json_lines(text, read_size, min_records)) {
                CHECK(batch.size() >= std::min<std::size_t>(min_records, 3 - records.size()));
                records.insert(records.end(), batch.begin(), batch.end());
            }
            REQUIRE(records.size() == 3);
            CHECK(records[0].text == "{\"id\": \"A\"}");  // without the byte order mark
            CHECK(records[0].first_line == 0);
            CHECK(records[1].text == "{\"id\": \"B\"}\r");
            CHECK(records[1].first_line == 3);
            CHECK(records[2].text == "{\"id\": \"C\"}");
            CHECK(records[2].first_line == 5);
        }
    }
}

TEST_CASE("JSON Lines: a line longer than a read, and a batch closed mid-line", "[batch]") {
    std::string long_line = "{\"id\": \"" + std::string(10000, 'x') + "\"}";
    std::string text = long_line + "\n{\"id\": \"B\"}\n" + long_line + "\n";
    // Reads of 4096 bytes: the first batch's third read ends inside the
    // second long line, whose start is carried to the next batch.
    auto batches = cut_json_lines(text, 4096, 1);
    REQUIRE(batches.size() == 2);
    REQUIRE(batches[0].size() == 2);
    CHECK(batches[0][0].text == long_line);
    CHECK(batches[0][1].text == "{\"id\": \"B\"}");
    REQUIRE(batches[1].size() == 1);
    CHECK(batches[1][0].text == long_line);
    CHECK(batches[1][0].first_line == 2);
}

TEST_CASE("JSON Lines: UTF-16 input is an error, not records", "[batch]") {
    std::string error;
    auto batches = cut_json_lines(std::string("\xFF\xFE{\0}\0\n\0", 8), 1000, 1, &error);
    CHECK(batches.empty());
    CHECK(error.find("UTF-16") != std::string::npos);
}

TEST_CASE("CSV: rows of nothing but separators are skipped; quoted newlines stay in their row", "[batch]") {
    std::string text = "\xEF\xBB\xBFid;acts.0.description\r\nA;\"baris satu\r\nbaris dua\"\r\n;\r\n;;\r\nB;x\r\n";
    for (std::size_t chunk : {1, 5, 1000}) {
        RecordSplitter splitter(InputFormat::csv);
        std::vector<RecordText> records = split(splitter, text, chunk);
        CHECK(splitter.csv_header() == "id;acts.0.description\r\n");
        REQUIRE(records.size() == 2);
        CHECK(records[0].first_line == 1);
        CHECK(records[1].text.substr(0, 3) == "B;x");
        CHECK(records[1].first_line == 5);
    }
}

TEST_CASE("a batch's record texts are kept end to end and come back whole", "[batch]") {
    RecordTexts texts;
    texts.add("{\"id\": \"A\"}", 4);
    texts.add("", 5);
    texts.add(std::string(5000, 'x'), 9);  // the buffer grows: earlier texts must still read back
    REQUIRE(texts.size() == 3);
    CHECK(texts.text(0) == "{\"id\": \"A\"}");
    CHECK(texts.text(1).empty());
    CHECK(texts.text(2) == std::string(5000, 'x'));
    CHECK(texts.first_line(0) == 4);
    CHECK(texts.first_line(2) == 9);
}

TEST_CASE("YAML: documents are cut at `---`, comment-only documents are not records", "[batch]") {
    std::string text = "# kepala\n---\nid: A\n---\n# hanya komentar\n---\nid: B\n";
    auto records = split(InputFormat::yaml, text, 4);
    REQUIRE(records.size() == 2);
    CHECK(records[0].text == "id: A\n");
    CHECK(records[1].text == "id: B\n");
    CHECK(records[1].first_line == 6);
}

TEST_CASE("run_batch: every record out, in input order, on any number of threads", "[batch]") {
    auto pack = compile_rules(rally_rule);
    std::string text;
    for (int i = 0; i < 1000; ++i) {
        if (i % 97 == 5) text += "{broken\n";  // invalid records still get their line
        else
            text += "{\"id\": \"R" + std::to_string(i) + "\", \"actor\": {\"status\": \"pns\"}, \"acts\": [{\"type\": \"rally\", \"a\": " +
                    (i % 2 ? "true" : "false") + "}]}\n";
    }
    auto run = [&](unsigned threads) {
        std::istringstream input(text);
        BatchOptions options;
        options.threads = threads;
        options.batch_records = 16;
        std::string out, observed;
        // Batches are reused once written: an observer must still see each
        // verdict once, in order, with nothing left from an earlier batch.
        BatchResult result = run_batch(
            *pack, input, "in.jsonl", options,
            [](const ReportInput& in, const Verdict& verdict, std::string& line) {
                line += in.id + " " + to_string(verdict.status) + "\n";
            },
            [&](std::string_view chunk) { out += chunk; },
            [&](const Verdict& verdict) { observed += verdict.incident + " " + to_string(verdict.status) + "\n"; });
        REQUIRE(result.error.empty());
        CHECK(result.records == 1000);
        CHECK(result.invalid == 11);
        CHECK(observed == out);
        return out;
    };
    std::string one = run(1);
    CHECK(run(4) == one);
    CHECK(one.substr(0, one.find('\n')) == "R0 no_violation");
    CHECK(one.find("in.jsonl#6 invalid\n") != std::string::npos);
}
