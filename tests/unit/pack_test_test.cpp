// The pack test stage: each kind of `expect` passes when the verdict agrees
// and names the difference when it does not.
#include "fixture.hpp"
#include "netral/pack_test.hpp"

using namespace netral;
using namespace netral::testing;

namespace {

const char* rules_with_referral_and_recommendation = R"(
rule t.umum "umum" {
  when act.type == rally
  element "a": act.a
  unless "tugas": act.official_duty
  cites pp-1-2020/pasal-1
  sanction ringan by pp-1-2020/pasal-2/ayat-1
}
rule t.khusus "khusus" {
  when act.type == rally
  element "a": act.a
  element "b": act.b
  overrides t.umum
  cites pp-1-2020/pasal-1
  sanction berat by pp-1-2020/pasal-3/huruf-a
  refer gakkumdu "pidana" by pp-1-2020/pasal-1
}
recommend rek "Penerusan" {
  to kasn "KASN" until 2024-08-23
  to bkn "BKN" from 2024-08-24
  text "kepada {penerima}"
}
)";

PackTestReport run(const std::string& examples) {
    PackLoad loaded = load_source(std::string(rules_with_referral_and_recommendation) + examples);
    INFO(all_messages(loaded.diagnostics));
    REQUIRE(loaded.pack);
    return run_examples(*loaded.pack);
}

std::string report(bool a, bool b, bool duty) {
    return std::string("  report \"\"\"\n    id: X\n    reported_on: 2024-09-01\n    actor: {status: pns}\n") +
           "    acts: [{type: rally, date: 2024-10-01, a: " + (a ? "true" : "false") + ", b: " + (b ? "true" : "false") +
           ", official_duty: " + (duty ? "true" : "false") + "}]\n  \"\"\"\n";
}

}  // namespace

TEST_CASE("new expectations pass when the verdict agrees", "[pack_test]") {
    PackTestReport result = run("example ok {\n" + report(true, true, false) +
                                "  expect basis pp-1-2020/pasal-3/huruf-a\n"
                                "  expect refer gakkumdu\n"
                                "  expect recommend bkn\n"
                                "  expect overridden t.umum\n"
                                "  expect excepted none\n"
                                "  expect element t.khusus \"b\" met\n"
                                "  expect element t.khusus \"b\" terpenuhi act 0\n"
                                "}\n"
                                "example excepted {\n" + report(true, false, true) +
                                "  expect status no_violation\n"
                                "  expect excepted t.umum\n"
                                "  expect overridden none\n"
                                "  expect refer none\n"
                                "  expect recommend none\n"
                                "  expect element t.khusus \"b\" not_met\n"
                                "}\n");
    REQUIRE(result.examples.size() == 2);
    for (const ExampleResult& example : result.examples) {
        INFO(example.id);
        for (const std::string& d : example.differences) INFO(d);
        CHECK(example.passed);
    }
}

TEST_CASE("new expectations name what differs", "[pack_test]") {
    PackTestReport result = run("example wrong {\n" + report(true, true, false) +
                                "  expect basis pp-1-2020/pasal-2/ayat-1\n"
                                "  expect refer none\n"
                                "  expect recommend kasn\n"
                                "  expect overridden none\n"
                                "  expect excepted t.umum\n"
                                "  expect element t.khusus \"b\" not_met\n"
                                "  expect element t.khusus \"b\" met act 1\n"
                                "}\n");
    REQUIRE(result.examples.size() == 1);
    CHECK_FALSE(result.examples[0].passed);
    CHECK(result.examples[0].differences == std::vector<std::string>{
                                                "- sanction basis pp-1-2020/pasal-2/ayat-1 (expected, not in the verdict)",
                                                "+ sanction basis pp-1-2020/pasal-3/huruf-a (in the verdict, not expected)",
                                                "+ referral to gakkumdu (in the verdict, not expected)",
                                                "- recommendation to kasn (expected, not in the verdict)",
                                                "+ recommendation to bkn (in the verdict, not expected)",
                                                "+ overridden rule t.umum (in the verdict, not expected)",
                                                "- excepted rule t.umum (expected, not in the verdict)",
                                                "element \"b\" of t.khusus: expected not_met, got met",
                                                "element \"b\" of t.khusus (act 1): the verdict has no finding of that rule",
                                            });
}
