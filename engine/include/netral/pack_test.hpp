// `netral test`: the examples inside a pack, and what they leave untested.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "netral/diagnostic.hpp"
#include "netral/pack.hpp"
#include "netral/report.hpp"

namespace netral {

struct ExampleResult {
    std::string id;
    std::string title;
    Location location;
    bool passed = true;
    // One line per difference: "status: expected violation, got insufficient",
    // "- rule kampanye.ikut (expected, not violated)", "+ rule x (violated, not expected)".
    std::vector<std::string> differences;
};

struct Coverage {
    std::size_t rules = 0, rules_covered = 0;
    std::size_t elements = 0, elements_covered = 0;
    std::size_t exceptions = 0, exceptions_covered = 0;
    std::size_t requirements = 0, requirements_covered = 0;  // each met by one example and missed by another
    // "rule medsos.calon: no example violates it", "element `x` of rule y:
    // never not met", "exception `z` of rule y: never applies".
    std::vector<std::string> gaps;
};

struct PackTestReport {
    std::vector<ExampleResult> examples;
    Coverage coverage;
    std::size_t failed() const;
};

// Which examples to run: all (both empty), the one named `example`, or the
// examples of rule `rule` (examples_of_rule). Coverage is measured over what
// runs: for one rule, that rule's elements and exceptions only; for one
// example, nothing (Coverage stays empty).
struct ExampleFilter {
    std::string example;
    std::string rule;
};

PackTestReport run_examples(const Pack& pack, const ExampleFilter& filter = {});

// Every example's id, in the pack's order (for suggestions).
std::vector<std::string> example_ids(const Pack& pack);

// The examples of a rule, in the pack's order: those whose `expect` lines name
// it (rules, overridden, excepted, element) and those whose report the rule
// reaches (a finding of it, whatever its status).
struct ExampleSummary {
    std::string id;
    std::string title;
    Location location;
    std::string expected_status;  // `expect status`, or empty
};
// The report of example `id`, read against the pack (for `netral explain
// RULE --example ID`); nullopt when the pack has no such example.
std::optional<ReportInput> example_report(const Pack& pack, const std::string& id);

std::vector<ExampleSummary> examples_of_rule(const Pack& pack, const std::string& rule);

}  // namespace netral
