// The evaluate stage: three-valued logic, every expression form, finding and
// verdict status, exceptions, overrides, missing facts.
#include <fmt/format.h>

#include "compile/compiled_pack.hpp"
#include "fixture.hpp"

using namespace netral;
using namespace netral::testing;

namespace {

const char* logic_rules = R"(
rule t.and "dan" {
  when act.type == rally
  element "a dan b": act.a and act.b
  cites pp-1-2020/pasal-1
  sanction ringan by pp-1-2020/pasal-2/ayat-1
}
rule t.or "atau" {
  when act.type == post
  element "a atau b": act.a or act.b
  cites pp-1-2020/pasal-1
  sanction ringan by pp-1-2020/pasal-2/ayat-1
}
rule t.not "bukan" {
  when act.type == other
  element "bukan a": not act.a
  cites pp-1-2020/pasal-1
  sanction ringan by pp-1-2020/pasal-2/ayat-1
}
)";

// "true", "false" or "null" (unknown) for a fact in YAML.
const char* yaml_of(int v) { return v == 0 ? "false" : v == 1 ? "null" : "true"; }
ElementStatus status_of(int v) { return v == 0 ? ElementStatus::not_met : v == 1 ? ElementStatus::unknown : ElementStatus::met; }

ElementStatus element_for(const Pack& pack, const char* type, const char* rule, int a, int b) {
    std::string yaml = fmt::format(
        "id: T\nelection: pilkada-2024\nactor: {{status: pns}}\nacts:\n  - {{type: {}, date: 2024-10-01, a: {}, b: {}}}\n",
        type, yaml_of(a), yaml_of(b));
    Verdict verdict = check_yaml(pack, yaml);
    const Finding* finding = finding_of(verdict, rule);
    REQUIRE(finding);
    REQUIRE(finding->elements.size() == 2);  // the scope date, then the element
    return finding->elements[1].status;
}

}  // namespace

TEST_CASE("Kleene truth tables for and, or, not", "[evaluate]") {
    auto pack = compile_rules(logic_rules);
    // 0 = false, 1 = unknown, 2 = true; Kleene: and = min, or = max, not = 2 - x.
    for (int a = 0; a <= 2; ++a) {
        for (int b = 0; b <= 2; ++b) {
            INFO("a=" << yaml_of(a) << " b=" << yaml_of(b));
            CHECK(element_for(*pack, "rally", "t.and", a, b) == status_of(std::min(a, b)));
            CHECK(element_for(*pack, "post", "t.or", a, b) == status_of(std::max(a, b)));
        }
        CHECK(element_for(*pack, "other", "t.not", a, 2) == status_of(2 - a));
    }
}

TEST_CASE("a missing fact is unknown, never false", "[evaluate]") {
    auto pack = compile_rules(logic_rules);
    Verdict verdict = check_yaml(*pack, "id: T\nelection: pilkada-2024\nactor: {status: pns}\nacts:\n  - {type: rally, date: 2024-10-01, a: true}\n");
    CHECK(verdict.status == VerdictStatus::insufficient);
    REQUIRE(verdict.missing.size() == 1);
    CHECK(verdict.missing[0].fact == "acts[0].b");
    CHECK(verdict.missing[0].question == "b?");
}

TEST_CASE("a decided conjunct needs no question", "[evaluate]") {
    auto pack = compile_rules(logic_rules);
    // a is false: `a and b` is false whatever b is, so b is not asked.
    Verdict verdict = check_yaml(*pack, "id: T\nelection: pilkada-2024\nactor: {status: pns}\nacts:\n  - {type: rally, date: 2024-10-01, a: false}\n");
    CHECK(verdict.status == VerdictStatus::no_violation);
    CHECK(verdict.missing.empty());
}

