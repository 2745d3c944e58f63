// Handling a report: whether it can be registered (its requirements, the
// reporting deadline) and the deadlines of its handling. About the report as
// a whole, apart from the substantive verdict.
#pragma once

#include <optional>

#include "compile/compiled_pack.hpp"
#include "evaluate/expression_eval.hpp"
#include "netral/check.hpp"
#include "netral/verdict.hpp"

namespace netral {

// The pack's requirements that apply to the report, each met, not met or
// unknown, and the outcome they make; what the reporter must still say.
// `date` is the date their provisions are read for.
void assess_admissibility(const Pack& pack, EvalContext& context, const CheckOptions& options, std::optional<Date> date,
                          SubjectMask excluded, AdmissibilityResult& result);

// The pack's handling deadlines that apply to the report.
void handling_deadlines(const Pack& pack, EvalContext& context, std::optional<Date> date, SubjectMask excluded,
                        std::vector<HandlingDeadlineResult>& out);

}  // namespace netral
