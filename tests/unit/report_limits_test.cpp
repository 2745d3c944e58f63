// The documented limits on a report (docs/batch.md): how many acts it may
// hold, how large a record may be. Beyond them a record is one `invalid`
// verdict that says which limit it passed; below them, nothing changes.
#include <sstream>

#include "fixture.hpp"
#include "netral/batch.hpp"

using namespace netral;
using namespace netral::testing;

namespace {

const char* override_rules = R"(
rule t.general "umum" {
  when act.type == rally
  element "a": act.a
  cites pp-1-2020/pasal-1
  sanction ringan
}
rule t.specific "khusus" {
  when act.type == rally
  element "a": act.a
  element "b": act.b
  overrides t.general
  cites pp-1-2020/pasal-1
  sanction berat
}
)";

// A report of `count` rally acts as one JSON line; act i has b = (i % 2 == 0).
std::string rally_report(int count) {
    std::string acts;
    for (int i = 0; i < count; ++i) {
        acts += i ? "," : "";
        acts += std::string(R"({"type": "rally", "date": "2024-10-01", "a": true, "b": )") + (i % 2 ? "false" : "true") + "}";
    }
    return R"({"id": "R", "actor": {"status": "pns"}, "acts": [)" + acts + "]}";
}

Verdict check_json_line(const Pack& pack, const std::string& line) {
    std::vector<ReportInput> inputs = read_reports(line, "r.jsonl", InputFormat::jsonl, pack);
    REQUIRE(inputs.size() == 1);
    return check(pack, inputs[0]);
}

}  // namespace

TEST_CASE("limits: a report of more than 1,000 acts is invalid, and says so", "[limits][report]") {
    auto pack = compile_rules(override_rules);
    Verdict verdict = check_json_line(*pack, rally_report(1001));
    CHECK(verdict.status == VerdictStatus::invalid);
    const Diagnostic* limit = find_code(verdict.diagnostics, "E206");
    REQUIRE(limit);
    CHECK(limit->message == "`acts` has 1001 items; a report is read with at most 1000: split it into several reports");
    CHECK(limit->location.line == 1);

    CHECK(check_json_line(*pack, rally_report(1000)).status == VerdictStatus::violation);
}

TEST_CASE("limits: overrides at the limit of acts set aside the same act's finding, and only it", "[limits][evaluate]") {
    auto pack = compile_rules(override_rules);
    Verdict verdict = check_json_line(*pack, rally_report(1000));
    REQUIRE(verdict.status == VerdictStatus::violation);
    std::size_t checked = 0;
    for (int act = 0; act < 1000; ++act) {
        const Finding* general = finding_of(verdict, "t.general", act);
        const Finding* specific = finding_of(verdict, "t.specific", act);
        REQUIRE(general);
        REQUIRE(specific);
        if (act % 2 == 0) {
            CHECK(specific->status == FindingStatus::violation);
            CHECK(general->status == FindingStatus::overridden);
            CHECK(general->overridden_by == "t.specific");
        } else {
            CHECK(specific->status == FindingStatus::not_violation);
            CHECK(general->status == FindingStatus::violation);
            CHECK(general->overridden_by.empty());
        }
        ++checked;
    }
    CHECK(checked == 1000);
}

// ------------------------------------------------------------------ record size

namespace {

struct Read {
    std::vector<std::string> ids;
    std::vector<std::string> first_codes;  // each record's first diagnostic code, or ""
};

Read read_streamed(const Pack& pack, const std::string& text, InputFormat format, std::size_t limit,
                   std::string* error = nullptr) {
    Read read;
    std::istringstream input(text);
    BatchOptions options;
    options.format = format;
    options.max_record_bytes = limit;
    BatchResult result = run_batch(
        pack, input, "in", options, [](const ReportInput&, const Verdict&, std::string&) {}, [](std::string_view) {},
        [&](const Verdict& verdict) {
            read.ids.push_back(verdict.incident);
            read.first_codes.push_back(verdict.diagnostics.empty() ? "" : verdict.diagnostics[0].code);
        });
    if (error) *error = result.error;
    return read;
}

Read read_whole(const Pack& pack, const std::string& text, InputFormat format, std::size_t limit) {
    Read read;
    for (const ReportInput& input : read_reports(text, "in", format, pack, limit)) {
        read.ids.push_back(input.id);
        read.first_codes.push_back(input.diagnostics.empty() ? "" : input.diagnostics[0].code);
    }
    return read;
}

std::string padding(std::size_t bytes) { return std::string(bytes, 'x'); }

}  // namespace

