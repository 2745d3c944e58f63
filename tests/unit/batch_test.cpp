// Batch mode: records cut from a stream as it arrives, checked on several
// threads, written in input order, none dropped.
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <sstream>
#include <stdexcept>

#include <unistd.h>

#include "batch/json_lines_cutter.hpp"
#include "batch/read_input.hpp"
#include "batch/record_splitter.hpp"
#include "fixture.hpp"
#include "netral/batch.hpp"
#include "netral/descriptor_input.hpp"

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
    RecordSink collect = [&](const CutRecord& record) {
        records.push_back({record.too_large ? "<too large>" : std::string(record.text), record.first_line});
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
                CHECK(!batch.empty());
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

namespace {

// Input that arrives in the given pieces, one per read, as from a pipe whose
// writer sends a piece at a time. Before it hands out piece k > 0 it waits
// (up to ten seconds) until `written` reaches `await[k]`: the test's way of
// asking that what came before was answered before the rest was sent.
class ScriptedInput : public std::streambuf {
public:
    ScriptedInput(std::vector<std::string> pieces, std::vector<std::size_t> await = {})
        : pieces_(std::move(pieces)), await_(std::move(await)) {}

    void wrote(std::size_t records) {
        std::lock_guard lock(mutex_);
        written_ += records;
        changed_.notify_all();
    }
    std::size_t reads() const { return next_; }
    bool waited_in_vain() const { return in_vain_; }

protected:
    std::streamsize xsgetn(char* to, std::streamsize count) override {
        if (next_ >= pieces_.size()) return 0;
        if (next_ < await_.size()) {
            std::unique_lock lock(mutex_);
            std::size_t wanted = await_[next_];
            if (!changed_.wait_for(lock, std::chrono::seconds(10), [&] { return written_ >= wanted; })) in_vain_ = true;
        }
        const std::string& piece = pieces_[next_++];
        // (Not a Catch2 assertion: this runs on a worker thread.)
        if (piece.size() > static_cast<std::size_t>(count)) throw std::length_error("a piece larger than the read");
        std::copy(piece.begin(), piece.end(), to);
        return static_cast<std::streamsize>(piece.size());
    }

private:
    std::vector<std::string> pieces_;
    std::vector<std::size_t> await_;
    std::size_t next_ = 0;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::size_t written_ = 0;
    bool in_vain_ = false;
};

}  // namespace

TEST_CASE("DescriptorInput: a read returns what the pipe has; a bad descriptor is an error, not a crash", "[batch]") {
    int ends[2];
    REQUIRE(::pipe(ends) == 0);
    DescriptorInput buffer(ends[0], 16);
    std::istream input(&buffer);
    std::string error;
    std::vector<char> into(64 * 1024);
    REQUIRE(::write(ends[1], "abc\n", 4) == 4);
    CHECK(read_input(input, into.data(), into.size(), error) == 4);  // not waiting for 64 KiB
    REQUIRE(::write(ends[1], "defghijklmnopqrstuvwxyz\n", 24) == 24);
    ::close(ends[1]);
    CHECK(input.get() == 'd');  // through the 16-byte buffer...
    CHECK(read_input(input, into.data(), into.size(), error) == 15);  // ...whose rest comes first
    CHECK(read_input(input, into.data(), into.size(), error) == 8);
    CHECK(std::string(into.data(), 8) == "tuvwxyz\n");
    CHECK(read_input(input, into.data(), into.size(), error) == 0);
    CHECK(error.empty());
    ::close(ends[0]);

    DescriptorInput closed(ends[0]);  // closed just now
    std::istream unreadable(&closed);
    CHECK(read_input(unreadable, into.data(), into.size(), error) == 0);
    CHECK(error.find("could not be read") != std::string::npos);
}

TEST_CASE("JSON Lines: a short read closes the batch; the cutter does not wait for more", "[batch]") {
    ScriptedInput pieces({"{\"id\": \"A\"}\n{\"id\": \"B\"}\n{\"id\": \"C", "\"}\n", "{\"id\"", ": \"D\"}\n"});
    std::istream input(&pieces);
    JsonLinesCutter cutter(input, 1000);
    RecordTexts texts;
    REQUIRE(cutter.fill(texts, 100));  // two whole lines in a short read: enough for now
    CHECK(pieces.reads() == 1);
    REQUIRE(texts.size() == 2);
    CHECK(texts.text(1) == "{\"id\": \"B\"}");
    texts.clear();
    REQUIRE(cutter.fill(texts, 100));  // the carried start of C, completed
    CHECK(pieces.reads() == 2);
    REQUIRE(texts.size() == 1);
    CHECK(texts.text(0) == "{\"id\": \"C\"}");
    texts.clear();
    REQUIRE(cutter.fill(texts, 100));  // a read with no whole line reads on
    CHECK(pieces.reads() == 4);
    REQUIRE(texts.size() == 1);
    CHECK(texts.text(0) == "{\"id\": \"D\"}");
    texts.clear();
    CHECK_FALSE(cutter.fill(texts, 100));
    CHECK(cutter.error().empty());
}

TEST_CASE("run_batch: each report that has arrived is answered before the next arrives", "[batch]") {
    // (JSON Lines, a JSON array, YAML documents, CSV rows.)
    auto pack = compile_rules(rally_rule);
    auto report = [](const std::string& id) {
        return "{\"id\": \"" + id + "\", \"actor\": {\"status\": \"pns\"}, \"acts\": [{\"type\": \"rally\"}]}";
    };
    struct Case {
        InputFormat format;
        std::vector<std::string> pieces;
    };
    for (const Case& slow : {Case{InputFormat::jsonl, {report("A") + "\n", report("B") + "\n", report("C") + "\n"}},
                             Case{InputFormat::yaml, {"id: A\nactor: {status: pns}\nacts: [{type: rally}]\n",
                                                      "---\nid: B\nactor: {status: pns}\nacts: [{type: rally}]\n",
                                                      "---\nid: C\nactor: {status: pns}\nacts: [{type: rally}]\n"}},
                             Case{InputFormat::json, {"[\n  " + report("A") + ",\n", "  " + report("B") + ",\n",
                                                      "  " + report("C") + "\n]\n"}},
                             Case{InputFormat::csv, {"id,actor.status,acts.0.type\nA,pns,rally\n", "B,pns,rally\n",
                                                     "C,pns,rally\n"}}}) {
        for (unsigned threads : {1u, 2u}) {
            CAPTURE(static_cast<int>(slow.format), threads);
            // Piece k is sent only once k reports have been written. (A YAML
            // document ends where the next one starts: its first report is
            // complete only when the second piece has come.)
            std::vector<std::size_t> await = {0, 1, 2};
            if (slow.format == InputFormat::yaml) await = {0, 0, 1};
            ScriptedInput pieces(slow.pieces, await);
            std::istream input(&pieces);
            BatchOptions options;
            options.format = slow.format;
            options.threads = threads;
            std::string out;
            BatchResult result = run_batch(
                *pack, input, "slow", options,
                [](const ReportInput& in, const Verdict&, std::string& line) { line += in.id + "\n"; },
                [&](std::string_view chunk) {
                    out += chunk;
                    pieces.wrote(static_cast<std::size_t>(std::count(chunk.begin(), chunk.end(), '\n')));
                });
            CHECK_FALSE(pieces.waited_in_vain());
            CHECK(result.error.empty());
            CHECK(result.records == 3);
            CHECK(out == "A\nB\nC\n");
        }
    }
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
    CHECK(records[0].text == "---\nid: A\n");  // a document starts at its `---`
    CHECK(records[1].text == "---\nid: B\n");
    CHECK(records[1].first_line == 5);
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
