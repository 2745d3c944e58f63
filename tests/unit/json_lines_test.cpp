// The batch renderer (JsonLineRenderer) must write the very bytes of the
// general one (append_json_line): it only encodes the pack's texts earlier.
// It renders a verdict checked into a reused Verdict, as a batch does, and
// the general one a fresh verdict: reuse must leave nothing behind.
#include <fmt/format.h>

#include "fixture.hpp"
#include "netral/check.hpp"
#include "netral/generate.hpp"
#include "netral/render.hpp"

using namespace netral;
using namespace netral::testing;

namespace {

void require_same_lines(const Pack& pack, const std::vector<ReportInput>& inputs) {
    for (bool compact : {false, true}) {
        JsonLineRenderer renderer(pack, compact);
        Verdict reused;  // as a batch checks: report after report into one verdict
        for (const ReportInput& input : inputs) {
            Verdict verdict = check(pack, input, CheckOptions{.element_detail = !compact});
            check(pack, input, CheckOptions{.element_detail = !compact}, reused);
            std::string general, fast;
            append_json_line(general, verdict, compact);
            renderer.append(fast, reused);
            INFO(input.id << (compact ? " (compact)" : " (full)"));
            REQUIRE(fast == general);
        }
    }
}

}  // namespace

TEST_CASE("batch JSON Lines are the general renderer's bytes for generated reports", "[render]") {
    PackLoad loaded = load_pack(embedded_standard_pack());
    REQUIRE(loaded.pack);
    std::string text;
    for (std::uint64_t i = 1; i <= 1500; ++i) text += generate_report(11, i) + "\n";
    // Reports that are invalid, hostile or out of scope take other paths.
    text += "{\"id\": \"kutip \\\" dan \\n baris\", \"actor\": {\"status\": \"pns\"}, \"acts\": []}\n";
    text += "{\"id\": \"X\", \"region\": \"<b>\\u0001</b>\", \"actor\": {\"status\": \"tni\"}, \"acts\": [{\"type\": \"other\"}]}\n";
    text += "{\"id\": 5\n";
    std::vector<ReportInput> inputs = read_reports(text, "gen.jsonl", InputFormat::jsonl, *loaded.pack);
    REQUIRE(inputs.size() == 1503);
    require_same_lines(*loaded.pack, inputs);
}

TEST_CASE("batch JSON Lines pick the provisions in force on each act's date", "[render]") {
    auto pack = compile_rules(R"(
rule t.law "undang-undang" {
  when act.type == rally
  element "a": act.a
  cites pp-1-2020/pasal-1, uu-1-2010/pasal-9, uu-2-2023/pasal-9
  sanction ringan by pp-1-2020/pasal-2/ayat-1
  overrides t.other
  note "catatan \"berkutip\""
}
rule t.other "lain" {
  when act.type == rally
  element "b": act.b
  cites pp-1-2020/pasal-1
  sanction ringan by pp-1-2020/pasal-2/ayat-1
}
)");
    std::vector<ReportInput> inputs = read_reports(
        "id: old\nactor: {status: pns}\nacts: [{type: rally, date: 2023-10-30, a: true, b: true}]\n"
        "---\nid: new\nactor: {status: pns}\nacts: [{type: rally, date: 2023-10-31, a: true}]\n"
        "---\nid: undated\nactor: {status: pns}\nacts: [{type: rally, a: false}]\n",
        "r.yaml", InputFormat::yaml, *pack);
    REQUIRE(inputs.size() == 3);
    require_same_lines(*pack, inputs);
}

TEST_CASE("a verdict of another pack is rendered all the same", "[render]") {
    auto mine = compile_rules(rally_rule);
    PackLoad other = load_pack(embedded_standard_pack());
    REQUIRE(other.pack);
    std::vector<ReportInput> inputs = read_reports(
        "id: x\nactor: {status: pns}\nacts: [{type: rally, date: 2024-10-01, a: true}]\n", "r.yaml", InputFormat::yaml, *mine);
    Verdict verdict = check(*mine, inputs.at(0));
    JsonLineRenderer renderer(*other.pack, false);
    std::string general, fast;
    append_json_line(general, verdict, false);
    renderer.append(fast, verdict);
    CHECK(fast == general);
}
