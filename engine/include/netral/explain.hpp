// `netral explain`: one rule as a person reads it, and how it decides one
// report. The texts are for rule authors (English structure, the pack's own
// words quoted verbatim), never for a case handler's documents.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "netral/pack.hpp"
#include "netral/report.hpp"

namespace netral {

// The rule: its elements, exceptions, what it overrides and what overrides
// it, the definitions it uses, the provisions it cites and its sanction's
// basis quoted with their notes and sources, and its examples. nullopt when
// the pack has no rule `rule_id`.
std::optional<std::string> explain_rule(const Pack& pack, std::string_view rule_id);

// The rule on one report: for each act it concerns (or once, for a per-report
// rule), the value (true, false, unknown) of `when`, of every element and
// exception and of each of their sub-expressions, with the facts that decided
// each, and the finding the verdict made. nullopt when there is no such rule.
std::optional<std::string> explain_rule_on_report(const Pack& pack, std::string_view rule_id,
                                                  const ReportInput& input);

// Every rule's id, in the pack's order (for suggestions).
std::vector<std::string> rule_ids(const Pack& pack);

}  // namespace netral
