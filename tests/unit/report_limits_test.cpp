// The documented limits on a report (docs/batch.md): how many acts it may
// hold, how large a record may be. Beyond them a record is one `invalid`
// verdict that says which limit it passed; below them, nothing changes.
#include "fixture.hpp"

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
