// Aggregation: one sanction (the heaviest), raised for a repeat of the same
// kind; referrals collected once each.
#include "fixture.hpp"

using namespace netral;
using namespace netral::testing;

namespace {

const char* rules = R"(
election pemilu-2024 "Pemilu 2024" {
  registration 2023-10-19 .. 2023-10-25
  candidate_determination 2023-11-13
  campaign 2023-11-28 .. 2024-02-10
  quiet_period 2024-02-11 .. 2024-02-13
  voting_day 2024-02-14
}

aggregation {
  concurrent heaviest
    note "Teks dari data GitHub (C1); nomor pasal belum dikonfirmasi."
    reasoning "Satu sanksi, yang terberat."
    reasoning "Hanya dalam Pemilu." for pemilu-2024
  repeat "Pengulangan pelanggaran sejenis"
    when any(s in actor.prior_sanctions: s.same_kind)
    raise 1 within {ringan, sedang, berat}
    note "C1"
    reasoning "Lebih berat dari yang terakhir." for pilkada-2024
}

rule t.light "ringan" {
  when act.type == post
  element "memihak": act.stance == support
  cites pp-1-2020/pasal-1
  sanction ringan by pp-1-2020/pasal-2/ayat-1
}
rule t.medium "sedang" {
  when act.type == rally
  element "memihak": act.stance == support
  cites pp-1-2020/pasal-1
  sanction sedang by pp-1-2020/pasal-1
  refer gakkumdu "Dugaan tindak pidana" by pp-1-2020/pasal-1 when actor.official
}
rule t.moral "moral" {
  when act.type == other
  element "memihak": act.stance == support
  cites pp-1-2020/pasal-1
  sanction moral by pp-1-2020/pasal-1
}
)";

std::string report(const std::string& actor, const std::string& acts) {
    return "id: T\nactor: " + actor + "\nacts:\n" + acts;
}

}  // namespace

TEST_CASE("concurrent violations: one sanction, the heaviest", "[aggregate]") {
    auto pack = compile_rules(rules);
    Verdict verdict = check_yaml(*pack, report("{status: pns}",
                                               "  - {type: post, date: 2024-10-01, stance: support}\n"
                                               "  - {type: rally, date: 2024-10-02, stance: support}\n"
                                               "  - {type: other, date: 2024-10-03, stance: support}\n"));
    REQUIRE(verdict.sanction);
    CHECK(verdict.sanction->level->name == "sedang");
    REQUIRE(verdict.sanction->notes.size() == 1);
    CHECK(verdict.sanction->notes[0] ==
          "Beberapa pelanggaran dalam satu laporan: dijatuhkan satu sanksi, yang terberat. Satu sanksi, yang terberat.");
}

TEST_CASE("the sanction's words: the engine's and the pack's reasoning for the report's election, never its notes",
          "[aggregate]") {
    auto pack = compile_rules(rules);
    auto notes_for = [&](const std::string& election, const std::string& prior) {
        Verdict verdict = check_yaml(
            *pack, "id: T\n" + election + "actor: {status: pns" + prior + "}\nacts:\n" +
                       "  - {type: post, date: 2024-10-01, stance: support}\n"
                       "  - {type: rally, date: 2024-10-02, stance: support}\n");
        REQUIRE(verdict.sanction);
        return verdict.sanction->notes;
    };
    using V = std::vector<std::string>;
    const std::string concurrent = "Beberapa pelanggaran dalam satu laporan: dijatuhkan satu sanksi, yang terberat. ";
    CHECK(notes_for("election: pemilu-2024\n", "") == V{concurrent + "Satu sanksi, yang terberat. Hanya dalam Pemilu."});
    CHECK(notes_for("election: pilkada-2024\n", "") == V{concurrent + "Satu sanksi, yang terberat."});
    CHECK(notes_for("", "") == V{concurrent + "Satu sanksi, yang terberat."});
    const std::string prior = ", prior_sanctions: [{level: ringan, same_kind: true}]";
    CHECK(notes_for("election: pilkada-2024\n", prior) ==
          V{concurrent + "Satu sanksi, yang terberat.",
            "Pengulangan pelanggaran sejenis: tingkat dinaikkan dari sedang menjadi berat. Lebih berat dari yang terakhir."});
    CHECK(notes_for("election: pemilu-2024\n", prior).at(1) ==
          "Pengulangan pelanggaran sejenis: tingkat dinaikkan dari sedang menjadi berat");
    for (const std::string& note : notes_for("election: pemilu-2024\n", prior)) {
        CHECK(note.find("GitHub") == std::string::npos);
        CHECK(note.find("C1") == std::string::npos);
    }
}

TEST_CASE("a repeat of the same kind raises one step, capped", "[aggregate]") {
    auto pack = compile_rules(rules);
    auto level_for = [&](const char* act_type, const char* same_kind) {
        Verdict verdict = check_yaml(
            *pack, report(std::string("{status: pns, prior_sanctions: [{level: ringan, same_kind: ") + same_kind + "}]}",
                          std::string("  - {type: ") + act_type + ", date: 2024-10-01, stance: support}\n"));
        return verdict.sanction->level->name;
    };
    CHECK(level_for("post", "true") == "sedang");
    CHECK(level_for("rally", "true") == "berat");
    CHECK(level_for("rally", "false") == "sedang");
    CHECK(level_for("other", "true") == "moral");  // outside the ladder: unchanged
}

TEST_CASE("referrals only when their condition holds, once each", "[aggregate]") {
    auto pack = compile_rules(rules);
    Verdict official = check_yaml(*pack, report("{status: pns, official: true}",
                                                "  - {type: rally, date: 2024-10-01, stance: support}\n"
                                                "  - {type: rally, date: 2024-10-02, stance: support}\n"));
    REQUIRE(official.referrals.size() == 1);
    CHECK(official.referrals[0].to == "gakkumdu");
    CHECK(official.referrals[0].rule == "t.medium");
    Verdict staff = check_yaml(*pack, report("{status: pns, official: false}",
                                             "  - {type: rally, date: 2024-10-01, stance: support}\n"));
    CHECK(staff.referrals.empty());
}

TEST_CASE("missing facts are asked in the vocabulary's order", "[aggregate]") {
    auto pack = compile_rules(rules);
    Verdict verdict = check_yaml(*pack, report("{status: unknown}", "  - {type: rally}\n  - {type: post, date: 2024-10-01}\n"));
    CHECK(verdict.status == VerdictStatus::insufficient);
    std::vector<std::string> facts;
    for (const MissingFact& fact : verdict.missing) facts.push_back(fact.fact);
    // declared order (date before stance), by act within each; these rules do not test actor.status
    CHECK(facts == std::vector<std::string>{"acts[0].date", "acts[0].stance", "acts[1].stance"});
}
