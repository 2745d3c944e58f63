#include "evaluate/sanction.hpp"

#include <algorithm>

namespace netral {
namespace {

void add_unique(std::vector<const ProvisionInfo*>& list, ProvisionSpan more) {
    for (const ProvisionInfo* provision : more)
        if (std::find(list.begin(), list.end(), provision) == list.end()) list.push_back(provision);
}

// Points the context at a finding's act (none for a per-report rule).
void focus(EvalContext& context, const Finding& finding, const ReportAspects& report) {
    if (finding.act >= 0 && static_cast<std::size_t>(finding.act) < report.acts.size()) {
        context.act_record = report.acts[static_cast<std::size_t>(finding.act)];
        context.act_position = finding.act;
    } else {
        context.act_position = -1;
    }
}

// The level's measures and basis for this actor: its first variant whose
// condition holds, else its own.
const LevelVariantInfo* variant_of(const Pack& pack, const LevelInfo& level, EvalContext& context) {
    const std::vector<std::uint32_t>& conditions = pack.level_variant_conditions[static_cast<std::size_t>(level.rank)];
    for (std::size_t i = 0; i < conditions.size(); ++i)
        if (evaluate(pack.program, conditions[i], context) == Tri::yes) return &level.variants[i];
    return nullptr;
}

// The engine's words, then the pack's reasoning for this election (never its
// notes, which are for the pack's authors).
void add_reasoning(std::string& words, const std::vector<DocumentNote>& reasoning, std::string_view election,
                   const char* separator) {
    for (const DocumentNote& note : reasoning)
        if (note.applies_to(election)) {
            words += separator;
            words += note.text;
            separator = " ";
        }
}

}  // namespace

std::optional<Date> ReportAspects::date_of(const Finding& finding) const {
    if (finding.act >= 0 && static_cast<std::size_t>(finding.act) < act_dates.size())
        return act_dates[static_cast<std::size_t>(finding.act)];
    return latest_act_date;
}

SanctionResult aggregate_sanction(const Pack& pack, const std::vector<Finding>& findings, EvalContext& context,
                                  const ReportAspects& report) {
    SanctionResult result;
    const Finding* deciding = nullptr;  // the first violation at the heaviest level
    int violations = 0;
    for (const Finding& finding : findings) {
        if (finding.status != FindingStatus::violation || !finding.rule->level) continue;
        ++violations;
        if (!result.level || result.level->rank < finding.rule->level->rank) {
            result.level = finding.rule->level;
            deciding = &finding;
        }
    }
    if (!result.level) return result;
    std::optional<Date> date = report.date_of(*deciding);
    for (const Finding& finding : findings)
        if (finding.status == FindingStatus::violation && finding.rule->level == result.level)
            add_unique(result.basis, finding.sanction_basis);
    // Several violations, one sanction: said only when there is a sanction to
    // choose (not at `none`, the level of a pack that leaves it to the
    // institution, as tni-polri does).
    if (violations > 1 && result.level->name != "none") {
        add_unique(result.basis, pack.concurrent_basis_in_force.on(date, report.excluded));
        std::string note = "Beberapa pelanggaran dalam satu laporan: dijatuhkan satu sanksi, yang terberat.";
        add_reasoning(note, pack.concurrent_reasoning, report.election, " ");
        result.notes.push_back(std::move(note));
    }
    focus(context, *deciding, report);
    for (const CompiledEscalation& escalation : pack.escalations) {
        auto position = std::find(escalation.ladder.begin(), escalation.ladder.end(), result.level);
        if (position == escalation.ladder.end()) continue;
        // A repeat is about the actor, not the act: read without an act.
        int act_position = context.act_position;
        context.act_position = -1;
        Tri holds = evaluate(pack.program, escalation.condition, context);
        context.act_position = act_position;
        if (holds != Tri::yes) continue;
        auto last = escalation.ladder.end() - 1;
        auto raised = std::min(position + escalation.steps, last);
        std::string note = escalation.title + ": ";
        if (raised == position)
            note += "tingkat " + result.level->name + " sudah yang tertinggi yang dapat dicapai dengan pemberatan";
        else
            note += "tingkat dinaikkan dari " + result.level->name + " menjadi " + (*raised)->name;
        add_reasoning(note, escalation.reasoning, report.election, ". ");
        result.notes.push_back(std::move(note));
        result.level = *raised;
        add_unique(result.basis, escalation.basis_in_force.on(date, report.excluded));
    }
    const LevelVariantInfo* variant = variant_of(pack, *result.level, context);
    result.measures = variant ? &variant->measures : &result.level->measures;
    add_unique(result.basis, (variant ? variant->basis : result.level->basis_in_force).on(date, report.excluded));
    return result;
}

std::vector<ReferralResult> collect_referrals(const Pack& pack, const std::vector<Finding>& findings,
                                              EvalContext& context, const ReportAspects& report) {
    std::vector<ReferralResult> referrals;
    for (const Finding& finding : findings) {
        if (finding.status != FindingStatus::violation) continue;
        focus(context, finding, report);
        for (const CompiledReferral& referral : pack.rules[finding.rule->index].referrals) {
            if (referral.condition >= 0 &&
                evaluate(pack.program, static_cast<std::uint32_t>(referral.condition), context) != Tri::yes)
                continue;
            bool seen = std::any_of(referrals.begin(), referrals.end(), [&](const ReferralResult& r) {
                return r.to == referral.to && r.reason == referral.reason;
            });
            if (seen) continue;
            ProvisionSpan basis = referral.basis_in_force.on(report.date_of(finding), report.excluded);
            referrals.push_back({referral.to, referral.reason, {basis.begin(), basis.end()}, finding.rule->id,
                                 referral.kind, referral.deadline});
        }
    }
    return referrals;
}

namespace {

bool in_charge(const CompiledRecipient& recipient, std::optional<Date> date) {
    if (!date) return !recipient.from && !recipient.until;
    return !(recipient.from && *date < *recipient.from) && !(recipient.until && *recipient.until < *date);
}

}  // namespace

std::vector<RecommendationResult> collect_recommendations(const Pack& pack, EvalContext& context,
                                                          const ReportAspects& report, bool fill) {
    std::vector<RecommendationResult> out;
    context.act_position = -1;
    for (const CompiledRecommendation& recommendation : pack.recommendations) {
        if (recommendation.condition >= 0 &&
            evaluate(pack.program, static_cast<std::uint32_t>(recommendation.condition), context) != Tri::yes)
            continue;
        RecommendationResult result;
        result.id = recommendation.id;
        result.title = recommendation.title;
        // The first of its date facts that the report gives, else its latest act's date.
        for (std::size_t d = 0; d < recommendation.dated.size(); ++d) {
            const Value* value = read_fact(pack.program.facts[recommendation.dated[d]], context);
            if (value && value->kind == Value::Kind::date) {
                result.date = Date{value->date};
                result.dated_by = recommendation.dated_names[d];
                break;
            }
        }
        if (!result.date && report.latest_act_date) {
            result.date = report.latest_act_date;
            result.dated_by = "acts.date";
        }
        std::size_t chosen = recommendation.recipients.size();
        for (std::size_t r = 0; r < recommendation.recipients.size(); ++r)
            if (in_charge(recommendation.recipients[r], result.date)) {
                chosen = r;
                break;
            }
        if (chosen < recommendation.recipients.size()) {
            const CompiledRecipient& recipient = recommendation.recipients[chosen];
            result.to = recipient.id;
            result.recipient = recipient.title;
            result.note = recipient.note;
            result.reasoning = recipient.shown_reasoning;
            ProvisionSpan basis = recommendation.basis_in_force[chosen].on(result.date, report.excluded);
            result.basis.assign(basis.begin(), basis.end());
        } else {
            result.reasoning = recommendation.reasoning;
        }
        result.text = recommendation.texts[chosen];
        if (fill && !recommendation.placeholders.empty()) {
            result.filled = result.text;
            for (const CompiledRecommendation::Placeholder& placeholder : recommendation.placeholders) {
                const Value* value = read_fact(pack.program.facts[placeholder.fact], context);
                std::string with = value && value->kind == Value::Kind::string
                                       ? std::string(context.report->string(value->index))
                                       : placeholder.fallback;
                for (std::size_t at; (at = result.filled.find(placeholder.written)) != std::string::npos;)
                    result.filled.replace(at, placeholder.written.size(), with);
            }
        }
        out.push_back(std::move(result));
    }
    return out;
}

}  // namespace netral
