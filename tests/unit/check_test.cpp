// The check and compile stages: every static error a pack can have, with its
// code and position.
#include "fixture.hpp"

using namespace netral;
using namespace netral::testing;

namespace {

// A rule around one condition, on line 3 of rules.netral, so positions are known.
std::string rule_with(const std::string& condition, const std::string& extra = "") {
    return "rule t.x \"x\" {\n  when act.type == rally\n  element \"e\": " + condition +
           "\n  cites pp-1-2020/pasal-1\n  sanction ringan by pp-1-2020/pasal-2/ayat-1\n" + extra + "}\n";
}

Diagnostic only_error(const Diagnostics& diagnostics, const std::string& code) {
    const Diagnostic* found = find_code(diagnostics, code);
    INFO(all_messages(diagnostics));
    REQUIRE(found);
    return *found;
}

}  // namespace

TEST_CASE("unknown field, with a suggestion", "[check]") {
    const Diagnostic d = only_error(pack_errors(rule_with("act.stanse == support")), "E101");
    CHECK(d.message == "unknown field `act.stanse`");
    REQUIRE(d.notes.size() == 1);
    CHECK(d.notes[0] == "did you mean `act.stance`?");
    CHECK(d.location.file == "test-pack/rules.netral");
    CHECK(d.location.line == 3);
    CHECK(d.location.column == 16);
}

TEST_CASE("unknown enum value, with the values that exist", "[check]") {
    const Diagnostic d = only_error(pack_errors(rule_with("act.stance == suport")), "E102");
    CHECK(d.message == "`suport` is not a value of `stance`");
    REQUIRE(d.notes.size() == 2);
    CHECK(d.notes[0] == "did you mean `support`?");
    CHECK(d.notes[1] == "the values of `stance` are: support, oppose, neutral");
    CHECK(d.location.line == 3);
    CHECK(d.location.column == 30);
}

TEST_CASE("type mismatches", "[check]") {
    CHECK(only_error(pack_errors(rule_with("act.date < \"kemarin\"")), "E103").message ==
          "`date` is a date; expected a date like 2024-09-22, found a text");
    CHECK(only_error(pack_errors(rule_with("act.stance < support")), "E103").message ==
          "`stance` is one of a set of values (enum); only dates and numbers can be ordered with <, <=, >, >=");
    CHECK(only_error(pack_errors(rule_with("act.date")), "E104").message ==
          "`act.date` is a date, not a condition that is true or false");
    CHECK(only_error(pack_errors(rule_with("act.attributes in {party}")), "E103").message ==
          "`act.attributes` is a list of values; use `contains` to test what a list holds");
    CHECK(only_error(pack_errors(rule_with("act.description == rally")), "E103").message ==
          "`description` is a text; write the value in double quotes: \"rally\"");
}

TEST_CASE("the act under test only in per-act rules", "[check]") {
    std::string rules = "rule t.r \"r\" {\n  per report\n  element \"e\": act.a\n  cites pp-1-2020/pasal-1\n"
                        "  sanction ringan by pp-1-2020/pasal-2/ayat-1\n}\n";
    CHECK(only_error(pack_errors(rules), "E107").location.line == 3);
}

TEST_CASE("references to provisions, levels and rules", "[check]") {
    Diagnostics unknown_provision = pack_errors(rule_with("act.a").replace(
        rule_with("act.a").find("pasal-1\n"), 7, "pasal-11"));
    const Diagnostic provision = only_error(unknown_provision, "E140");
    CHECK(provision.message == "unknown provision `pp-1-2020/pasal-11`");
    CHECK(provision.notes.at(0) == "did you mean `pp-1-2020/pasal-1`?");
    CHECK(provision.location.line == 4);
    CHECK(provision.location.column == 9);

    CHECK(only_error(pack_errors(rule_with("act.a", "  overrides t.y\n")), "E141").message == "unknown rule `t.y`");
    std::string bad_level = rule_with("act.a");
    bad_level.replace(bad_level.find("ringan"), 6, "rigan");
    const Diagnostic level = only_error(pack_errors(bad_level), "E142");
    CHECK(level.message == "unknown sanction level `rigan`");
    CHECK(level.notes.at(0) == "did you mean `ringan`?");
}

