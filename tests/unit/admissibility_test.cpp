// Whether a report can be registered: requirements, their time limits and
// the outcome; the handling deadlines. The standard pack's own requirements
// are tested by its examples (`netral test`); these use a small pack so that
// each rule of evaluation is seen on its own.
#include <string>

#include "fixture.hpp"

using namespace netral;
using namespace netral::testing;

namespace {

// The shared vocabulary, with what a report says about its own handling.
std::string handling_facts() {
    std::string facts = mini_facts;
    auto insert_after = [&](const std::string& anchor, const std::string& text) {
        std::size_t at = facts.find(anchor);
        REQUIRE(at != std::string::npos);
        facts.insert(at + anchor.size(), text);
    };
    insert_after("    count: integer\n", "    place: string question \"Di mana?\"\n");
    insert_after("  reported_on: date\n", R"(  known_on: date question "Kapan diketahui?"
  source: enum {laporan, temuan}
  reporter: object shorthand name {
    name: string question "Siapa pelapor?"
    address: string question "Apa alamat pelapor?"
  }
  registration: object { date: date }
)");
    facts += R"(
workdays kerja "hari kerja" {
  weekend saturday, sunday
  holiday 2024-02-14 "Pemungutan suara"
}
)";
    return facts;
}

const char* handling_rules = R"(
define laporan = report.source == laporan

admissibility {
  group formil "Syarat formil"
  group materiil "Syarat materiil"
  outcome registrable "dapat"
  outcome incomplete "lengkapi"
  outcome inadmissible "tidak"
  outcome late "daluwarsa"
}

requirement f.pelapor "Identitas pelapor" {
  group formil
  when laporan
  element "nama": given report.reporter.name
  element "alamat": given report.reporter.address
  cites pp-1-2020/pasal-1
}

requirement f.waktu "Tujuh hari" {
  group formil
  when laporan
  time_limit 7 days or 7 kerja after report.known_on by report.reported_on
  cites pp-1-2020/pasal-1
}

requirement m.tempat "Tempat" {
  group materiil
  when laporan
  element "tempat setiap perbuatan": all(a in acts: given a.place)
}

requirement m.bukan_lainnya "Perbuatan yang dapat dilaporkan" {
  group materiil
  when laporan
  element "bukan lainnya": all(a in acts: a.type != other)
}

deadline d.kajian "Kajian" {
  when laporan
  due 2 days after report.reported_on
}

deadline d.tindak_lanjut "Tindak lanjut" {
  when laporan
  due 7 kerja after report.registration.date
}
)";

std::shared_ptr<const Pack> handling_pack() {
    PackLoad loaded = load_source(handling_rules, handling_facts());
    INFO(all_messages(loaded.diagnostics));
    REQUIRE(loaded.pack);
    return loaded.pack;
}

const RequirementResult* requirement_of(const Verdict& verdict, const std::string& id) {
    for (const RequirementResult& r : verdict.admissibility.requirements)
        if (r.requirement->id == id) return &r;
    return nullptr;
}

