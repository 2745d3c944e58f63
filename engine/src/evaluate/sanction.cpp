#include "evaluate/sanction.hpp"

#include <algorithm>

namespace netral {
namespace {
void add_unique(std::vector<const ProvisionInfo*>& list, ProvisionSpan more) {
    for (const ProvisionInfo* provision : more)
        if (std::find(list.begin(), list.end(), provision) == list.end()) list.push_back(provision);
}
}  // namespace

SanctionResult aggregate_sanction(const Pack& pack, const std::vector<Finding>& findings, EvalContext& context) {
    SanctionResult result;
    int violations = 0;
    for (const Finding& finding : findings) {
        if (finding.status != FindingStatus::violation || !finding.rule->level) continue;
        ++violations;
        if (!result.level || result.level->rank < finding.rule->level->rank) result.level = finding.rule->level;
    }
    if (!result.level) return result;
    for (const Finding& finding : findings)
        if (finding.status == FindingStatus::violation && finding.rule->level == result.level)
            add_unique(result.basis, finding.sanction_basis);
    if (violations > 1) {
        add_unique(result.basis, pack.concurrent_basis);
        std::string note = "Beberapa pelanggaran dalam satu laporan: dijatuhkan satu sanksi, yang terberat.";
        if (!pack.concurrent_note.empty()) note += " " + pack.concurrent_note;
        result.notes.push_back(std::move(note));
    }
    context.act_position = -1;
    for (const CompiledEscalation& escalation : pack.escalations) {
        auto position = std::find(escalation.ladder.begin(), escalation.ladder.end(), result.level);
        if (position == escalation.ladder.end()) continue;
        if (evaluate(pack.program, escalation.condition, context) != Tri::yes) continue;
        auto last = escalation.ladder.end() - 1;
        auto raised = std::min(position + escalation.steps, last);
        std::string note = escalation.title + ": ";
        if (raised == position)
            note += "tingkat " + result.level->name + " sudah yang tertinggi yang dapat dicapai dengan pemberatan";
        else
            note += "tingkat dinaikkan dari " + result.level->name + " menjadi " + (*raised)->name;
        if (!escalation.note.empty()) note += ". " + escalation.note;
        result.notes.push_back(std::move(note));
        result.level = *raised;
        add_unique(result.basis, escalation.basis);
    }
    add_unique(result.basis, result.level->basis);
    return result;
}

std::vector<ReferralResult> collect_referrals(const Pack& pack, const std::vector<Finding>& findings,
                                              const Report& report) {
    std::vector<ReferralResult> referrals;
    EvalContext context;
    context.report = &report;
    std::span<const std::uint32_t> acts;
    if (pack.acts) {
        const Value& value = report.slot(Report::root, pack.acts->slot);
        if (value.kind == Value::Kind::list) acts = report.items(value.index);
    }
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& finding = findings[i];
        if (finding.status != FindingStatus::violation) continue;
        if (finding.act >= 0 && static_cast<std::size_t>(finding.act) < acts.size()) {
            context.act_record = acts[static_cast<std::size_t>(finding.act)];
            context.act_position = finding.act;
        } else {
            context.act_position = -1;
        }
        for (const CompiledReferral& referral : pack.rules[findings[i].rule->index].referrals) {
            if (referral.condition >= 0 &&
                evaluate(pack.program, static_cast<std::uint32_t>(referral.condition), context) != Tri::yes)
                continue;
            bool seen = std::any_of(referrals.begin(), referrals.end(), [&](const ReferralResult& r) {
                return r.to == referral.to && r.reason == referral.reason;
            });
            if (!seen) referrals.push_back({referral.to, referral.reason, referral.basis, finding.rule->id});
        }
    }
    return referrals;
}

}  // namespace netral