TEST_CASE("expression forms", "[evaluate]") {
    auto pack = compile_rules(R"(
define partisan "memihak" = act.stance in {support, oppose}
rule t.forms "bentuk" {
  subject "Setiap PNS": actor.status in {pns, cpns}
  when act.type == rally
  element "memihak": partisan
  element "bukan netral": act.stance not in {neutral}
  element "atribut": act.attributes contains {party, campaign}
  element "dalam masa kampanye": act.phase == campaign
  element "tanggal": act.date in 2024-09-25 .. 2024-11-23
  element "uraian": act.description contains "kaos"
  element "jumlah": act.count >= 3
  element "diketahui": known act.date and unknown act.a
  element "ada perbuatan lain": any(x in acts: x.type == post)
  element "semua bertanggal": all(x in acts: known x.date)
  element "pengulangan": any(s in actor.prior_sanctions: s.same_kind)
  cites pp-1-2020/pasal-1
  sanction berat by pp-1-2020/pasal-3/huruf-a
}
)");
    Verdict verdict = check_yaml(*pack, R"(
id: T
election: pilkada-2024
actor:
  status: pns
  prior_sanctions: [{level: ringan, same_kind: true}]
acts:
  - {type: rally, date: 2024-10-30, stance: support, attributes: [party], description: "Memakai KAOS paslon", count: 3}
  - {type: post, date: 2024-10-31}
)");
    const Finding* finding = finding_of(verdict, "t.forms");
    REQUIRE(finding);
    for (const ElementResult& element : finding->elements) {
        INFO(*element.name);
        CHECK(element.status == ElementStatus::met);
    }
    CHECK(finding->status == FindingStatus::violation);
    CHECK(verdict.status == VerdictStatus::violation);

    Verdict other = check_yaml(*pack, R"(
id: T
election: pilkada-2024
actor: {status: pns}
acts:
  - {type: rally, date: 2024-09-24, stance: neutral, attributes: [civil_service], description: "biasa", count: 2, a: true}
)");
    const Finding* near_miss = finding_of(other, "t.forms");
    REQUIRE(near_miss);
    std::vector<ElementStatus> expected = {
        ElementStatus::met,      // Setiap PNS
        ElementStatus::met,      // scope date
        ElementStatus::not_met,  // memihak
        ElementStatus::not_met,  // bukan netral
        ElementStatus::not_met,  // atribut
        ElementStatus::not_met,  // phase: before_campaign
        ElementStatus::not_met,  // tanggal
        ElementStatus::not_met,  // uraian
        ElementStatus::not_met,  // jumlah
        ElementStatus::not_met,  // unknown act.a is false
        ElementStatus::not_met,  // no post act
        ElementStatus::met,      // all dated
        ElementStatus::unknown,  // prior sanctions not given
    };
    REQUIRE(near_miss->elements.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO(*near_miss->elements[i].name);
        CHECK(near_miss->elements[i].status == expected[i]);
    }
    CHECK(near_miss->status == FindingStatus::not_violation);
}

TEST_CASE("phases come from the election calendar", "[evaluate]") {
    auto pack = compile_rules(R"(
rule t.phase "fase" {
  when act.type == rally
  element "setelah penetapan calon": act.phase not in {before_registration, registration}
  cites pp-1-2020/pasal-1
  sanction ringan by pp-1-2020/pasal-2/ayat-1
}
)");
    auto status_on = [&](const char* date) {
        Verdict verdict = check_yaml(*pack, fmt::format("id: T\nelection: pilkada-2024\nactor: {{status: pns}}\nacts: [{{type: rally, date: {}}}]\n", date));
        return verdict.status;
    };
    CHECK(status_on("2024-09-21") == VerdictStatus::no_violation);  // the day before determination
    CHECK(status_on("2024-09-22") == VerdictStatus::violation);     // the day of determination
    Verdict no_election = check_yaml(*pack, "id: T\nactor: {status: pns}\nacts: [{type: rally, date: 2024-10-01}]\n");
    CHECK(no_election.status == VerdictStatus::insufficient);
    REQUIRE_FALSE(no_election.missing.empty());
    CHECK(no_election.missing[0].fact == "election");
}

TEST_CASE("scope: out-of-scope actors and dates", "[evaluate]") {
    auto pack = compile_rules(logic_rules);
    Verdict non_asn = check_yaml(*pack, "id: T\nactor: {status: non_asn}\nacts: [{type: rally, a: true, b: true}]\n");
    CHECK(non_asn.status == VerdictStatus::out_of_scope);
    REQUIRE(non_asn.diagnostics.size() == 1);
    CHECK(non_asn.diagnostics[0].message == "Bukan ASN: instansi pemberi kerja.");

    Verdict tni = check_yaml(*pack, "id: T\nactor: {status: tni}\nacts: [{type: rally, a: true, b: true}]\n");
    CHECK(tni.status == VerdictStatus::out_of_scope);

    Verdict early = check_yaml(*pack, "id: T\nactor: {status: pns}\nacts: [{type: rally, date: 2022-09-21, a: true, b: true}]\n");
    CHECK(early.status == VerdictStatus::out_of_scope);

    Verdict undated = check_yaml(*pack, "id: T\nactor: {status: pns}\nacts: [{type: rally, a: true, b: true}]\n");
    CHECK(undated.status == VerdictStatus::insufficient);
    REQUIRE(undated.missing.size() == 1);
    CHECK(undated.missing[0].fact == "acts[0].date");

    Verdict unknown_actor = check_yaml(*pack, "id: T\nactor: {status: unknown}\nacts: [{type: rally, date: 2024-10-01, a: true, b: true}]\n");
    CHECK(unknown_actor.status == VerdictStatus::violation);  // the rule has no subject element
}