// A complete report: reported on the 3rd calendar day (and working day).
const char* complete = R"(id: A
source: laporan
reporter: {name: Budi, address: Bangil}
known_on: 2024-01-08
reported_on: 2024-01-11
actor: {status: pns}
acts: [{type: rally, date: 2024-01-08, place: Lapangan}]
)";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("admissibility: the outcome is the worst requirement, late first", "[admissibility]") {
    auto pack = handling_pack();
    Verdict ok = check_yaml(*pack, complete);
    CHECK(ok.admissibility.outcome == AdmissibilityOutcome::registrable);
    CHECK(ok.admissibility.text == "dapat");
    CHECK(ok.admissibility.missing.empty());

    // A fact not given is unknown, never not met: the report is to be completed.
    Verdict no_address = check_yaml(*pack, replaced(complete, "reporter: {name: Budi, address: Bangil}", "reporter: Budi"));
    CHECK(no_address.admissibility.outcome == AdmissibilityOutcome::incomplete);
    REQUIRE(requirement_of(no_address, "f.pelapor"));
    CHECK(requirement_of(no_address, "f.pelapor")->status == ElementStatus::unknown);
    REQUIRE(no_address.admissibility.missing.size() == 1);
    CHECK(no_address.admissibility.missing[0].fact == "reporter.address");
    CHECK(no_address.admissibility.missing[0].question == "Apa alamat pelapor?");

    // A requirement not met outweighs one unknown.
    Verdict other = check_yaml(*pack, replaced(replaced(complete, "type: rally", "type: other"), "reporter: {name: Budi, address: Bangil}", "reporter: Budi"));
    CHECK(other.admissibility.outcome == AdmissibilityOutcome::inadmissible);

    // Late on both readings of the unit outweighs everything.
    Verdict late = check_yaml(*pack, replaced(replaced(complete, "reported_on: 2024-01-11", "reported_on: 2024-01-25"), "type: rally", "type: other"));
    CHECK(late.admissibility.outcome == AdmissibilityOutcome::late);
    const RequirementResult* waktu = requirement_of(late, "f.waktu");
    REQUIRE(waktu);
    REQUIRE(waktu->deadline);
    CHECK(format_iso_date(*waktu->deadline->last_day) == "2024-01-15");
    CHECK(*waktu->deadline->elapsed == 17);
    CHECK_FALSE(waktu->deadline->ambiguous);

    // A report that is not a laporan meets no `when`: nothing is assessed.
    Verdict temuan = check_yaml(*pack, replaced(complete, "source: laporan", "source: temuan"));
    CHECK(temuan.admissibility.outcome == AdmissibilityOutcome::not_assessed);
    CHECK(temuan.admissibility.requirements.empty());
}

TEST_CASE("admissibility: readings of a unit that disagree leave the time limit unknown", "[admissibility]") {
    auto pack = handling_pack();
    // Known on Thursday 8 February 2024: 7 calendar days end on the 15th;
    // 7 working days (the weekends and 14 February off) on the 20th.
    std::string base = replaced(replaced(complete, "known_on: 2024-01-08", "known_on: 2024-02-08"), "reported_on: 2024-01-11", "reported_on: REPORTED");
    auto limit = [&](const char* reported) {
        Verdict verdict = check_yaml(*pack, replaced(base, "REPORTED", reported));
        const RequirementResult* waktu = requirement_of(verdict, "f.waktu");
        REQUIRE(waktu);
        REQUIRE(waktu->deadline);
        return std::make_pair(waktu->status, waktu->deadline->ambiguous);
    };
    CHECK(limit("2024-02-15") == std::make_pair(ElementStatus::met, false));
    CHECK(limit("2024-02-16") == std::make_pair(ElementStatus::unknown, true));
    CHECK(limit("2024-02-20") == std::make_pair(ElementStatus::unknown, true));
    CHECK(limit("2024-02-21") == std::make_pair(ElementStatus::not_met, false));
    // An ambiguous limit asks nothing: both dates are known.
    Verdict ambiguous = check_yaml(*pack, replaced(base, "REPORTED", "2024-02-16"));
    CHECK(ambiguous.admissibility.outcome == AdmissibilityOutcome::incomplete);
    CHECK(ambiguous.admissibility.missing.empty());
    // Without the date it counts from, the limit is unknown and that date is asked for.
    Verdict no_start = check_yaml(*pack, replaced(complete, "known_on: 2024-01-08\n", ""));
    REQUIRE(no_start.admissibility.missing.size() == 1);
    CHECK(no_start.admissibility.missing[0].fact == "known_on");
}

