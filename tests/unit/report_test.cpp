// Reading reports: every malformed input becomes an invalid record with a
// position and a reason; nothing is dropped.
#include "fixture.hpp"
#include "render/csv_cell.hpp"

using namespace netral;
using namespace netral::testing;

namespace {

std::vector<ReportInput> read(const std::string& text, InputFormat format, const std::string& path = "in") {
    static auto pack = compile_rules(rally_rule);
    return read_reports(text, path, format, *pack);
}

const Diagnostic& first_error(const ReportInput& input) {
    for (const Diagnostic& d : input.diagnostics)
        if (d.severity == Severity::error) return d;
    FAIL("no error");
    throw;
}

}  // namespace

TEST_CASE("an unknown enum value names the values that exist and the closest", "[report]") {
    auto inputs = read("id: A\nactor: {status: pns}\nacts:\n  - type: raly\n", InputFormat::yaml);
    REQUIRE(inputs.size() == 1);
    CHECK_FALSE(inputs[0].report);
    const Diagnostic& d = first_error(inputs[0]);
    CHECK(d.code == "E202");
    CHECK(d.message == "`raly` is not a value of `acts[0].type`");
    CHECK(d.notes.at(0) == "did you mean `rally`?");
    CHECK(d.notes.at(1) == "the values of `acts[0].type` are: rally, post, voting, other");
    CHECK(d.location.line == 4);
    CHECK(d.location.column == 11);
}

TEST_CASE("an unknown key is a warning, not an error", "[report]") {
    auto inputs = read("id: A\nactor: {status: pns}\nacts:\n  - {type: rally, stanse: support}\n", InputFormat::yaml);
    REQUIRE(inputs[0].report);
    REQUIRE(inputs[0].diagnostics.size() == 1);
    CHECK(inputs[0].diagnostics[0].severity == Severity::warning);
    CHECK(inputs[0].diagnostics[0].message == "unknown key `acts[0].stanse` is ignored");
    CHECK(inputs[0].diagnostics[0].notes.at(0) == "did you mean `acts[0].stance`?");
}

TEST_CASE("wrong types, missing required fields, no acts", "[report]") {
    auto wrong_type = read("id: A\nactor: {status: pns}\nacts: [{type: rally, date: 30-10-2024}]\n", InputFormat::yaml);
    CHECK(first_error(wrong_type[0]).message == "`acts[0].date` must be a date like 2024-09-22, found `30-10-2024`");
    auto wrong_bool = read("id: A\nactor: {status: pns}\nacts: [{type: rally, a: maybe}]\n", InputFormat::yaml);
    CHECK(first_error(wrong_bool[0]).message == "`acts[0].a` must be true or false, found `maybe`");
    auto no_actor = read("id: A\nacts: [{type: rally}]\n", InputFormat::yaml);
    CHECK(first_error(no_actor[0]).message == "the report has no `actor`, which is required");
    // The JSON Lines fast path, with the required field missing deeper down.
    auto no_type = read("{\"id\": \"A\", \"actor\": {\"status\": \"pns\"}, \"acts\": [{\"type\": \"rally\"}, {\"a\": true}]}\n",
                        InputFormat::jsonl);
    CHECK(first_error(no_type[0]).code == "E203");
    CHECK(first_error(no_type[0]).message == "the report has no `acts[1].type`, which is required");
    auto status_null = read("{\"id\": \"A\", \"actor\": {\"status\": null}, \"acts\": [{\"type\": \"rally\"}]}\n",
                            InputFormat::jsonl);
    CHECK(first_error(status_null[0]).message == "the report has no `actor.status`, which is required");
    auto no_acts = read("id: A\nactor: {status: pns}\nacts: []\n", InputFormat::yaml);
    CHECK(first_error(no_acts[0]).code == "E204");
    auto not_a_map = read("[1, 2]\n", InputFormat::yaml);
    CHECK(first_error(not_a_map[0]).code == "E201");
    CHECK(not_a_map[0].id == "in#1");
}

