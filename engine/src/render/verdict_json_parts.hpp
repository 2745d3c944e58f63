// Parts of a verdict's JSON that both renderers write the same way: the
// general one (render_json.cpp, also indented) and the batch one with the
// pack's texts encoded in advance (json_lines.cpp).
#pragma once

#include "netral/verdict.hpp"
#include "render/json_writer.hpp"

namespace netral {

void write_provision_ids(JsonWriter& json, ProvisionSpan provisions);
void write_classification(JsonWriter& json, const Verdict& verdict, bool compact);  // "classification": [...]
void write_admissibility(JsonWriter& json, const AdmissibilityResult& admissibility, bool compact);  // "admissibility": {…}
void write_deadlines(JsonWriter& json, const Verdict& verdict);  // "deadlines": [...] (full output only)
void write_sanction(JsonWriter& json, const Verdict& verdict, bool compact);  // "sanction": {…}
// A finding's "sanction": its rule's level, with the basis in force unless `compact`.
void write_finding_sanction(JsonWriter& json, const RuleInfo& rule, ProvisionSpan basis, bool compact);
void write_referral(JsonWriter& json, const ReferralResult& referral);
void write_recommendation(JsonWriter& json, const RecommendationResult& recommendation, bool compact);
void write_missing(JsonWriter& json, const MissingFact& missing, bool compact);
void write_diagnostic(JsonWriter& json, const Diagnostic& diagnostic);
void write_context(JsonWriter& json, const Verdict& verdict);  // "context": {…}

}  // namespace netral
