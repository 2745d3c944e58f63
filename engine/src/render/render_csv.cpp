// One row per report, for a spreadsheet.
#include <algorithm>
#include <fmt/format.h>

#include "netral/render.hpp"
#include "render/csv_cell.hpp"

namespace netral {
namespace {

// Appends one cell; `first` cells get no separator before them.
void field(std::string& out, const std::string& text, bool first = false) {
    if (!first) out += ',';
    out += csv_cell(text);
}

// "in.csv:3:35 E202 `pnss` is not a value of `actor.status`": where and
// what, so an invalid row in a spreadsheet says why.
std::string diagnostic_cell(const Diagnostic& d) {
    std::string where = d.location.line
                            ? fmt::format("{}:{}:{} ", d.location.file, d.location.line, d.location.column)
                            : std::string();
    return fmt::format("{}{} {}", where, d.code, d.message);
}

void add_unique(std::vector<std::string>& list, const std::string& item) {
    if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : "|") + item;
    return out;
}

}  // namespace

std::string render_csv_header() {
    return "id,status,level,rules,provisions,missing,referrals,recommendations,classification,admissibility,diagnostics\n";
}

std::string render_csv_row(const Verdict& verdict) {
    std::vector<std::string> rules, provisions, missing, referrals, recommendations;
    for (const Finding& finding : verdict.findings) {
        if (finding.status != FindingStatus::violation) continue;
        add_unique(rules, finding.rule->id);
        for (const ProvisionInfo* provision : finding.provisions) add_unique(provisions, provision->id);
    }
    for (const MissingFact& fact : verdict.missing) missing.push_back(fact.fact);
    for (const ReferralResult& referral : verdict.referrals) add_unique(referrals, referral.to);
    for (const RecommendationResult& recommendation : verdict.recommendations)
        if (!recommendation.to.empty()) add_unique(recommendations, std::string(recommendation.to));
    std::vector<std::string> diagnostics;
    for (const Diagnostic& d : verdict.diagnostics) diagnostics.push_back(diagnostic_cell(d));
    std::string out;
    field(out, verdict.incident, true);
    field(out, to_string(verdict.status));
    field(out, verdict.sanction && verdict.sanction->level ? verdict.sanction->level->name : "none");
    field(out, joined(rules));
    field(out, joined(provisions));
    field(out, joined(missing));
    field(out, joined(referrals));
    field(out, joined(recommendations));
    std::vector<std::string> kinds;
    for (const KindInfo* kind : verdict.classification) kinds.push_back(kind->name);
    field(out, joined(kinds));
    field(out, to_string(verdict.admissibility.outcome));
    field(out, joined(diagnostics));
    return out + "\n";
}

}  // namespace netral
