// The law, exactly: every provision a verdict of the standard pack cites —
// in a finding, a sanction's basis, a referral or a recommendation — is in
// force on the act's date and speaks of the actor's status. Walks every rule
// × subject × the days on both sides of each boundary date, and checks the
// verdicts against the neutrality matrix's table of sanction bases, written
// out here independently of the pack.
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <map>
#include <set>

#include "compile/compiled_pack.hpp"
#include "fixture.hpp"

namespace netral {
namespace {

using testing::check_yaml;

const std::vector<std::string> act_types = {
    "campaign_material", "social_media",     "photo_with_contestant", "declaration_attendance", "campaign_participation",
    "campaign_team",     "party_event",      "partisan_activity",     "official_decision",      "support_letter",
    "party_membership",  "candidacy",        "party_approach",        "voting",                 "other"};

// Acts of one type that between them reach every rule about that type: all
// that can make conduct partisan, active, or aggravated, given.
std::vector<std::string> acts_reaching_every_rule(const std::string& type, const std::string& date) {
    std::string common = fmt::format(
        "type: {}, date: {}, stance: support, public: true, gesture: true, attributes: [party, civil_service, campaign], "
        "state_facilities: true, mobilized_civil_servants: true, resigned: false, official_duty: false",
        type, date);
    return {"{" + common + ", role: participant, action: upload, relation: spouse}",
            "{" + common + ", role: organizer, action: like, relation: none}",
            "{" + common + ", role: spectator, action: comment, relation: family}"};
}

std::string election_on(Date date) {
    return date < *parse_iso_date("2024-02-15") ? "pemilu-2024" : "pilkada-2024";
}

bool starts_with(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

// The matrix's "Sanction bases by subject and date", as a test of one cited
// provision; empty when it may be cited.
std::string against_the_matrix(const std::string& id, const std::string& status, Date date) {
    Date asn_law_changes = *parse_iso_date("2023-10-31");
    if (starts_with(id, "pp-49-2018/") && status != "pppk") return "PP 49/2018 cited for a PNS or CPNS";
    if (starts_with(id, "pp-11-2017/") && status != "pns") return "PP 11/2017 cited for someone who is not a PNS";
    if ((starts_with(id, "uu-5-2014/pasal-87/") || starts_with(id, "uu-5-2014/pasal-123/")) && status == "pppk")
        return "a UU 5/2014 article on PNS cited for a PPPK";
    if (starts_with(id, "uu-5-2014/") && !(date < asn_law_changes)) return "UU 5/2014 cited after its repeal";
    if (starts_with(id, "uu-20-2023/") && date < asn_law_changes) return "UU 20/2023 cited before it came into force";
    return {};
}

struct Walk {
    std::string status;
    Date date;
    std::string context() const { return fmt::format("{} on {}", status, format_iso_date(date)); }
};

void check_cited(const Walk& walk, ProvisionSpan cited, const std::string& where) {
    for (const ProvisionInfo* provision : cited) {
        INFO(walk.context() << ", " << where << ": " << provision->id);
        CHECK(provision->in_force_on(walk.date));
        CHECK(against_the_matrix(provision->id, walk.status, walk.date) == "");
    }
}

}  // namespace

TEST_CASE("every citation of the standard pack is in force and speaks of the actor", "[law]") {
    PackLoad loaded = load_pack(embedded_standard_pack());
    REQUIRE(loaded.pack);
    const Pack& pack = *loaded.pack;
    const std::vector<std::string> boundaries = {"2022-09-22", "2023-10-31", "2024-08-24", "2024-09-22"};
    const Date coverage_start = *parse_iso_date("2022-09-22");
    const Date bkn_from = *parse_iso_date("2024-08-24");

    for (const std::string status : {"pns", "cpns", "pppk"}) {
        for (const std::string& boundary : boundaries) {
            for (int day_offset : {-1, 0}) {
                Walk walk{status, Date{parse_iso_date(boundary)->days + day_offset}};
                std::set<std::string> reached;
                for (const std::string& type : act_types) {
                    for (const std::string& act : acts_reaching_every_rule(type, format_iso_date(walk.date))) {
                        std::string yaml = fmt::format(
                            "id: W\nelection: {}\nreported_on: {}\nactor: {{status: {}, official: true, cltn: false}}\n"
                            "acts:\n  - {}\n",
                            election_on(walk.date), format_iso_date(walk.date), status, act);
                        Verdict verdict = check_yaml(pack, yaml);
                        INFO(walk.context() << ": " << act);
                        if (walk.date < coverage_start) {
                            CHECK(verdict.status == VerdictStatus::out_of_scope);
                            CHECK(verdict.findings.empty());
                            continue;
                        }
                        for (const Finding& finding : verdict.findings) {
                            reached.insert(finding.rule->id);
                            check_cited(walk, finding.provisions, "finding of " + finding.rule->id);
                            check_cited(walk, finding.sanction_basis, "sanction basis of " + finding.rule->id);
                        }
                        for (const ReferralResult& referral : verdict.referrals)
                            check_cited(walk, referral.basis, "referral to " + referral.to);
                        for (const RecommendationResult& recommendation : verdict.recommendations) {
                            check_cited(walk, recommendation.basis, "recommendation");
                            CHECK(recommendation.to == (walk.date < bkn_from ? "kasn" : "bkn"));
                        }
                        if (verdict.status != VerdictStatus::violation) continue;
                        REQUIRE(verdict.sanction);
                        REQUIRE(verdict.sanction->level);
                        check_cited(walk, verdict.sanction->basis, "the verdict's sanction");
                        CHECK(verdict.recommendations.size() == 1);
                        // Measures speak of the actor's status too.
                        REQUIRE(verdict.sanction->measures);
                        for (const std::string& measure : *verdict.sanction->measures) {
                            INFO("measure: " << measure);
                            bool pppk_measure = measure.find("perjanjian kerja") != std::string::npos ||
                                                measure.find("PPPK") != std::string::npos;
                            if (status != "pppk") CHECK_FALSE(pppk_measure);
                            if (status == "pppk" && (verdict.sanction->level->name == "berat" ||
                                                     verdict.sanction->level->name == "ptdh"))
                                CHECK(pppk_measure);
                        }
                    }
                }
                if (walk.date < coverage_start) continue;
                // Every rule was walked for this subject and day.
                for (const CompiledRule& rule : pack.rules) {
                    INFO(walk.context() << ": rule " << rule.info->id);
                    CHECK(reached.count(rule.info->id) == 1);
                }
            }
        }
    }
}

TEST_CASE("party membership: the ASN law in force on the act's date, never both", "[law]") {
    PackLoad loaded = load_pack(embedded_standard_pack());
    REQUIRE(loaded.pack);
    auto basis_of = [&](const std::string& status, const std::string& date) {
        Verdict verdict = check_yaml(*loaded.pack, fmt::format("id: P\nelection: pemilu-2024\nactor: {{status: {}}}\n"
                                                               "acts:\n  - {{type: party_membership, date: {}}}\n",
                                                               status, date));
        REQUIRE(verdict.status == VerdictStatus::violation);
        std::set<std::string> ids;
        for (const ProvisionInfo* provision : verdict.sanction->basis) ids.insert(provision->id);
        return ids;
    };
    CHECK(basis_of("pns", "2023-10-30") ==
          std::set<std::string>{"uu-5-2014/pasal-87/ayat-4/huruf-c", "pp-11-2017/pasal-255"});
    CHECK(basis_of("pns", "2023-10-31") == std::set<std::string>{"uu-20-2023/pasal-52/ayat-4", "pp-11-2017/pasal-255",
                                                                  "uu-20-2023/pasal-52/ayat-3/huruf-j"});
    CHECK(basis_of("cpns", "2023-10-30") == std::set<std::string>{"uu-5-2014/pasal-87/ayat-4/huruf-c"});
    CHECK(basis_of("pppk", "2023-10-30") == std::set<std::string>{"pp-49-2018/pasal-53/ayat-3/huruf-c"});
    CHECK(basis_of("pppk", "2023-10-31") == std::set<std::string>{"uu-20-2023/pasal-52/ayat-4",
                                                                   "pp-49-2018/pasal-53/ayat-3/huruf-c",
                                                                   "uu-20-2023/pasal-52/ayat-3/huruf-j"});
}

}  // namespace netral
