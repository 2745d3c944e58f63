// Checking reports: the one entry point of evaluation.
#pragma once

#include "netral/pack.hpp"
#include "netral/report.hpp"
#include "netral/verdict.hpp"

namespace netral {

struct CheckOptions {
    // Record each element's result and the facts that decided it
    // (Finding::elements). Outputs that do not show them (compact JSON Lines,
    // CSV, summaries) turn this off: it is most of the memory a verdict costs.
    bool element_detail = true;
    // Work out the handling deadlines (Verdict::deadlines), each requirement's
    // provisions and the questions that would complete the report
    // (admissibility.missing). The admissibility outcome and the requirements'
    // statuses are always there.
    bool handling_detail = true;
};

// The verdict for one report. Thread-safe: `pack` is never modified.
// An invalid input gives an `invalid` verdict carrying its diagnostics.
Verdict check(const Pack& pack, const ReportInput& input, const CheckOptions& options = {});

// The same into `verdict`, which is overwritten but keeps the memory it
// holds: a batch checks thousands of reports into one Verdict.
void check(const Pack& pack, const ReportInput& input, const CheckOptions& options, Verdict& verdict);

}  // namespace netral
