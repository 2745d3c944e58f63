// The check and compile stages: every static error a pack can have, with its
// code and position.
#include <fmt/format.h>

#include "check/author_words.hpp"
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

TEST_CASE("a rule whose provisions are not in force on every day it can reach: W153", "[check]") {
    PackLoad loaded = load_source(R"(
regulation pp-9-2024 "PP 9/2024" {
  in_force 2024-06-01
  provision pasal-1 { text "t" }
}
rule t.late "l" {
  when act.type == rally
  cites pp-9-2024/pasal-1
  sanction ringan by pp-1-2020/pasal-2/ayat-1
}
rule t.covered "c" {
  when act.type == rally
  cites uu-1-2010/pasal-9, uu-2-2023/pasal-9
  sanction ringan by pp-1-2020/pasal-2/ayat-1
}
rule t.gap "g" {
  when act.type == rally
  cites uu-1-2010/pasal-9, pp-9-2024/pasal-1
  sanction ringan by pp-1-2020/pasal-2/ayat-1
}
)");
    REQUIRE(loaded.pack);  // a warning, not an error
    std::vector<std::string> warnings;
    for (const Diagnostic& d : loaded.diagnostics)
        if (d.code == "W153") warnings.push_back(d.message);
    // The coverage starts on 2022-09-22 (mini_facts' scope); UU 1/2010 ends on
    // 2023-10-30 and UU 2/2023 takes over the next day, so t.covered has no gap.
    CHECK(warnings == std::vector<std::string>{
                          "none of the provisions rule `t.late` cites is in force from 2022-09-22 to 2024-05-31: an "
                          "act of those days can never violate it",
                          "none of the provisions rule `t.gap` cites is in force from 2023-10-31 to 2024-05-31: an "
                          "act of those days can never violate it"});
}

TEST_CASE("recommendations: recipients, dates, placeholders", "[check]") {
    auto errors = [](const std::string& recommendation) { return pack_errors(rally_rule + recommendation); };
    CHECK(only_error(errors("recommend r \"R\" { text \"x\" }\n"), "E155").message ==
          "recommendation `r` has no recipient (`to`)");
    CHECK(only_error(errors("recommend r { to a \"A\" from 2024-09-01 until 2024-08-01 }\n"), "E154").message ==
          "recipient `a` is in charge until 2024-08-01, before it starts on 2024-09-01");
    CHECK(only_error(errors("recommend r { to a \"A\" until 2024-08-24\n to b \"B\" from 2024-08-24 }\n"), "E154")
              .message == "recipients `a` and `b` of recommendation `r` are both in charge on some days");
    CHECK(only_error(errors("recommend r { to a \"A\" text \"kepada {penerima} dan {instansi}\" }\n"), "E158").message ==
          "recommendation `r`: a placeholder is `{penerima}` or a fact of the report like "
          "`{actor.ppk|Pejabat Pembina Kepegawaian instansi terlapor}`, found `{instansi}`");
    CHECK(only_error(errors("recommend r { dated report.election to a \"A\" }\n"), "E103").message ==
          "`report.election` is a text; `dated` needs a date fact of the report");
    CHECK(only_error(errors("recommend r { dated act.date to a \"A\" }\n"), "E107").location.line == 8);
    CHECK(only_error(errors("recommend r { to a \"A\" cites pp-1-2020/pasal-99 }\n"), "E140").message ==
          "unknown provision `pp-1-2020/pasal-99`");
    // Spans that meet but do not overlap, and a last recipient without dates, are fine.
    compile_rules(rally_rule + std::string("recommend r { to a \"A\" until 2024-08-23\n to b \"B\" from 2024-08-24 }\n"));
}

TEST_CASE("expectations name rules, elements, statuses and recipients that exist", "[check]") {
    std::string example = "example e {\n  report \"\"\"\n    id: 1\n    actor: {status: pns}\n    acts: [{type: rally}]\n"
                          "  \"\"\"\n";
    auto errors = [&](const std::string& expect) {
        return pack_errors(rally_rule + std::string("recommend r { to bkn \"BKN\" }\n") + example + expect + "}\n");
    };
    CHECK(only_error(errors("  expect element t.r \"b\" met\n"), "E157").message == "rule `t.r` has no element \"b\"");
    const Diagnostic close = only_error(errors("  expect element t.r \"dalam cakupan wakt\" met\n"), "E157");
    CHECK(close.notes == std::vector<std::string>{"did you mean \"dalam cakupan waktu\"?"});
    CHECK(only_error(errors("  expect element t.r \"a\" yes\n"), "E157").message == "`yes` is not an element status");
    CHECK(only_error(errors("  expect element t.x \"a\" met\n"), "E141").message == "unknown rule `t.x`");
    CHECK(only_error(errors("  expect overridden t.x\n"), "E141").message == "unknown rule `t.x`");
    CHECK(only_error(errors("  expect excepted t.y\n"), "E141").message == "unknown rule `t.y`");
    CHECK(only_error(errors("  expect refer gakkumdu\n"), "E156").message == "unknown referral recipient `gakkumdu`");
    CHECK(only_error(errors("  expect recommend bkm\n"), "E156").notes ==
          std::vector<std::string>{"did you mean `bkn`?"});
    CHECK(only_error(errors("  expect basis pp-1-2020/pasal-77\n"), "E140").message ==
          "unknown provision `pp-1-2020/pasal-77`");
}