TEST_CASE("JSON Lines: a broken line becomes one invalid record, the rest go on", "[report]") {
    std::string text =
        "{\"id\": \"A\", \"actor\": {\"status\": \"pns\"}, \"acts\": [{\"type\": \"rally\"}]}\n"
        "{\"id\": \"B\", \"actor\": {\"status\": \n"
        "\n"
        "{\"id\": \"C\", \"actor\": {\"status\": \"cpns\"}, \"acts\": [{\"type\": \"post\"}]}\n";
    auto inputs = read(text, InputFormat::jsonl, "in.jsonl");
    REQUIRE(inputs.size() == 3);
    CHECK(inputs[0].report);
    CHECK(inputs[0].id == "A");
    CHECK_FALSE(inputs[1].report);
    CHECK(inputs[1].id == "in.jsonl#2");
    CHECK(first_error(inputs[1]).location.line == 2);
    CHECK(inputs[2].report);
    CHECK(inputs[2].id == "C");
    CHECK(inputs[2].location.line == 4);
}

TEST_CASE("a JSON array and a YAML stream give one record per item", "[report]") {
    auto array = read("[{\"id\": \"A\", \"actor\": {\"status\": \"pns\"}, \"acts\": [{\"type\": \"rally\"}]},"
                      " {\"id\": \"B\", \"actor\": {\"status\": \"pns\"}, \"acts\": [{\"type\": \"rally\"}]}]",
                      InputFormat::json);
    REQUIRE(array.size() == 2);
    CHECK(array[1].id == "B");

    auto stream = read("id: A\nactor: {status: pns}\nacts: [{type: rally}]\n---\nid: B\nactor: {status: [\n---\n"
                       "# only a comment\n---\nid: C\nactor: {status: pns}\nacts: [{type: rally}]\n",
                       InputFormat::yaml);
    REQUIRE(stream.size() == 3);
    CHECK(stream[0].report);
    CHECK_FALSE(stream[1].report);
    CHECK(first_error(stream[1]).code == "E200");
    CHECK(stream[2].id == "C");
    CHECK(stream[2].location.line == 10);
}

TEST_CASE("deeply nested and junk input does not crash", "[report]") {
    std::string deep = "id: A\nactor: " + std::string(5000, '[') + std::string(5000, ']') + "\nacts: [{type: rally}]\n";
    auto nested = read(deep, InputFormat::yaml);
    REQUIRE(nested.size() == 1);
    CHECK_FALSE(nested[0].report);
    auto junk = read(std::string("\x00\xff\xfe{{{", 6), InputFormat::json);
    REQUIRE(junk.size() == 1);
    CHECK_FALSE(junk[0].report);
}

TEST_CASE("explicit null and `unknown` are unknown facts", "[report]") {
    auto pack = compile_rules(rally_rule);
    Verdict verdict = check_yaml(*pack, "id: A\nactor: {status: pns}\nacts: [{type: rally, date: 2024-10-01, a: null}]\n");
    CHECK(verdict.status == VerdictStatus::insufficient);
    Verdict actor_unknown = check_yaml(*pack, "id: A\nactor: {status: unknown}\nacts: [{type: rally, date: 2024-10-01, a: true}]\n");
    CHECK(actor_unknown.status == VerdictStatus::violation);  // scope subject unknown: rules still run
}

TEST_CASE("verdicts render as verdict format v2", "[render]") {
    auto pack = compile_rules(rally_rule);
    Verdict verdict = check_yaml(*pack, "id: \"A/1\"\nactor: {status: pns}\nacts: [{type: rally, date: 2024-10-01, a: true}]\n");
    std::string json = render_json(verdict);
    CHECK(json.rfind("{\"incident\":\"A/1\",\"status\":\"violation\",\"sanction\":{\"level\":\"ringan\","
                     "\"measures\":[\"teguran lisan\"],\"basis\":[\"pp-1-2020/pasal-2/ayat-1\"]},\"referrals\":[],"
                     "\"recommendations\":[],\"classification\":[],\"admissibility\":{\"outcome\":\"not_assessed\","
                     "\"requirements\":[],\"missing\":[]},\"deadlines\":[],\"findings\":[{\"rule\":\"t.r\",\"act\":0,\"status\":\"violation\",",
                     0) == 0);
    // Elements by position; the status is written only when it is not `met`.
    CHECK(json.find("\"elements\":[{\"element\":0,\"facts\":{\"acts[0].date\":\"2024-10-01\"}},"
                    "{\"element\":1,\"facts\":{\"acts[0].a\":true}}]") != std::string::npos);
    CHECK(json.find("\"rulepack\":{\"name\":\"test-pack\",\"version\":\"1\",\"digest\":\"sha256:") != std::string::npos);
    CHECK(json.find("\"engine\":\"netral 0.1.0\"}") != std::string::npos);

    std::string text = render_text(verdict, false);
    CHECK(text.find("Status: PELANGGARAN\n") != std::string::npos);
    CHECK(text.find("acts[0].a") == std::string::npos);  // the analysis only with --explain
    text = render_text(verdict, TextOptions{false, true});
    CHECK(text.find("    - a: terpenuhi [acts[0].a = true]") != std::string::npos);
}