TEST_CASE("exceptions apply only when established", "[evaluate]") {
    auto pack = compile_rules(R"(
rule t.duty "tugas" {
  subject "Setiap PNS": actor.status in {pns, cpns, pppk}
  when act.type == rally
  element "a": act.a
  unless "melaksanakan tugas kedinasan": act.official_duty
  cites pp-1-2020/pasal-1
  sanction ringan by pp-1-2020/pasal-2/ayat-1
}
)");
    const char* base = "id: T\nactor: {{status: pns}}\nacts: [{{type: rally, date: 2024-10-01, a: true{}}}]\n";
    Verdict duty = check_yaml(*pack, fmt::format(fmt::runtime(base), ", official_duty: true"));
    CHECK(duty.status == VerdictStatus::no_violation);
    REQUIRE(finding_of(duty, "t.duty"));
    CHECK(finding_of(duty, "t.duty")->status == FindingStatus::overridden);
    CHECK(finding_of(duty, "t.duty")->exception == "melaksanakan tugas kedinasan");

    Verdict no_duty_given = check_yaml(*pack, fmt::format(fmt::runtime(base), ""));
    CHECK(no_duty_given.status == VerdictStatus::violation);  // an absent defence does not make it unknown

    Verdict unknown_subject =
        check_yaml(*pack, "id: T\nactor: {status: unknown}\nacts: [{type: rally, date: 2024-10-01, a: true}]\n");
    CHECK(unknown_subject.status == VerdictStatus::insufficient);
    REQUIRE_FALSE(unknown_subject.missing.empty());
    CHECK(unknown_subject.missing[0].fact == "actor.status");
}

TEST_CASE("overrides: the specific rule wins, the general finding is kept", "[evaluate]") {
    auto pack = compile_rules(R"(
rule t.general "umum" {
  when act.type == rally
  element "memihak": act.stance == support
  cites pp-1-2020/pasal-1
  sanction ringan by pp-1-2020/pasal-2/ayat-1
}
rule t.specific "khusus" {
  when act.type == rally
  element "memihak": act.stance == support
  element "fasilitas": act.a
  overrides t.general
  cites pp-1-2020/pasal-1
  sanction berat by pp-1-2020/pasal-3/huruf-a
}
)");
    Verdict both = check_yaml(*pack, "id: T\nactor: {status: pns}\nacts: [{type: rally, date: 2024-10-01, stance: support, a: true}]\n");
    CHECK(both.status == VerdictStatus::violation);
    CHECK(both.sanction->level->name == "berat");
    CHECK(finding_of(both, "t.general")->status == FindingStatus::overridden);
    CHECK(finding_of(both, "t.general")->overridden_by == "t.specific");
    CHECK(finding_of(both, "t.specific")->status == FindingStatus::violation);

    // The specific rule unknown: the certain level stands and the question that
    // could raise it is listed.
    Verdict general = check_yaml(*pack, "id: T\nactor: {status: pns}\nacts: [{type: rally, date: 2024-10-01, stance: support}]\n");
    CHECK(general.status == VerdictStatus::violation);
    CHECK(general.sanction->level->name == "ringan");
    CHECK(finding_of(general, "t.general")->status == FindingStatus::violation);
    REQUIRE(general.missing.size() == 1);
    CHECK(general.missing[0].fact == "acts[0].a");

    // Overrides are per act: another act's general finding is not set aside.
    Verdict two = check_yaml(*pack, "id: T\nactor: {status: pns}\nacts:\n  - {type: rally, date: 2024-10-01, stance: support, a: true}\n  - {type: rally, date: 2024-10-02, stance: support, a: false}\n");
    CHECK(finding_of(two, "t.general", 1)->status == FindingStatus::violation);
    CHECK(finding_of(two, "t.general", 0)->status == FindingStatus::overridden);
}