TEST_CASE("a provision repealed before the pack's coverage cannot be cited", "[check]") {
    std::string rules = R"(regulation pp-9-2015 "Peraturan Pemerintah Nomor 9 Tahun 2015 tentang Lama" {
  in_force 2015-01-01
  repealed 2021-01-01
  provision pasal-1 { text "x" }
}
)" + rule_with("act.a").replace(rule_with("act.a").find("pp-1-2020/pasal-1\n"), 17, "pp-9-2015/pasal-1");
    const Diagnostic d = only_error(pack_errors(rules), "E147");
    CHECK(d.message.find("was repealed on 2021-01-01, before the pack's coverage starts (2022-09-22)") !=
          std::string::npos);
}

TEST_CASE("duplicate ids and override cycles", "[check]") {
    CHECK(only_error(pack_errors(rule_with("act.a") + rule_with("act.b")), "E132").message ==
          "rule `t.x` is declared twice");
    std::string cycle = R"(rule t.a "a" {
  element "e": act.a
  overrides t.b
  cites pp-1-2020/pasal-1
  sanction ringan by pp-1-2020/pasal-2/ayat-1
}
rule t.b "b" {
  element "e": act.a
  overrides t.a
  cites pp-1-2020/pasal-1
  sanction ringan by pp-1-2020/pasal-2/ayat-1
}
)";
    CHECK(only_error(pack_errors(cycle), "E144").message.find("goes round in a circle") != std::string::npos);
}

TEST_CASE("definitions: unknown and recursive", "[check]") {
    CHECK(only_error(pack_errors(rule_with("memihak")), "E105").message == "unknown definition `memihak`");
    std::string recursive = "define loop \"x\" = act.a and loop\n" + rule_with("loop");
    CHECK(only_error(pack_errors(recursive), "E106").message.find("uses itself") != std::string::npos);
}

TEST_CASE("every error of a pack is reported, sorted by position", "[check]") {
    Diagnostics diagnostics = pack_errors(rule_with("act.stanse == support and act.stance == suport"));
    REQUIRE(find_code(diagnostics, "E101"));
    REQUIRE(find_code(diagnostics, "E102"));
}

TEST_CASE("a broken example report is an error in the pack", "[check]") {
    std::string rules = rule_with("act.a") + R"(
example ex.1 "contoh" {
  report """
    id: EX
    actor: {status: pnss}
    acts: [{type: rally}]
  """
  expect status violation
}
)";
    const Diagnostic d = only_error(pack_errors(rules), "E202");
    CHECK(d.message == "in example `ex.1`: `pnss` is not a value of `actor.status`");
    CHECK(d.location.file == "test-pack/rules.netral");
    CHECK(d.location.line == 11);
}

TEST_CASE("the standard pack compiles cleanly", "[check][pack]") {
    PackLoad loaded = load_pack(embedded_standard_pack());
    INFO(all_messages(loaded.diagnostics));
    REQUIRE(loaded.pack);
    CHECK(identity(*loaded.pack).name == "asn-netralitas");
    CHECK(identity(*loaded.pack).digest.rfind("sha256:", 0) == 0);
    CHECK(identity(*loaded.pack).digest.size() == 7 + 64);
}

TEST_CASE("the scope's date element reaches every per-act rule, whichever file declares the scope", "[check]") {
    // mini_facts declares the scope; here it comes after the rules' file.
    PackSource source;
    source.root = "test-pack";
    source.files.push_back({"pack.yaml", "name: test-pack\nversion: \"1\"\n"});
    source.files.push_back({"a-rules.netral", rule_with("act.a")});
    source.files.push_back({"z-base.netral", mini_facts});
    PackLoad loaded = load_pack(source);
    INFO(all_messages(loaded.diagnostics));
    REQUIRE(loaded.pack);
    Verdict verdict = check_yaml(*loaded.pack,
                                 "id: A\nactor: {status: pns}\nacts:\n"
                                 "  - {type: rally, date: 2021-01-05, a: true}\n"
                                 "  - {type: rally, date: 2024-10-01, a: true}\n");
    const Finding* early = finding_of(verdict, "t.x", 0);
    const Finding* late = finding_of(verdict, "t.x", 1);
    REQUIRE(early);
    REQUIRE(late);
    CHECK(early->status == FindingStatus::not_violation);
    CHECK(early->rule->scope_element == 0);  // the rule has no subject: the scope's element comes first
    CHECK(*early->elements.at(0).name == "dalam cakupan waktu");
    CHECK(early->elements.at(0).status == ElementStatus::not_met);
    CHECK(late->status == FindingStatus::violation);
}