TEST_CASE("hostile text is escaped in JSON", "[render]") {
    auto pack = compile_rules(rally_rule);
    Verdict verdict = check_yaml(*pack, "id: \"a\\\"b\\u0001\\\\c\"\nactor: {status: pns}\nacts: [{type: post}]\n");
    CHECK(render_json(verdict).rfind("{\"incident\":\"a\\\"b\\u0001\\\\c\"", 0) == 0);
}

TEST_CASE("an enum value in another case is read, with a warning", "[report]") {
    auto inputs = read("id: A\nactor: {status: PNS}\nacts:\n  - {type: Rally}\n", InputFormat::yaml);
    REQUIRE(inputs.size() == 1);
    REQUIRE(inputs[0].report);
    REQUIRE(inputs[0].diagnostics.size() == 2);
    CHECK(inputs[0].diagnostics[0].code == "W203");
    CHECK(inputs[0].diagnostics[0].message == "`PNS` is read as `pns` (values are written in lower case)");
    CHECK(inputs[0].diagnostics[0].location.line == 2);
}

TEST_CASE("JSON Lines: a record with a problem is reported at its column", "[report]") {
    auto inputs = read("{\"id\": \"A\", \"actor\": {\"status\": \"pnss\"}, \"acts\": [{\"type\": \"rally\"}]}\n"
                       "{\"id\": \"B\", \"actor\": {\"status\": \"pns\", \"umur\": 4}, \"acts\": [{\"type\": \"rally\"}]}\n",
                       InputFormat::jsonl);
    REQUIRE(inputs.size() == 2);
    CHECK(first_error(inputs[0]).location.column == 33);  // where "pnss" starts
    REQUIRE(inputs[1].report);
    REQUIRE(inputs[1].diagnostics.size() == 1);
    CHECK(inputs[1].diagnostics[0].location.line == 2);
    CHECK(inputs[1].diagnostics[0].location.column == 40);  // the key "umur"
}

TEST_CASE("YAML syntax errors say what usually causes them", "[report]") {
    auto inputs = read("id: A\nactor:\n  status: pns\n   position: x\n", InputFormat::yaml);
    REQUIRE(inputs.size() == 1);
    CHECK(first_error(inputs[0]).message.find("indented") != std::string::npos);
    CHECK(first_error(inputs[0]).location.line == 4);
}

TEST_CASE("CSV cells: quoted when needed, formulas defused", "[render]") {
    CHECK(csv_cell("pns") == "pns");
    CHECK(csv_cell("a,b") == "\"a,b\"");
    CHECK(csv_cell("kata \"kutip\"") == "\"kata \"\"kutip\"\"\"");
    CHECK(csv_cell("baris\nbaru") == "\"baris\nbaru\"");
    CHECK(csv_cell("=1+1") == "'=1+1");
    CHECK(csv_cell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_cell("-2+3") == "'-2+3");
    auto inputs = read("[{\"id\": \"=HYPERLINK(1)\", \"actor\": {\"status\": \"pnss\"}, \"acts\": [{\"type\": \"rally\"}]}]",
                       InputFormat::json, "in.json");
    REQUIRE(inputs.size() == 1);
    static auto pack = compile_rules(rally_rule);
    std::string row = render_csv_row(check(*pack, inputs[0]));
    CHECK(row.rfind("'=HYPERLINK(1),,,,invalid,", 0) == 0);
    CHECK(row.find("in.json:1:") != std::string::npos);
    CHECK(row.find("E202 `pnss` is not a value of `actor.status`") != std::string::npos);
}