TEST_CASE("provisions are cited only when in force on the act's date", "[evaluate]") {
    auto pack = compile_rules(R"(
rule t.law "undang-undang" {
  when act.type == rally
  element "a": act.a
  cites pp-1-2020/pasal-1, uu-1-2010/pasal-9, uu-2-2023/pasal-9
  sanction ringan by pp-1-2020/pasal-2/ayat-1
}
)");
    auto cited = [&](const char* date) {
        Verdict verdict = check_yaml(*pack, fmt::format("id: T\nactor: {{status: pns}}\nacts: [{{type: rally, date: {}, a: true}}]\n", date));
        std::vector<std::string> ids;
        for (const ProvisionInfo* provision : finding_of(verdict, "t.law")->provisions) ids.push_back(provision->id);
        return ids;
    };
    CHECK(cited("2023-10-30") == std::vector<std::string>{"pp-1-2020/pasal-1", "uu-1-2010/pasal-9"});
    CHECK(cited("2023-10-31") == std::vector<std::string>{"pp-1-2020/pasal-1", "uu-2-2023/pasal-9"});
}

TEST_CASE("lists of provisions in force agree with each provision's dates on every day", "[evaluate]") {
    auto day = [](const char* text) { return *parse_iso_date(text); };
    auto provision = [](const char* id, std::optional<Date> in_force, std::optional<Date> repealed) {
        ProvisionInfo info;
        info.id = id;
        info.in_force = in_force;
        info.repealed = repealed;
        return info;
    };
    ProvisionInfo always = provision("always", std::nullopt, std::nullopt);
    ProvisionInfo old_law = provision("old", std::nullopt, day("2023-10-31"));
    ProvisionInfo new_law = provision("new", day("2023-10-31"), std::nullopt);
    ProvisionInfo window = provision("window", day("2022-01-01"), day("2024-01-01"));
    std::vector<const ProvisionInfo*> all{&always, &old_law, &new_law, &window};
    InForceLists lists(all);
    auto ids = [](ProvisionSpan span) {
        std::vector<std::string> out;
        for (const ProvisionInfo* provision : span) out.push_back(provision->id);
        return out;
    };
    auto expected = [&](std::optional<Date> date) {
        std::vector<std::string> out;
        for (const ProvisionInfo* provision : all)
            if (provision->in_force_on(date)) out.push_back(provision->id);
        return out;
    };
    for (int days = day("2021-12-25").days; days <= day("2024-01-05").days; ++days) {
        INFO(format_iso_date(Date{days}));
        CHECK(ids(lists.on(Date{days})) == expected(Date{days}));
    }
    CHECK(ids(lists.on(std::nullopt)) == std::vector<std::string>{"always", "new"});
    CHECK(ids(lists.on(day("2023-10-30"))) == std::vector<std::string>{"always", "old", "window"});
    CHECK(InForceLists().on(day("2024-01-01")).empty());
}

TEST_CASE("per-report rules see every act", "[evaluate]") {
    auto pack = compile_rules(R"(
rule t.report "laporan" {
  per report
  subject "Setiap PNS": actor.status == pns
  element "ada unggahan": any(x in acts: x.type == post and x.stance == support)
  cites pp-1-2020/pasal-1
  sanction ringan by pp-1-2020/pasal-2/ayat-1
}
)");
    Verdict verdict = check_yaml(*pack, "id: T\nactor: {status: pns}\nacts:\n  - {type: rally, date: 2024-10-01}\n  - {type: post, date: 2024-10-02}\n");
    const Finding* finding = finding_of(verdict, "t.report", -1);
    REQUIRE(finding);
    CHECK(finding->status == FindingStatus::unknown);
    REQUIRE(verdict.missing.size() == 1);
    CHECK(verdict.missing[0].fact == "acts[1].stance");
}

namespace netral::testing {

TEST_CASE("without element detail a verdict is the same but for the elements", "[evaluate]") {
    auto pack = compile_rules(rally_rule);
    std::vector<ReportInput> inputs = read_reports(
        "id: x\nactor: {status: pns}\nacts: [{type: rally, date: 2024-10-01, a: true}]\n", "r.yaml", InputFormat::yaml, *pack);
    REQUIRE(inputs.size() == 1);
    Verdict full = check(*pack, inputs[0]);
    Verdict lean = check(*pack, inputs[0], CheckOptions{.element_detail = false});
    CHECK(lean.status == full.status);
    REQUIRE(lean.findings.size() == full.findings.size());
    REQUIRE_FALSE(full.findings.empty());
    bool full_has_facts = false;
    for (std::size_t i = 0; i < full.findings.size(); ++i) {
        CHECK(lean.findings[i].status == full.findings[i].status);
        CHECK(lean.findings[i].elements.empty());
        CHECK(full.findings[i].elements.size() == full.findings[i].rule->element_names.size());
        for (const ElementResult& element : full.findings[i].elements) full_has_facts |= !element.facts.empty();
    }
    CHECK(full_has_facts);
    CHECK(render_json_compact(lean) == render_json_compact(full));
}

TEST_CASE("checking into a used verdict leaves nothing of the report before", "[evaluate]") {
    auto pack = compile_rules(rally_rule);
    std::vector<ReportInput> inputs = read_reports(
        "id: violated\nelection: pilkada-2024\nregion: Sikka\nactor: {status: pns}\n"
        "acts: [{type: rally, date: 2024-10-01, a: true}]\n"
        "---\nid: outside\nactor: {status: non_asn}\nacts: [{type: rally, date: 2024-10-01}]\n"
        "---\nid: 7\nactor: {status: pns}\nacts: [{type: rally, date: 2024-10-01, a: 3}]\n",
        "r.yaml", InputFormat::yaml, *pack);
    REQUIRE(inputs.size() == 3);
    Verdict reused;
    for (int round = 0; round < 2; ++round) {
        for (const ReportInput& input : inputs) {
            check(*pack, input, {}, reused);
            CHECK(render_json(reused) == render_json(check(*pack, input)));
        }
    }
}

}  // namespace netral::testing

