// Rule packs a real author can write by mistake (or a generator by design)
// that once ran the parser, the checks or the compiler off the end of the
// stack: deep nesting, long chains of `overrides` and of definitions. Each
// is a diagnostic now, never a crash.
#include "fixture.hpp"

using namespace netral;
using namespace netral::testing;

namespace {

std::string repeat(std::string_view text, std::size_t times) {
    std::string out;
    out.reserve(text.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += text;
    return out;
}

std::string rule_with_element(const std::string& condition) {
    return "rule t.deep \"d\" {\n  when act.type == rally\n  element \"x\": " + condition +
           "\n  cites pp-1-2020/pasal-1\n  sanction ringan\n}\n";
}

PackLoad load_yaml_rules(const std::string& yaml) {
    PackSource source;
    source.root = "test-pack";
    source.files.push_back({"pack.yaml", "name: test-pack\nversion: \"1\"\n"});
    source.files.push_back({"base.netral", mini_facts});
    source.files.push_back({"rules.yaml", yaml});
    return load_pack(source);
}

}  // namespace

TEST_CASE("limits: 5,000 nested parentheses are an error, not a crash", "[limits]") {
    Diagnostics errors = pack_errors(rule_with_element(repeat("(", 5000) + "act.a" + repeat(")", 5000)));
    const Diagnostic* deep = find_code(errors, "E004");
    REQUIRE(deep);
    CHECK(deep->location.line == 3);
    CHECK(deep->message.find("nested more than 100 levels") != std::string::npos);
}

TEST_CASE("limits: 20,000 `not`s are an error, not a crash", "[limits]") {
    Diagnostics errors = pack_errors(rule_with_element(repeat("not ", 20000) + "act.a"));
    CHECK(find_code(errors, "E004"));
    // The next declaration is still read: the error is the rule's alone.
    errors = pack_errors(rule_with_element(repeat("bukan ", 20000) + "act.a") + "rule t.next {\n  oops\n}\n");
    CHECK(find_code(errors, "E004"));
    CHECK(find_code(errors, "E001"));
}

TEST_CASE("limits: `known known …` and nested quantifiers count as nesting", "[limits]") {
    CHECK(find_code(pack_errors(rule_with_element(repeat("known ", 5000) + "act.a")), "E004"));
    std::string quantifiers = repeat("any(s in actor.prior_sanctions: ", 3000) + "s.same_kind" + repeat(")", 3000);
    CHECK(find_code(pack_errors(rule_with_element(quantifiers)), "E004"));
}

TEST_CASE("limits: conditions nested as deep as real rules are read as before", "[limits]") {
    auto pack = compile_rules(rule_with_element(repeat("(not ", 30) + "act.a" + repeat(")", 30)));
    // 30 `not`s in a row: an even number, so the element is act.a itself.
    Verdict verdict = check_yaml(*pack, R"(
id: X
actor: {status: pns}
acts: [{type: rally, date: 2024-10-01, a: true}]
)");
    CHECK(verdict.status == VerdictStatus::violation);
}

TEST_CASE("limits: a condition too deep in a YAML rule file is an error at its line", "[limits]") {
    std::string yaml = "rules:\n  - id: t.deep\n    when: \"act.type == rally\"\n    elements:\n      - {name: x, when: \"" +
                       repeat("(", 5000) + "act.a" + repeat(")", 5000) +
                       "\"}\n    cites: [pp-1-2020/pasal-1]\n    sanction: {level: ringan}\n";
    PackLoad loaded = load_yaml_rules(yaml);
    REQUIRE_FALSE(loaded.pack);
    const Diagnostic* deep = find_code(loaded.diagnostics, "E004");
    REQUIRE(deep);
    CHECK(deep->location.file == "test-pack/rules.yaml");
    CHECK(deep->location.line == 5);
}

TEST_CASE("limits: a chain of 30,000 `overrides` is walked without recursion", "[limits]") {
    const int count = 30000;
    std::string rules;
    auto rule = [&](int i, int target) {
        rules += "rule r" + std::to_string(i) + " {\n  when act.type == rally\n  element \"a\": act.a\n";
        if (target >= 0) rules += "  overrides r" + std::to_string(target) + "\n";
        rules += "  cites pp-1-2020/pasal-1\n  sanction ringan\n}\n";
    };
    for (int i = 0; i < count; ++i) rule(i, i + 1 < count ? i + 1 : -1);
    CHECK(compile_rules(rules));

    // Closed into a circle, the whole chain is one E144.
    rules.clear();
    for (int i = 0; i < count; ++i) rule(i, (i + 1) % count);
    Diagnostics errors = pack_errors(rules);
    const Diagnostic* circle = find_code(errors, "E144");
    REQUIRE(circle);
    CHECK(circle->message.find("circle: r0 -> r1 -> r2 -> ") != std::string::npos);
    CHECK(circle->message.find(" -> r29999 -> r0") != std::string::npos);
}

TEST_CASE("limits: definitions that use definitions 30,000 deep are an error, not a crash", "[limits]") {
    std::string rules;
    for (int i = 0; i < 30000; ++i) rules += "define d" + std::to_string(i) + " = d" + std::to_string(i + 1) + "\n";
    rules += "define d30000 = act.a\n" + rule_with_element("d0");
    Diagnostics errors = pack_errors(rules);
    const Diagnostic* deep = find_code(errors, "E109");
    REQUIRE(deep);
    CHECK(deep->message.find("more than 32 deep") != std::string::npos);

    // 32 deep is still fine.
    rules.clear();
    for (int i = 0; i < 31; ++i) rules += "define d" + std::to_string(i) + " = d" + std::to_string(i + 1) + "\n";
    rules += "define d31 = act.a\n" + rule_with_element("d0");
    CHECK(compile_rules(rules));
}

TEST_CASE("limits: definitions that double at every step stop at a size, not at the end of memory", "[limits]") {
    std::string rules;
    for (int i = 0; i < 30; ++i)
        rules += "define d" + std::to_string(i) + " = d" + std::to_string(i + 1) + " or d" + std::to_string(i + 1) + "\n";
    rules += "define d30 = act.a\n" + rule_with_element("d0");
    Diagnostics errors = pack_errors(rules);
    const Diagnostic* large = find_code(errors, "E109");
    REQUIRE(large);
    CHECK(large->message.find("1000000 steps") != std::string::npos);
}

TEST_CASE("limits: a stray `,` in a YAML rule file is an error, not an endless loop in yaml-cpp", "[limits]") {
    // yaml-cpp's LoadAll makes empty documents without end on these.
    for (const std::string& yaml : {std::string(","), std::string(", x"), std::string("... ,\n")}) {
        CAPTURE(yaml);
        PackLoad loaded = load_yaml_rules(yaml);
        REQUIRE_FALSE(loaded.pack);
        const Diagnostic* stray = find_code(loaded.diagnostics, "E001");
        REQUIRE(stray);
        CHECK(stray->message.find("outside any list or mapping") != std::string::npos);
    }
}
