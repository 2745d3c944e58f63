// Aggregation: the findings of one report make one sanction and a list of
// referrals.
#pragma once

#include <vector>

#include "compile/compiled_pack.hpp"
#include "evaluate/expression_eval.hpp"
#include "netral/verdict.hpp"

namespace netral {

// The heaviest level among the violated findings, raised by the pack's
// escalations (a repeat of the same kind), with its measures and basis.
SanctionResult aggregate_sanction(const Pack& pack, const std::vector<Finding>& findings, EvalContext& context);

// The referrals of every violated (not overridden) rule whose condition holds,
// each once.
std::vector<ReferralResult> collect_referrals(const Pack& pack, const std::vector<Finding>& findings,
                                              const Report& report);

}  // namespace netral