TEST_CASE("limits: a record larger than the limit is one E207 verdict, in every format, and the rest are read",
          "[limits][report]") {
    auto pack = compile_rules(rally_rule);
    const std::size_t limit = 300;
    struct Case {
        InputFormat format;
        std::string text;
    };
    std::string big = padding(500);
    std::vector<Case> cases = {
        {InputFormat::jsonl,
         "{\"id\": \"A\", \"actor\": {\"status\": \"pns\"}, \"acts\": [{\"type\": \"rally\"}]}\n"
         "{\"id\": \"B\", \"actor\": {\"status\": \"pns\"}, \"acts\": [{\"type\": \"rally\", \"description\": \"" + big + "\"}]}\n"
         "{\"id\": \"C\", \"actor\": {\"status\": \"pns\"}, \"acts\": [{\"type\": \"rally\"}]}\n"},
        {InputFormat::json,
         "[{\"id\": \"A\", \"actor\": {\"status\": \"pns\"}, \"acts\": [{\"type\": \"rally\"}]},\n"
         "{\"id\": \"B\", \"actor\": {\"status\": \"pns\"}, \"acts\": [{\"type\": \"rally\", \"description\": \"" + big + "\"}]},\n"
         "{\"id\": \"C\", \"actor\": {\"status\": \"pns\"}, \"acts\": [{\"type\": \"rally\"}]}]\n"},
        {InputFormat::yaml,
         "id: A\nactor: {status: pns}\nacts: [{type: rally}]\n---\nid: B\nactor: {status: pns}\n"
         "acts: [{type: rally, description: " + big + "}]\n---\nid: C\nactor: {status: pns}\nacts: [{type: rally}]\n"},
        {InputFormat::csv,
         "id;actor.status;acts[0].type;acts[0].description\nA;pns;rally;\nB;pns;rally;" + big + "\nC;pns;rally;\n"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text.substr(0, 60));
        for (const Read& read : {read_streamed(*pack, c.text, c.format, limit), read_whole(*pack, c.text, c.format, limit)}) {
            CHECK(read.ids == std::vector<std::string>{"A", "in#2", "C"});
            CHECK(read.first_codes == std::vector<std::string>{"", "E207", ""});
        }
        // Under a larger limit the same record is read.
        CHECK(read_streamed(*pack, c.text, c.format, 1 << 20).ids == std::vector<std::string>{"A", "B", "C"});
    }
}

TEST_CASE("limits: the E207 message gives the record's lines, its size and the limit", "[limits][report]") {
    auto pack = compile_rules(rally_rule);
    std::string text = "id: A\nactor: {status: pns}\nacts:\n  - type: rally\n    description: " + padding(400) + "\n";
    std::vector<ReportInput> inputs = read_reports(text, "in.yaml", InputFormat::yaml, *pack, 300);
    REQUIRE(inputs.size() == 1);
    const Diagnostic& d = inputs[0].diagnostics.at(0);
    CHECK(d.code == "E207");
    CHECK(d.location.line == 1);
    CHECK(d.message == "this record (lines 1 to 6) is " + std::to_string(text.size()) +
                           " bytes, more than the 300 bytes a record may have; it is not read");
}

TEST_CASE("limits: a 20 MB JSON line and an array element left open to the end are skipped, not kept",
          "[limits][report]") {
    auto pack = compile_rules(rally_rule);
    std::string line = "{\"id\": \"huge\", \"actor\": {\"status\": \"pns\"}, \"acts\": [{\"type\": \"rally\", \"description\": \"" +
                       padding(20 << 20) + "\"}]}\n";
    std::string small = "{\"id\": \"A\", \"actor\": {\"status\": \"pns\"}, \"acts\": [{\"type\": \"rally\"}]}\n";
    Read read = read_streamed(*pack, small + line + small, InputFormat::jsonl, default_max_record_bytes);
    CHECK(read.ids == std::vector<std::string>{"A", "in#2", "A"});
    CHECK(read.first_codes[1] == "E207");

    // One line, an element whose `{` never closes: it runs to the end of the input.
    std::string array = "[" + small.substr(0, small.size() - 1) + ", {\"id\": \"B\", \"acts\": [" + padding(2 << 20) + "\n";
    std::string error;
    read = read_streamed(*pack, array, InputFormat::json, default_max_record_bytes, &error);
    CHECK(read.ids == std::vector<std::string>{"A", "in#2"});
    CHECK(read.first_codes[1] == "E207");
    CHECK(error.find("the JSON array has no closing `]`") == 0);
}

TEST_CASE("limits: a run asked for 100,000 threads starts at most 256, and checks every record", "[limits][batch]") {
    auto pack = compile_rules(rally_rule);
    std::string text;
    for (int i = 0; i < 300; ++i)
        text += "{\"id\": \"R" + std::to_string(i) + "\", \"actor\": {\"status\": \"pns\"}, \"acts\": [{\"type\": \"rally\"}]}\n";
    std::istringstream input(text);
    BatchOptions options;
    options.threads = 100000;
    std::string out;
    BatchResult result = run_batch(
        *pack, input, "in", options, [](const ReportInput& in, const Verdict&, std::string& line) { line += in.id + "\n"; },
        [&](std::string_view chunk) { out += chunk; });
    CHECK(result.error.empty());
    CHECK(result.records == 300);
    CHECK(out.substr(0, 6) == "R0\nR1\n");
}
