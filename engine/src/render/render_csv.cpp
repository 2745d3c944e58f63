// One row per report, for a spreadsheet.
#include <algorithm>

#include "netral/render.hpp"

namespace netral {
namespace {

// Appends one cell; `first` cells get no separator before them.
void field(std::string& out, const std::string& text, bool first = false) {
    if (!first) out += ',';
    if (text.find_first_of(",\"\n\r") == std::string::npos) {
        out += text;
        return;
    }
    out += '"';
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
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

std::string render_csv_header() { return "id,status,level,rules,provisions,missing,referrals\n"; }

std::string render_csv_row(const Verdict& verdict) {
    std::vector<std::string> rules, provisions, missing, referrals;
    for (const Finding& finding : verdict.findings) {
        if (finding.status != FindingStatus::violation) continue;
        add_unique(rules, finding.rule->id);
        for (const ProvisionInfo* provision : finding.provisions) add_unique(provisions, provision->id);
    }
    for (const MissingFact& fact : verdict.missing) missing.push_back(fact.fact);
    for (const ReferralResult& referral : verdict.referrals) add_unique(referrals, referral.to);
    std::string out;
    field(out, verdict.incident, true);
    field(out, to_string(verdict.status));
    field(out, verdict.sanction && verdict.sanction->level ? verdict.sanction->level->name : "none");
    field(out, joined(rules));
    field(out, joined(provisions));
    field(out, joined(missing));
    field(out, joined(referrals));
    return out + "\n";
}

}  // namespace netral
