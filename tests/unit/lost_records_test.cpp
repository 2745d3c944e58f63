// One verdict per record, always: inputs a real user produces that once lost
// records without a word (issue 15, items 1 to 5). Each is read three ways,
// which must agree: whole (read_reports, as `netral review` reads), as a
// stream in large reads, and as a stream trickling in one byte at a time.
#include <sstream>

#include "fixture.hpp"
#include "netral/batch.hpp"

using namespace netral;
using namespace netral::testing;

namespace {

// A stream buffer whose reads return one byte at a time, like a slow pipe.
class TrickleBuffer : public std::streambuf {
public:
    explicit TrickleBuffer(std::string text) : text_(std::move(text)) {}

protected:
    int_type underflow() override {
        if (at_ >= text_.size()) return traits_type::eof();
        setg(&text_[at_], &text_[at_], &text_[at_] + 1);
        ++at_;
        return traits_type::to_int_type(*gptr());
    }
    std::streamsize xsgetn(char* to, std::streamsize count) override {
        if (count <= 0) return 0;
        if (gptr() < egptr()) {
            *to = *gptr();
            gbump(1);
            return 1;
        }
        if (at_ >= text_.size()) return 0;
        *to = text_[at_++];
        return 1;
    }

private:
    std::string text_;
    std::size_t at_ = 0;
};

struct Seen {
    std::string id;
    VerdictStatus status;
    std::string codes;  // the diagnostics' codes, space-separated
};

std::string codes_of(const Diagnostics& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics) out += (out.empty() ? "" : " ") + d.code;
    return out;
}

std::vector<Seen> whole(const Pack& pack, const std::string& text, InputFormat format) {
    std::vector<Seen> seen;
    for (const ReportInput& input : read_reports(text, "in", format, pack)) {
        Verdict verdict = check(pack, input);
        seen.push_back({verdict.incident, verdict.status, codes_of(verdict.diagnostics)});
    }
    return seen;
}

std::vector<Seen> streamed(const Pack& pack, std::istream& input, InputFormat format, std::string* error) {
    std::vector<Seen> seen;
    BatchOptions options;
    options.format = format;
    options.threads = 2;
    BatchResult result = run_batch(
        pack, input, "in", options, [](const ReportInput&, const Verdict&, std::string&) {}, [](std::string_view) {},
        [&](const Verdict& verdict) { seen.push_back({verdict.incident, verdict.status, codes_of(verdict.diagnostics)}); });
    if (error) *error = result.error;
    CHECK(result.records == seen.size());
    return seen;
}

// The verdicts of `text` read whole; the same ones streamed, in large reads
// and in reads of one byte (with no error of the input as a whole).
std::vector<Seen> every_way(const Pack& pack, const std::string& text, InputFormat format) {
    std::vector<Seen> read_whole = whole(pack, text, format);
    std::istringstream file(text);
    std::string error;
    std::vector<Seen> from_file = streamed(pack, file, format, &error);
    CHECK(error.empty());
    TrickleBuffer trickle(text);
    std::istream slow(&trickle);
    std::vector<Seen> from_trickle = streamed(pack, slow, format, &error);
    CHECK(error.empty());
    REQUIRE(from_file.size() == read_whole.size());
    REQUIRE(from_trickle.size() == read_whole.size());
    for (std::size_t i = 0; i < read_whole.size(); ++i) {
        CAPTURE(i);
        CHECK(from_file[i].id == read_whole[i].id);
        CHECK(from_file[i].status == read_whole[i].status);
        CHECK(from_file[i].codes == read_whole[i].codes);
        CHECK(from_trickle[i].id == read_whole[i].id);
        CHECK(from_trickle[i].codes == read_whole[i].codes);
    }
    return read_whole;
}

std::vector<std::string> ids(const std::vector<Seen>& seen) {
    std::vector<std::string> out;
    for (const Seen& s : seen) out.push_back(s.id);
    return out;
}

const std::string csv_header = "id;actor.status;acts[0].type;acts[0].description\n";

}  // namespace

TEST_CASE("lost records: a quote inside an unquoted CSV cell is an ordinary character", "[lost-records]") {
    auto pack = compile_rules(rally_rule);
    std::string text = csv_header + "A;pns;rally;layar\nB;pns;rally;tinggi 5\" layar\nC;pns;rally;x\nD;pns;rally;y\n";
    std::vector<Seen> seen = every_way(*pack, text, InputFormat::csv);
    CHECK(ids(seen) == std::vector<std::string>{"A", "B", "C", "D"});
    for (const Seen& s : seen) CHECK(s.status != VerdictStatus::invalid);
}

