// Checking reports: the one entry point of evaluation.
#pragma once

#include "netral/pack.hpp"
#include "netral/report.hpp"
#include "netral/verdict.hpp"

namespace netral {

// The verdict for one report. Thread-safe: `pack` is never modified.
// An invalid input gives an `invalid` verdict carrying its diagnostics.
Verdict check(const Pack& pack, const ReportInput& input);

}  // namespace netral
