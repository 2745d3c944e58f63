// Facts of the wrong type are an error that names the field and the type it
// needs, never an unknown the case handler is then asked about; the words
// for yes and no are the same in every format (issue 15, item 6).
#include "fixture.hpp"

using namespace netral;
using namespace netral::testing;

namespace {

// The one report of `text` in `format`.
ReportInput read_one(const Pack& pack, const std::string& text, InputFormat format) {
    std::vector<ReportInput> inputs = read_reports(text, "in", format, pack);
    REQUIRE(inputs.size() == 1);
    return inputs[0];
}

std::string json_report(const std::string& a_value) {
    return R"({"id": "X", "actor": {"status": "pns"}, "acts": [{"type": "rally", "a": )" + a_value + "}]}";
}

}  // namespace

TEST_CASE("fact types: yes and no in the same words in YAML, JSON and CSV", "[report][fact-types]") {
    auto pack = compile_rules(rally_rule);
    struct Word {
        std::string text;
        bool value;
    };
    for (const Word& word : {Word{"true", true}, Word{"FALSE", false}, Word{"yes", true}, Word{"No", false},
                             Word{"ya", true}, Word{"Tidak", false}, Word{"1", true}, Word{"0", false}}) {
        CAPTURE(word.text);
        std::vector<ReportInput> inputs = {
            read_one(*pack, "id: X\nactor: {status: pns}\nacts: [{type: rally, a: " + word.text + "}]\n",
                     InputFormat::yaml),
            read_one(*pack, json_report("\"" + word.text + "\""), InputFormat::jsonl),
            read_one(*pack, "id;actor.status;acts.0.type;acts.0.a\nX;pns;rally;" + word.text + "\n", InputFormat::csv),
        };
        for (const ReportInput& input : inputs) {
            CHECK(input.diagnostics.empty());
            REQUIRE(input.report);
            std::vector<std::string> text = fact_text(*pack, input, "acts[0].a");
            CHECK(text == std::vector<std::string>{word.value ? "true" : "false"});
        }
    }
}

TEST_CASE("fact types: a fact of the wrong type is an error naming the field and the type it needs",
          "[report][fact-types]") {
    auto pack = compile_rules(rally_rule);
    for (const std::string& value : {std::string("\"mungkin\""), std::string("{\"x\": 1}"), std::string("[true]"),
                                     std::string("2")}) {
        CAPTURE(value);
        ReportInput input = read_one(*pack, json_report(value), InputFormat::jsonl);
        CHECK_FALSE(input.report);
        REQUIRE(input.diagnostics.size() == 1);
        CHECK(input.diagnostics[0].code == "E201");
        CHECK(input.diagnostics[0].message.find("`acts[0].a` must be true or false, found") == 0);
    }
    // A list of values given as one value is a list of one; as a mapping, an error.
    ReportInput one = read_one(
        *pack, R"({"id": "X", "actor": {"status": "pns"}, "acts": [{"type": "rally", "attributes": "party"}]})",
        InputFormat::jsonl);
    CHECK(one.diagnostics.empty());
    CHECK(fact_text(*pack, one, "acts[0].attributes") == std::vector<std::string>{"party"});
    ReportInput map = read_one(
        *pack, R"({"id": "X", "actor": {"status": "pns"}, "acts": [{"type": "rally", "attributes": {"a": 1}}]})",
        InputFormat::jsonl);
    CHECK(find_code(map.diagnostics, "E201"));
}

TEST_CASE("fact types: a YAML key that is a list or a mapping is reported, not passed over", "[report][fact-types]") {
    auto pack = compile_rules(rally_rule);
    ReportInput input = read_one(*pack, "id: X\nactor: {status: pns}\nacts: [{type: rally}]\n[a, b]: 1\n", InputFormat::yaml);
    const Diagnostic* unknown = find_code(input.diagnostics, "W201");
    REQUIRE(unknown);
    CHECK(unknown->location.line == 4);
}