TEST_CASE("admissibility: an element over every act names the act that lacks the fact", "[admissibility]") {
    auto pack = handling_pack();
    Verdict verdict = check_yaml(*pack, replaced(complete, "acts: [{type: rally, date: 2024-01-08, place: Lapangan}]",
                                                 "acts: [{type: rally, place: Lapangan}, {type: post}]"));
    const RequirementResult* tempat = requirement_of(verdict, "m.tempat");
    REQUIRE(tempat);
    CHECK(tempat->status == ElementStatus::unknown);
    REQUIRE(tempat->elements.size() == 1);
    REQUIRE(tempat->elements[0].facts.size() == 1);
    CHECK(tempat->elements[0].facts[0].path == "acts[1].place");
    CHECK(tempat->elements[0].facts[0].value == "null");
    REQUIRE(verdict.admissibility.missing.size() == 1);
    CHECK(verdict.admissibility.missing[0].fact == "acts[1].place");
    // A met element keeps its status, not its facts: only what is lacking is shown.
    const RequirementResult* pelapor = requirement_of(verdict, "f.pelapor");
    REQUIRE(pelapor);
    REQUIRE(pelapor->elements.size() == 2);
    CHECK(pelapor->elements[0].status == ElementStatus::met);
    CHECK(pelapor->elements[0].facts.empty());
}

TEST_CASE("handling deadlines: from the report's dates, in days or working days", "[admissibility]") {
    auto pack = handling_pack();
    Verdict verdict = check_yaml(*pack, replaced(complete, "reported_on: 2024-01-11\n",
                                                 "reported_on: 2024-02-09\nregistration: {date: 2024-02-09}\n"));
    REQUIRE(verdict.deadlines.size() == 2);
    CHECK(verdict.deadlines[0].id == "d.kajian");
    CHECK(format_iso_date(*verdict.deadlines[0].deadline.last_day) == "2024-02-11");
    // Seven working days after Friday 9 February, 14 February off: Wednesday 21.
    CHECK(verdict.deadlines[1].id == "d.tindak_lanjut");
    CHECK(format_iso_date(*verdict.deadlines[1].deadline.last_day) == "2024-02-21");
    // Not registered yet: the deadline is listed without a date.
    Verdict unregistered = check_yaml(*pack, complete);
    REQUIRE(unregistered.deadlines.size() == 2);
    CHECK_FALSE(unregistered.deadlines[1].deadline.last_day);
}

TEST_CASE("admissibility without handling detail: the same outcome and statuses, no questions or deadlines",
          "[admissibility]") {
    auto pack = handling_pack();
    for (const std::string& report :
         {std::string(complete), replaced(complete, "reporter: {name: Budi, address: Bangil}", "reporter: Budi"),
          replaced(complete, "reported_on: 2024-01-11", "reported_on: 2024-01-25")}) {
        std::vector<ReportInput> inputs = read_reports(report, "report.yaml", InputFormat::yaml, *pack);
        REQUIRE(inputs.size() == 1);
        Verdict full = check(*pack, inputs[0]);
        Verdict lean = check(*pack, inputs[0], CheckOptions{.element_detail = false, .handling_detail = false});
        CHECK(lean.admissibility.outcome == full.admissibility.outcome);
        REQUIRE(lean.admissibility.requirements.size() == full.admissibility.requirements.size());
        for (std::size_t i = 0; i < full.admissibility.requirements.size(); ++i)
            CHECK(lean.admissibility.requirements[i].status == full.admissibility.requirements[i].status);
        CHECK(lean.admissibility.missing.empty());
        CHECK(lean.deadlines.empty());
        CHECK_FALSE(full.deadlines.empty());
    }
}

TEST_CASE("requirements that share a condition: each is assessed, each error reported", "[admissibility]") {
    auto pack = handling_pack();
    // Four requirements say `when laporan`: all four apply.
    Verdict verdict = check_yaml(*pack, complete);
    CHECK(verdict.admissibility.requirements.size() == 4);
    // The same wrong condition in two requirements is reported at both.
    std::string rules = R"(
admissibility { outcome registrable "ok" }
requirement a "a" { when report.sorce == laporan  element "x": given report.known_on }
requirement b "b" { when report.sorce == laporan  element "x": given report.known_on }
)";
    PackLoad loaded = load_source(rules, handling_facts());
    REQUIRE_FALSE(loaded.pack);
    int unknown_fields = 0;
    for (const Diagnostic& d : loaded.diagnostics) unknown_fields += d.code == "E101";
    CHECK(unknown_fields == 2);
}
