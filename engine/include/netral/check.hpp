// Checking reports: the one entry point of evaluation.
#pragma once

#include "netral/pack.hpp"
#include "netral/report.hpp"
#include "netral/verdict.hpp"

namespace netral {

struct CheckOptions {
    // Record the facts that decided each element (ElementResult::facts).
    // Outputs that do not show them (compact JSON Lines, CSV, summaries) turn
    // this off: it is most of the allocation a verdict costs.
    bool element_facts = true;
};

// The verdict for one report. Thread-safe: `pack` is never modified.
// An invalid input gives an `invalid` verdict carrying its diagnostics.
Verdict check(const Pack& pack, const ReportInput& input, const CheckOptions& options = {});

}  // namespace netral
