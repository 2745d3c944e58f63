// Aggregation: the findings of one report make one sanction, a list of
// referrals and the recommendations of the pack.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "compile/compiled_pack.hpp"
#include "evaluate/expression_eval.hpp"
#include "netral/verdict.hpp"

namespace netral {

// What aggregation reads of the report besides the findings: its acts (by
// position), their dates, and the provisions' subjects that are false for
// its actor.
struct ReportAspects {
    std::span<const std::uint32_t> acts;            // act records, by position
    std::span<const std::optional<Date>> act_dates;  // parallel to `acts`
    std::optional<Date> latest_act_date;
    SubjectMask excluded = 0;
    std::string_view election;  // the report's, for the pack's reasoning about one election

    // The date a finding's provisions are read for: its act's, or the latest
    // act's for a per-report rule.
    std::optional<Date> date_of(const Finding& finding) const;
};

// The heaviest level among the violated findings, raised by the pack's
// escalations (a repeat of the same kind), with the measures and basis that
// apply to this actor on the date of the act that decided it.
SanctionResult aggregate_sanction(const Pack& pack, const std::vector<Finding>& findings, EvalContext& context,
                                  const ReportAspects& report);

// The referrals of every violated (not overridden) rule whose condition holds,
// each once, with their basis in force on the act's date.
std::vector<ReferralResult> collect_referrals(const Pack& pack, const std::vector<Finding>& findings,
                                              EvalContext& context, const ReportAspects& report);

// The pack's recommendations whose condition holds for the report, each to
// the recipient in charge on its date.
// `fill`: put the report's facts into texts that name them (the outputs that
// show the texts need it; compact output does not).
std::vector<RecommendationResult> collect_recommendations(const Pack& pack, EvalContext& context,
                                                          const ReportAspects& report, bool fill);

}  // namespace netral