TEST_CASE("a rule's gate comes only from a test its `when` cannot hold without", "[evaluate]") {
    auto gate = [](const char* when) {
        auto pack = compile_rules(fmt::format(R"(
rule t.g "g" {{
  when {}
  element "a": act.a
  cites pp-1-2020/pasal-1
  sanction ringan by pp-1-2020/pasal-2/ayat-1
}}
)", when));
        return pack->rules.at(0).gate;
    };
    // act.type declares rally, post, voting, other: bits 0..3.
    CHECK(gate("act.type == rally").mask == 0b0001);
    CHECK(gate("act.type in {post, voting}").mask == 0b0110);
    CHECK(gate("act.a and act.type == post").mask == 0b0010);
    CHECK(gate("actor.status == pns").mask == 0b0001);
    CHECK(gate("act.type != rally").fact == -1);
    CHECK(gate("act.type not in {rally}").fact == -1);
    CHECK(gate("not act.type == rally").fact == -1);
    CHECK(gate("act.a or act.type == rally").fact == -1);
    CHECK(gate("any(x in acts: x.type == rally)").fact == -1);
    CHECK(gate("act.a").fact == -1);
    // A field of the act itself is read from the act's record directly;
    // actor.status is two hops from the report and goes through read_fact.
    CHECK(gate("act.type == rally").act_slot >= 0);
    CHECK(gate("actor.status == pns").act_slot == -1);
}

TEST_CASE("a gated rule gives the same finding as its `when`, known or unknown", "[evaluate]") {
    auto pack = compile_rules(rally_rule);
    REQUIRE(pack->rules.at(0).gate.fact >= 0);
    Verdict other = check_yaml(*pack, "id: T\nactor: {status: pns}\nacts: [{type: post, date: 2024-10-01, a: true}]\n");
    CHECK(other.findings.empty());
    CHECK(other.status == VerdictStatus::no_violation);
    Verdict rally = check_yaml(*pack, "id: T\nactor: {status: pns}\nacts: [{type: rally, date: 2024-10-01, a: true}]\n");
    REQUIRE(rally.findings.size() == 1);
    CHECK(rally.findings[0].status == FindingStatus::violation);
}

TEST_CASE("lists by date and subject: every provision in force and speaking of the actor", "[evaluate]") {
    auto day = [](const char* text) { return *parse_iso_date(text); };
    auto provision = [](std::string id, std::optional<Date> in_force, std::optional<Date> repealed, std::int32_t subject) {
        ProvisionInfo info;
        info.id = std::move(id);
        info.in_force = in_force;
        info.repealed = repealed;
        info.subject = subject;
        return info;
    };
    // Subjects are indexes into a pack's subject conditions: 3, 5 and 9 here.
    ProvisionInfo everyone = provision("everyone", std::nullopt, std::nullopt, -1);
    ProvisionInfo pns_old = provision("pns-old", std::nullopt, day("2023-10-31"), 3);
    ProvisionInfo pppk_all = provision("pppk", day("2018-11-28"), std::nullopt, 5);
    ProvisionInfo pns_new = provision("pns-new", day("2023-10-31"), std::nullopt, 3);
    ProvisionInfo third = provision("third", day("2024-06-01"), day("2024-07-01"), 9);
    std::vector<const ProvisionInfo*> all{&everyone, &pns_old, &pppk_all, &pns_new, &third};
    InForceLists lists(all);
    auto ids = [](ProvisionSpan span) {
        std::vector<std::string> out;
        for (const ProvisionInfo* p : span) out.push_back(p->id);
        return out;
    };
    for (SubjectMask excluded : {SubjectMask{0}, SubjectMask{1} << 3, SubjectMask{1} << 5, (SubjectMask{1} << 3) | (SubjectMask{1} << 9),
                                 (SubjectMask{1} << 3) | (SubjectMask{1} << 5) | (SubjectMask{1} << 9), SubjectMask{1} << 7}) {
        auto expected = [&](std::optional<Date> date) {
            std::vector<std::string> out;
            for (const ProvisionInfo* p : all)
                if (p->in_force_on(date) && !(p->subject >= 0 && ((excluded >> p->subject) & 1u))) out.push_back(p->id);
            return out;
        };
        for (int days = day("2018-11-20").days; days <= day("2024-07-05").days; days += 7) {
            INFO(format_iso_date(Date{days}) << " excluded " << excluded);
            CHECK(ids(lists.on(Date{days}, excluded)) == expected(Date{days}));
        }
        for (const char* edge : {"2023-10-30", "2023-10-31", "2024-05-31", "2024-06-01", "2024-06-30", "2024-07-01"})
            CHECK(ids(lists.on(day(edge), excluded)) == expected(day(edge)));
        CHECK(ids(lists.on(std::nullopt, excluded)) == expected(std::nullopt));
    }
    // Every list on() returns is among all(), for the renderers.
    std::vector<ProvisionSpan> every = lists.all();
    ProvisionSpan one = lists.on(day("2024-06-15"), SubjectMask{1} << 5);
    CHECK(std::any_of(every.begin(), every.end(), [&](ProvisionSpan s) { return s.data() == one.data() && s.size() == one.size(); }));
}

namespace {

// Provisions that speak of PNS or of PPPK only, a level with a PPPK variant,
// and a recommendation whose recipient changes on 2024-08-24.
const char* subject_rules = R"(
regulation pp-7-2020 "Peraturan Pemerintah Nomor 7 Tahun 2020 tentang Uji Subjek" {
  in_force 2020-01-01
  provision pasal-1 { text "Bagi PNS." subject actor.status in {pns, cpns} }
  provision pasal-2 { text "Bagi PPPK." subject actor.status == pppk }
  provision pasal-3 { text "Bagi semua." }
}

regulation pp-8-2024 "Peraturan Pemerintah Nomor 8 Tahun 2024 tentang Uji Penerima" {
  in_force 2024-08-24
  provision pasal-1 { text "BKN." }
}

rule t.r "r" {
  when act.type == rally
  element "a": act.a
  cites pp-7-2020/pasal-1, pp-7-2020/pasal-2, pp-7-2020/pasal-3
  sanction berat by pp-7-2020/pasal-1, pp-7-2020/pasal-2
  refer gakkumdu "pidana" by pp-7-2020/pasal-1, pp-7-2020/pasal-3
}

rule t.pns_only "hanya PNS" {
  when act.type == post
  cites pp-7-2020/pasal-1
  sanction ringan
}

rule t.official "pejabat" {
  per report
  element "pejabat": actor.official
  cites pp-7-2020/pasal-3
  sanction ringan
}

recommend rek "Penerusan" {
  when actor.status in {pns, cpns, pppk}
  dated report.reported_on
  to kasn "KASN" until 2024-08-23
  to bkn "BKN" from 2024-08-24 by pp-8-2024/pasal-1 { note "masa baru" reasoning "Masa peralihan." for pilkada-2024 }
  to lain "Lembaga yang berwenang"
  text "Meneruskan kepada {penerima}."
  cites pp-7-2020/pasal-3
  reasoning "Bawaslu tidak menjatuhkan sanksi."
}
)";

const char* subject_levels = R"(
levels {
  none "Tidak ada sanksi"
  ringan "Ringan" { measures "teguran lisan" basis pp-1-2020/pasal-2/ayat-1 }
  berat "Berat" {
    measures "penurunan jabatan"
    basis pp-1-2020/pasal-3/huruf-a, pp-7-2020/pasal-2
    when actor.status == pppk { measures "pemutusan perjanjian kerja" }
    when act.b { basis pp-7-2020/pasal-3 }
  }
}
)";