TEST_CASE("lost records: an unclosed CSV quote ends its row at its line's end", "[lost-records]") {
    auto pack = compile_rules(rally_rule);
    std::string text = csv_header + "A;pns;rally;ok\nB;pns;rally;\"tidak ditutup\n";
    for (char id = 'C'; id <= 'J'; ++id) text += std::string(1, id) + ";pns;rally;ok\n";
    std::vector<Seen> seen = every_way(*pack, text, InputFormat::csv);
    REQUIRE(seen.size() == 10);
    CHECK(seen[1].status == VerdictStatus::invalid);
    CHECK(seen[1].codes == "E200");
    for (std::size_t i = 2; i < 10; ++i) CHECK(seen[i].id == std::string(1, static_cast<char>('A' + i)));

    std::vector<ReportInput> inputs = read_reports(text, "in.csv", InputFormat::csv, *pack);
    const Diagnostic& broken = inputs[1].diagnostics.at(0);
    CHECK(broken.location.line == 3);
    CHECK(broken.location.column == 13);
    CHECK(broken.message.find("this CSV row (line 3) cannot be read: the quote at line 3, column 13 is never closed") == 0);
}

TEST_CASE("lost records: an unclosed quote in a row spanning lines says which lines it covered", "[lost-records]") {
    auto pack = compile_rules(rally_rule);
    // B's description is a proper two-line cell; its next cell opens a quote that never closes.
    std::string text = csv_header + "A;pns;rally;ok\nB;pns;\"ral\nly\";\"x\nC;pns;rally;ok\n";
    std::vector<Seen> seen = every_way(*pack, text, InputFormat::csv);
    CHECK(ids(seen) == std::vector<std::string>{"A", "in#2", "C"});
    std::vector<ReportInput> inputs = read_reports(text, "in.csv", InputFormat::csv, *pack);
    CHECK(inputs[1].diagnostics.at(0).message.find("(lines 3 to 4)") != std::string::npos);
}

TEST_CASE("lost records: YAML documents that begin on the `---` line", "[lost-records]") {
    auto pack = compile_rules(rally_rule);
    std::string text =
        "--- {id: A, actor: {status: pns}, acts: [{type: rally}]}\n"
        "--- {id: B, actor: {status: pns}, acts: [{type: rally}]}\n"
        "---\n"
        "id: C\nactor: {status: pns}\nacts: [{type: rally}]\n"
        "--- # komentar saja\n";
    std::vector<Seen> seen = every_way(*pack, text, InputFormat::yaml);
    CHECK(ids(seen) == std::vector<std::string>{"A", "B", "C"});
    for (const Seen& s : seen) CHECK(s.status != VerdictStatus::invalid);
}

TEST_CASE("lost records: a JSON array element cut short takes no other element with it", "[lost-records]") {
    auto pack = compile_rules(rally_rule);
    std::string text =
        "[\n"
        "{\"id\": \"A\", \"actor\": {\"status\": \"pns\"}, \"acts\": [{\"type\": \"rally\"}]},\n"
        "{\"id\": \"B\", \"actor\": {\"status\": \"pns\"}, \"acts\": [{\"type\": \"rally\"}\n"
        ",\n"
        "{\"id\": \"C\", \"actor\": {\"status\": \"pns\"}, \"acts\": [{\"type\": \"rally\"}]}\n"
        "]\n";
    std::vector<Seen> seen = every_way(*pack, text, InputFormat::json);  // and no "cut short" error
    CHECK(ids(seen) == std::vector<std::string>{"A", "in#2", "C"});
    CHECK(seen[1].status == VerdictStatus::invalid);

    // Pretty-printed, as JSON printers indent: the same.
    std::string pretty =
        "[\n"
        "  {\n    \"id\": \"A\",\n    \"actor\": {\"status\": \"pns\"},\n    \"acts\": [\n      {\"type\": \"rally\"}\n    ]\n  },\n"
        "  {\n    \"id\": \"B\",\n    \"actor\": {\"status\": \"pns\"},\n    \"acts\": [\n      {\"type\": \"rally\"}\n"
        "  },\n"
        "  {\n    \"id\": \"C\",\n    \"actor\": {\"status\": \"pns\"},\n    \"acts\": [\n      {\"type\": \"rally\"}\n    ]\n  }\n"
        "]\n";
    seen = every_way(*pack, pretty, InputFormat::json);
    CHECK(ids(seen) == std::vector<std::string>{"A", "in#2", "C"});

    std::vector<ReportInput> inputs = read_reports(text, "in.json", InputFormat::json, *pack);
    REQUIRE(inputs.size() == 3);
    REQUIRE(inputs[1].diagnostics.at(0).notes.size() == 1);
    CHECK(inputs[1].diagnostics[0].notes[0] ==
          "this record runs from line 3 to line 3, where the next one starts on a line of its own: a `}` or `]` is "
          "missing in it");
}

TEST_CASE("lost records: a CSV whose first rows are separators only still has its header", "[lost-records]") {
    auto pack = compile_rules(rally_rule);
    std::string text = ";;;\n\n" + csv_header + "A;pns;rally;ok\n;;;\nB;pns;rally;ok\n";
    std::vector<Seen> seen = every_way(*pack, text, InputFormat::csv);
    CHECK(ids(seen) == std::vector<std::string>{"A", "B"});
    for (const Seen& s : seen) CHECK(s.status != VerdictStatus::invalid);
}