TEST_CASE("more than eight provision subjects in one list: E152", "[check]") {
    std::string law = "regulation pp-5-2020 \"PP 5/2020\" {\n  in_force 2020-01-01\n";
    std::string cites;
    for (int i = 0; i < 9; ++i) {
        law += fmt::format("  provision pasal-{} {{ text \"t\" subject report.reported_on >= 2024-01-0{} }}\n", i, i + 1);
        cites += fmt::format("{}pp-5-2020/pasal-{}", i ? ", " : "", i);
    }
    law += "}\n";
    Diagnostics errors = pack_errors(law + "rule t.many \"m\" {\n  when act.type == rally\n  cites " + cites +
                                     "\n  sanction ringan\n}\n");
    const Diagnostic d = only_error(errors, "E152");
    CHECK(d.message == "rule `t.many` (`cites`) lists provisions with 9 different `subject` conditions; at most 8 are "
                       "allowed in one list");
}

// ------------------------------------------------------------------ notes for documents

TEST_CASE("reasoning is for elections the pack declares", "[check]") {
    const Diagnostic d =
        only_error(pack_errors(rule_with("act.a", "  reasoning \"x\" for pilkada-2042\n")), "E169");
    CHECK(d.message == "unknown election `pilkada-2042`");
    REQUIRE(d.notes.size() == 1);
    CHECK(d.notes[0] == "did you mean `pilkada-2024`?");
    CHECK(d.location.file == "test-pack/rules.netral");
    CHECK(d.location.line == 6);
    CHECK(d.location.column == 21);
    // Wherever it is written: here on a recipient of a recommendation.
    CHECK(only_error(pack_errors(std::string(rally_rule) +
                                 "recommend k { to bkn \"BKN\" { reasoning \"y\" for pemilu-2024 } }\n"),
                     "E169")
              .message == "unknown election `pemilu-2024`");
    // A declared one is no error.
    compile_rules(rule_with("act.a", "  reasoning \"x\" for pilkada-2024\n"));
}

TEST_CASE("lint: reasoning that says what only the pack's authors should read", "[check]") {
    PackLoad loaded = load_source(rule_with(
        "act.a", "  note \"Dua sumber berita (C2), Kompas; baris 9 matriks\"\n"
                 "  reasoning \"Dua sumber berita (C2, Kompas), baris 9 matriks; lihat legal-basis.md [pilihan]\"\n"
                 "  reasoning \"Tahap calon ditentukan oleh tanggal penetapan pasangan calon, 22 September 2024.\"\n"));
    INFO(all_messages(loaded.diagnostics));
    REQUIRE(loaded.pack);  // a warning, not an error
    std::vector<Diagnostic> warnings;
    for (const Diagnostic& d : loaded.diagnostics)
        if (d.code == "W170") warnings.push_back(d);
    REQUIRE(warnings.size() == 1);  // the note may say all of it, and the second reasoning says none
    CHECK(warnings[0].severity == Severity::warning);
    CHECK(warnings[0].message ==
          "this reasoning is for documents, but it says what only the pack's authors should read: `C2`, `Kompas`, "
          "`baris`, `matriks`, `legal-basis.md`, `[pilihan]`");
    CHECK(warnings[0].location.line == 7);
    CHECK(warnings[0].location.column == 3);

    // The text of an `outside` is shown in documents too.
    std::string facts = mini_facts;
    const std::string outside = "Bukan ASN: instansi pemberi kerja.";
    facts.replace(facts.find(outside), outside.size(), "Bukan ASN (C2+, lihat Tribun); paket ini tidak berlaku.");
    PackLoad scoped = load_source(rally_rule, facts);
    const Diagnostic* w = find_code(scoped.diagnostics, "W170");
    REQUIRE(w);
    CHECK(w->message == "the text of this `outside` (the verdict's diagnostic) is for documents, but it says what "
                        "only the pack's authors should read: `C2+`, `Tribun`");
}

TEST_CASE("author-only words: labels, files, rows, choices and outlets, as words", "[check]") {
    using V = std::vector<std::string>;
    CHECK(author_only_words("Rumusan di atas merupakan ringkasan isi ketentuan, bukan kutipan.").empty());
    CHECK(author_only_words("C0 C1 C1+ C2 C2+ C3 C4 C12 PC2 (C2)") == V{"C0", "C1", "C1+", "C2", "C2+", "C3"});
    CHECK(author_only_words("lihat research/legal-basis.md §3 dan README.md") ==
          V{"research/legal-basis.md", "README.md"});
    CHECK(author_only_words("Baris 5 dan baris 9 matriks; berbaris, matriksnya") == V{"Baris", "baris", "matriks"});
    CHECK(author_only_words("[pilihan matriks] dan [pilihan]") == V{"[pilihan matriks]", "matriks", "[pilihan]"});
    CHECK(author_only_words("Tribunnews, TribunSolo, Kompasiana, Kompas TV, NTBSatu, pasal.id, GitHub") ==
          V{"Tribunnews", "TribunSolo", "Kompasiana", "Kompas", "NTBSatu", "pasal.id", "GitHub"});
    // Outlets that are also words: only capitalised, and not at a sentence's start.
    CHECK(author_only_words("Sumber: Antara dan aartreya/Detik.") == V{"Antara", "aartreya", "Detik"});
    CHECK(author_only_words("Antara 3 dan 12 November. Detik terakhir di antara keduanya.").empty());
    CHECK(author_only_words("Pasal 8 ayat (3) huruf c").empty());
}