std::shared_ptr<const Pack> subject_pack() {
    std::string facts = testing::mini_facts;
    // The fixture's levels, replaced by these with variants.
    std::size_t from = facts.find("levels {");
    std::size_t to = facts.find("scope {");
    facts.replace(from, to - from, subject_levels);
    PackLoad loaded = testing::load_source(subject_rules, facts);
    INFO(all_messages(loaded.diagnostics));
    REQUIRE(loaded.pack);
    return loaded.pack;
}

std::vector<std::string> provision_ids(const std::vector<const ProvisionInfo*>& list) {
    std::vector<std::string> out;
    for (const ProvisionInfo* p : list) out.push_back(p->id);
    return out;
}

std::vector<std::string> provision_ids(ProvisionSpan list) { return provision_ids(std::vector<const ProvisionInfo*>(list.begin(), list.end())); }

}  // namespace

TEST_CASE("a verdict cites only the provisions that speak of its actor", "[evaluate]") {
    auto pack = subject_pack();
    auto verdict_for = [&](const std::string& status) {
        return check_yaml(*pack, "id: S\nreported_on: 2024-09-01\nactor: {status: " + status +
                                     "}\nacts: [{type: rally, date: 2024-10-01, a: true}]\n");
    };
    Verdict pns = verdict_for("pns");
    REQUIRE(pns.status == VerdictStatus::violation);
    CHECK(provision_ids(finding_of(pns, "t.r")->provisions) == std::vector<std::string>{"pp-7-2020/pasal-1", "pp-7-2020/pasal-3"});
    CHECK(provision_ids(finding_of(pns, "t.r")->sanction_basis) == std::vector<std::string>{"pp-7-2020/pasal-1"});
    CHECK(provision_ids(pns.sanction->basis) ==
          std::vector<std::string>{"pp-7-2020/pasal-1", "pp-1-2020/pasal-3/huruf-a"});
    CHECK(*pns.sanction->measures == std::vector<std::string>{"penurunan jabatan"});
    REQUIRE(pns.referrals.size() == 1);
    CHECK(provision_ids(pns.referrals[0].basis) == std::vector<std::string>{"pp-7-2020/pasal-1", "pp-7-2020/pasal-3"});

    Verdict pppk = verdict_for("pppk");
    CHECK(provision_ids(finding_of(pppk, "t.r")->provisions) == std::vector<std::string>{"pp-7-2020/pasal-2", "pp-7-2020/pasal-3"});
    CHECK(provision_ids(pppk.sanction->basis) ==
          std::vector<std::string>{"pp-7-2020/pasal-2", "pp-1-2020/pasal-3/huruf-a"});
    CHECK(*pppk.sanction->measures == std::vector<std::string>{"pemutusan perjanjian kerja"});
    CHECK(provision_ids(pppk.referrals[0].basis) == std::vector<std::string>{"pp-7-2020/pasal-3"});

    // Unknown status: nothing is excluded, since no subject condition is false.
    Verdict unknown = verdict_for("unknown");
    CHECK(provision_ids(finding_of(unknown, "t.r")->provisions) ==
          std::vector<std::string>{"pp-7-2020/pasal-1", "pp-7-2020/pasal-2", "pp-7-2020/pasal-3"});
}

