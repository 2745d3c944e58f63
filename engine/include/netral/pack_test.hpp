// `netral test`: the examples inside a pack, and what they leave untested.
#pragma once

#include <string>
#include <vector>

#include "netral/diagnostic.hpp"
#include "netral/pack.hpp"

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

PackTestReport run_examples(const Pack& pack);

}  // namespace netral