TEST_CASE("a level's first variant whose condition holds gives its measures or basis", "[evaluate]") {
    auto pack = subject_pack();
    // act.b holds: the second variant replaces the basis, keeps the measures.
    Verdict verdict = check_yaml(*pack, "id: V\nactor: {status: cpns}\nacts: [{type: rally, date: 2024-10-01, a: true, b: true}]\n");
    CHECK(*verdict.sanction->measures == std::vector<std::string>{"penurunan jabatan"});
    CHECK(provision_ids(verdict.sanction->basis) == std::vector<std::string>{"pp-7-2020/pasal-1", "pp-7-2020/pasal-3"});
    // A PPPK with act.b: the first variant (PPPK) wins; its basis is the level's.
    Verdict pppk = check_yaml(*pack, "id: V\nactor: {status: pppk}\nacts: [{type: rally, date: 2024-10-01, a: true, b: true}]\n");
    CHECK(*pppk.sanction->measures == std::vector<std::string>{"pemutusan perjanjian kerja"});
    CHECK(provision_ids(pppk.sanction->basis) == std::vector<std::string>{"pp-7-2020/pasal-2", "pp-1-2020/pasal-3/huruf-a"});
}

TEST_CASE("a rule with nothing in force for the actor or the date is no violation", "[evaluate]") {
    auto pack = subject_pack();
    // t.pns_only cites only a provision on PNS: a PPPK cannot violate it.
    Verdict pppk = check_yaml(*pack, "id: N\nactor: {status: pppk, official: false}\nacts: [{type: post, date: 2024-10-01}]\n");
    const Finding* finding = finding_of(pppk, "t.pns_only");
    REQUIRE(finding);
    CHECK(finding->status == FindingStatus::not_violation);
    CHECK(finding->nothing_in_force);
    CHECK(pppk.status == VerdictStatus::no_violation);
    CHECK(render_json(pppk).find("\"nothing_in_force\":true") != std::string::npos);
    Verdict pns = check_yaml(*pack, "id: N\nactor: {status: pns}\nacts: [{type: post, date: 2024-10-01}]\n");
    CHECK(finding_of(pns, "t.pns_only")->status == FindingStatus::violation);
    CHECK_FALSE(finding_of(pns, "t.pns_only")->nothing_in_force);

    // By date: a provision in force from 2024-06-01 and an act before it.
    auto dated = compile_rules(R"(
regulation pp-9-2024 "PP 9/2024" {
  in_force 2024-06-01
  provision pasal-1 { text "t" }
}
rule t.late "l" {
  when act.type == rally
  element "a": act.a
  cites pp-9-2024/pasal-1
  sanction ringan
}
)");
    Verdict before = check_yaml(*dated, "id: D\nactor: {status: pns}\nacts: [{type: rally, date: 2024-05-31}]\n");
    CHECK(before.status == VerdictStatus::no_violation);
    CHECK(before.missing.empty());  // act.a is not asked: nothing could be violated
    CHECK(finding_of(before, "t.late")->nothing_in_force);
    Verdict on = check_yaml(*dated, "id: D\nactor: {status: pns}\nacts: [{type: rally, date: 2024-06-01, a: true}]\n");
    CHECK(on.status == VerdictStatus::violation);
}

TEST_CASE("a recommendation goes to the recipient in charge on its date", "[evaluate]") {
    auto pack = subject_pack();
    auto recommendation_for = [&](const std::string& report_fields, const std::string& act_date) {
        Verdict verdict = check_yaml(*pack, "id: R\n" + report_fields + "actor: {status: pns}\nacts: [{type: rally, date: " +
                                                act_date + ", a: true}]\n");
        REQUIRE(verdict.status == VerdictStatus::violation);
        REQUIRE(verdict.recommendations.size() == 1);
        return verdict.recommendations[0];
    };
    RecommendationResult kasn = recommendation_for("reported_on: 2024-08-23\n", "2024-10-01");
    CHECK(kasn.to == "kasn");
    CHECK(kasn.recipient == "KASN");
    CHECK(format_iso_date(*kasn.date) == "2024-08-23");
    CHECK(kasn.dated_by == "reported_on");
    CHECK(kasn.text == "Meneruskan kepada KASN.");
    CHECK(provision_ids(kasn.basis) == std::vector<std::string>{"pp-7-2020/pasal-3"});
    CHECK(kasn.note.empty());

    RecommendationResult bkn = recommendation_for("reported_on: 2024-08-24\n", "2024-08-01");
    CHECK(bkn.to == "bkn");
    CHECK(bkn.text == "Meneruskan kepada BKN.");
    CHECK(bkn.note == "masa baru");
    // The recommendation's reasoning, then the recipient's, each with the elections it is for.
    REQUIRE(bkn.reasoning.size() == 2);
    CHECK(bkn.reasoning[0].text == "Bawaslu tidak menjatuhkan sanksi.");
    CHECK(bkn.reasoning[0].applies_to("pemilu-2024"));
    CHECK(bkn.reasoning[1].text == "Masa peralihan.");
    CHECK(bkn.reasoning[1].applies_to("pilkada-2024"));
    CHECK_FALSE(bkn.reasoning[1].applies_to("pemilu-2024"));
    CHECK(kasn.reasoning.size() == 1);
    CHECK(provision_ids(bkn.basis) == std::vector<std::string>{"pp-7-2020/pasal-3", "pp-8-2024/pasal-1"});

    // No reported_on: the latest act's date decides.
    RecommendationResult by_act = recommendation_for("", "2024-08-20");
    CHECK(by_act.to == "kasn");
    CHECK(by_act.dated_by == "acts.date");

    // No date at all: only a recipient without dates is in charge.
    Verdict undated = check_yaml(*pack, "id: R\nactor: {status: pns, official: true}\nacts: [{type: other}]\n");
    REQUIRE(undated.status == VerdictStatus::violation);
    REQUIRE(undated.recommendations.size() == 1);
    CHECK(undated.recommendations[0].to == "lain");
    CHECK_FALSE(undated.recommendations[0].date);
    CHECK(undated.recommendations[0].text == "Meneruskan kepada Lembaga yang berwenang.");

    // Not for an actor the recommendation's `when` excludes, nor without a violation.
    Verdict no_violation = check_yaml(*pack, "id: R\nreported_on: 2024-09-01\nactor: {status: pns}\nacts: [{type: rally, date: 2024-10-01, a: false}]\n");
    CHECK(no_violation.recommendations.empty());
}
