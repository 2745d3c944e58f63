// Runs each example report through check() and compares what its `expect`
// lines assert; then measures coverage in legal terms: every rule violated
// by one example and missed narrowly by another, every element seen both met
// and not met (or unknown), every exception applied.
#include "netral/pack_test.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <set>

#include "check/check_declarations.hpp"
#include "compile/compiled_pack.hpp"
#include "netral/check.hpp"

namespace netral {

std::size_t PackTestReport::failed() const {
    return static_cast<std::size_t>(
        std::count_if(examples.begin(), examples.end(), [](const ExampleResult& r) { return !r.passed; }));
}

namespace {

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
    return out.empty() ? "(none)" : out;
}

std::vector<std::string> ids(const std::vector<ast::Ref>& refs) {
    std::vector<std::string> out;
    for (const ast::Ref& ref : refs) out.push_back(ref.id);
    return out;
}

// Differences between two sets as diff lines.
void compare_sets(const std::string& what, std::vector<std::string> expected, std::vector<std::string> actual,
                  std::vector<std::string>& differences) {
    std::sort(expected.begin(), expected.end());
    std::sort(actual.begin(), actual.end());
    for (const std::string& item : expected)
        if (!std::binary_search(actual.begin(), actual.end(), item))
            differences.push_back(fmt::format("- {} {} (expected, not in the verdict)", what, item));
    for (const std::string& item : actual)
        if (!std::binary_search(expected.begin(), expected.end(), item))
            differences.push_back(fmt::format("+ {} {} (in the verdict, not expected)", what, item));
}

struct RequirementTally {
    bool met = false;
    bool other = false;  // not met or unknown
    std::vector<std::set<ElementStatus>> elements;
};

struct RuleTally {
    bool violated = false;
    bool near_miss = false;
    std::vector<std::set<ElementStatus>> elements;
    std::vector<bool> exceptions;
};

// Whether an example's `expect` lines name the rule.
bool expectations_name(const ast::Example& example, const std::string& rule) {
    auto named_in = [&](const std::optional<std::vector<ast::Ref>>& refs) {
        return refs && std::any_of(refs->begin(), refs->end(), [&](const ast::Ref& r) { return r.id == rule; });
    };
    if (named_in(example.rules) || named_in(example.overridden) || named_in(example.excepted)) return true;
    return std::any_of(example.elements.begin(), example.elements.end(),
                       [&](const ast::ExpectedElement& e) { return e.rule.id == rule; });
}

// Whether checking the example's report gives a finding of the rule.
bool reaches(const Pack& pack, const ast::Example& example, const std::string& rule) {
    std::vector<ReportInput> inputs = read_reports(example.report, example.location.file, InputFormat::yaml, pack);
    for (const ReportInput& input : inputs) {
        Verdict verdict = check(pack, input);
        for (const Finding& finding : verdict.findings)
            if (finding.rule->id == rule) return true;
    }
    return false;
}

bool is_example_of(const Pack& pack, const ast::Example& example, const std::string& rule) {
    return expectations_name(example, rule) || reaches(pack, example, rule);
}

class ExampleRunner {
public:
    ExampleRunner(const Pack& pack, const ExampleFilter& filter) : pack_(pack), filter_(filter) {
        for (const CompiledRequirement& requirement : pack.requirements)
            requirement_tallies_[requirement.info->id].elements.resize(requirement.info->element_names.size());
        for (const CompiledRule& rule : pack.rules) {
            RuleTally tally;
            tally.elements.resize(rule.info->element_names.size());
            tally.exceptions.resize(rule.info->exception_names.size());
            tallies_[rule.info->id] = std::move(tally);
        }
    }

    PackTestReport run() {
        PackTestReport report;
        for (const ast::Example* example : pack_.examples) {
            if (!filter_.example.empty() && example->id != filter_.example) continue;
            if (!filter_.rule.empty() && !is_example_of(pack_, *example, filter_.rule)) continue;
            report.examples.push_back(run_one(*example));
        }
        if (filter_.example.empty()) report.coverage = coverage();
        return report;
    }

private:
    ExampleResult run_one(const ast::Example& example) {
        ExampleResult result{example.id, example.title, example.location, true, {}};
        std::vector<ReportInput> inputs = read_reports(example.report, example.location.file, InputFormat::yaml, pack_);
        if (inputs.size() != 1) {
            result.passed = false;
            result.differences.push_back("the example must hold exactly one report");
            return result;
        }
        Verdict verdict = check(pack_, inputs[0]);
        tally(verdict);
        auto& diff = result.differences;
        // A failing expectation is reported at its `expect` line: the first
        // one that fails, or the example when none of them is to blame.
        std::optional<Location> failure_at;
        std::size_t before = 0;
        auto mark = [&](std::size_t size_before, const Location& where) {
            if (!failure_at && diff.size() > size_before && where.line > 0) failure_at = where;
        };
        auto expected_at = [&](const char* kind) {
            for (const auto& [written, where] : example.expect_locations)
                if (written == kind) return where;
            return example.location;
        };
        before = diff.size();
        if (example.status && example.status->id != to_string(verdict.status))
            diff.push_back(fmt::format("status: expected {}, got {}", example.status->id, to_string(verdict.status)));
        mark(before, expected_at("status"));
        std::string level = verdict.sanction && verdict.sanction->level ? verdict.sanction->level->name : "none";
        before = diff.size();
        if (example.level && example.level->id != level)
            diff.push_back(fmt::format("level: expected {}, got {}", example.level->id, level));
        mark(before, expected_at("level"));
        before = diff.size();
        if (example.rules) {
            std::vector<std::string> violated;
            for (const Finding& finding : verdict.findings)
                if (finding.status == FindingStatus::violation &&
                    std::find(violated.begin(), violated.end(), finding.rule->id) == violated.end())
                    violated.push_back(finding.rule->id);
            compare_sets("rule", ids(*example.rules), violated, diff);
        }
        mark(before, expected_at("rules"));
        before = diff.size();
        if (example.cites) {
            std::vector<std::string> cited;
            for (const Finding& finding : verdict.findings)
                if (finding.status == FindingStatus::violation)
                    for (const ProvisionInfo* provision : finding.provisions)
                        if (std::find(cited.begin(), cited.end(), provision->id) == cited.end())
                            cited.push_back(provision->id);
            compare_sets("provision", ids(*example.cites), cited, diff);
        }
        mark(before, expected_at("cites"));
        before = diff.size();
        if (example.missing) {
            std::vector<std::string> actual;
            for (const MissingFact& fact : verdict.missing) actual.push_back(fact.fact);
            std::vector<std::string> expected = ids(*example.missing);
            if (expected != actual)
                diff.push_back(fmt::format("missing: expected [{}], got [{}]", join(expected), join(actual)));
        }
        mark(before, expected_at("missing"));
        before = diff.size();
        if (example.basis) {
            std::vector<std::string> actual;
            if (verdict.sanction)
                for (const ProvisionInfo* provision : verdict.sanction->basis) add_unique(actual, provision->id);
            compare_sets("sanction basis", ids(*example.basis), actual, diff);
        }
        mark(before, expected_at("basis"));
        before = diff.size();
        if (example.referrals) {
            std::vector<std::string> actual;
            for (const ReferralResult& referral : verdict.referrals) add_unique(actual, referral.to);
            compare_sets("referral to", ids(*example.referrals), actual, diff);
        }
        mark(before, expected_at("refer"));
        before = diff.size();
        if (example.recommendations) {
            std::vector<std::string> actual;
            for (const RecommendationResult& recommendation : verdict.recommendations)
                add_unique(actual, std::string(recommendation.to.empty() ? "(no recipient)" : recommendation.to));
            compare_sets("recommendation to", ids(*example.recommendations), actual, diff);
        }
        mark(before, expected_at("recommend"));
        before = diff.size();
        if (example.overridden) {
            std::vector<std::string> actual;
            for (const Finding& finding : verdict.findings)
                if (finding.status == FindingStatus::overridden && !finding.overridden_by.empty())
                    add_unique(actual, finding.rule->id);
            compare_sets("overridden rule", ids(*example.overridden), actual, diff);
        }
        mark(before, expected_at("overridden"));
        before = diff.size();
        if (example.excepted) {
            std::vector<std::string> actual;
            // Set aside by an exception: every element met, the exception applied.
            for (const Finding& finding : verdict.findings)
                if (finding.status == FindingStatus::overridden && !finding.exception.empty())
                    add_unique(actual, finding.rule->id);
            compare_sets("excepted rule", ids(*example.excepted), actual, diff);
        }
        mark(before, expected_at("excepted"));
        for (const ast::ExpectedElement& expected : example.elements) {
            before = diff.size();
            compare_element(expected, verdict, diff);
            mark(before, expected.location);
        }
        before = diff.size();
        if (example.admissibility && example.admissibility->id != to_string(verdict.admissibility.outcome))
            diff.push_back(fmt::format("admissibility: expected {}, got {}", example.admissibility->id,
                                       to_string(verdict.admissibility.outcome)));
        mark(before, expected_at("admissibility"));
        for (const auto& [id, status] : example.requirements) {
            const RequirementResult* found = nullptr;
            for (const RequirementResult& r : verdict.admissibility.requirements)
                if (r.requirement->id == id.id) found = &r;
            std::string got = found ? to_string(found->status) : "not applicable";
            if (got != element_status_name(status.id)) {
                diff.push_back(fmt::format("requirement {}: expected {}, got {}", id.id, element_status_name(status.id), got));
                mark(0, id.location);
            }
        }
        for (const auto& [id, day] : example.deadlines) {
            before = diff.size();
            std::optional<std::optional<Date>> got;  // outer: found; inner: the last day, if it could be worked out
            for (const RequirementResult& r : verdict.admissibility.requirements)
                if (r.requirement->id == id.id && r.deadline) got = r.deadline->last_day;
            for (const HandlingDeadlineResult& d : verdict.deadlines)
                if (d.id == id.id) got = d.deadline.last_day;
            auto words = [](const std::optional<Date>& d) { return d ? format_iso_date(*d) : std::string("none"); };
            if (!got) diff.push_back(fmt::format("deadline {}: expected {}, but it does not apply", id.id, words(day)));
            else if (*got != day)
                diff.push_back(fmt::format("deadline {}: expected {}, got {}", id.id, words(day), words(*got)));
            mark(before, id.location);
        }
        before = diff.size();
        if (example.classification) {
            std::vector<std::string> actual;
            for (const KindInfo* kind : verdict.classification) actual.push_back(kind->name);
            compare_sets("kind", ids(*example.classification), actual, diff);
        }

        mark(before, expected_at("kind"));        for (const Diagnostic& d : verdict.diagnostics)
            if (d.severity == Severity::error) diff.push_back("the report is invalid: " + d.message);
        result.passed = diff.empty();
        if (failure_at) result.location = *failure_at;
        return result;
    }

    // `expect element R "name" STATUS [act N]`: every finding of R (or the
    // one for act N) has that element with that status.
    static void compare_element(const ast::ExpectedElement& expected, const Verdict& verdict,
                                std::vector<std::string>& diff) {
        std::string want = element_status_name(expected.status.id);
        std::string what = fmt::format("element \"{}\" of {}{}", expected.name, expected.rule.id,
                                       expected.act ? fmt::format(" (act {})", *expected.act) : "");
        int seen = 0;
        for (const Finding& finding : verdict.findings) {
            if (finding.rule->id != expected.rule.id) continue;
            if (expected.act && finding.act != *expected.act) continue;
            ++seen;
            const ElementResult* element = nullptr;
            for (const ElementResult& e : finding.elements)
                if (*e.name == expected.name) element = &e;
            if (!element) {
                diff.push_back(fmt::format("{}: the rule has no such element", what));
                return;
            }
            if (to_string(element->status) != want)
                diff.push_back(fmt::format("{}: expected {}, got {}", what, want, to_string(element->status)));
        }
        if (seen == 0) diff.push_back(fmt::format("{}: the verdict has no finding of that rule", what));
    }

    static void add_unique(std::vector<std::string>& list, const std::string& item) {
        if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
    }

    void tally(const Verdict& verdict) {
        for (const RequirementResult& requirement : verdict.admissibility.requirements) {
            RequirementTally& tally = requirement_tallies_[requirement.requirement->id];
            (requirement.status == ElementStatus::met ? tally.met : tally.other) = true;
            for (std::size_t e = 0; e < requirement.elements.size() && e < tally.elements.size(); ++e)
                tally.elements[e].insert(requirement.elements[e].status);
        }
        for (const Finding& finding : verdict.findings) {
            RuleTally& tally = tallies_[finding.rule->id];
            bool violated = finding.status == FindingStatus::violation ||
                            (finding.status == FindingStatus::overridden && !finding.overridden_by.empty());
            tally.violated |= violated;
            tally.near_miss |= finding.status == FindingStatus::not_violation;
            for (std::size_t e = 0; e < finding.elements.size(); ++e) tally.elements[e].insert(finding.elements[e].status);
            for (std::size_t x = 0; x < finding.rule->exception_names.size(); ++x)
                if (finding.exception == finding.rule->exception_names[x]) tally.exceptions[x] = true;
        }
    }

    Coverage coverage() const {
        Coverage coverage;
        // The scope-date element is the same in every per-act rule: it is
        // covered once for the pack, not once per rule.
        std::set<ElementStatus> scope_seen;
        std::string scope_name;
        for (const CompiledRule& rule : pack_.rules) {
            const RuleInfo& info = *rule.info;
            if (!filter_.rule.empty() && info.id != filter_.rule) continue;
            const RuleTally& tally = tallies_.at(info.id);
            ++coverage.rules;
            if (tally.violated && tally.near_miss) ++coverage.rules_covered;
            if (!tally.violated) coverage.gaps.push_back(fmt::format("rule {}: no example violates it", info.id));
            if (!tally.near_miss)
                coverage.gaps.push_back(fmt::format("rule {}: no example is a near miss (a finding that is not a violation)", info.id));
            for (std::size_t e = 0; e < info.element_names.size(); ++e) {
                const auto& seen = tally.elements[e];
                if (static_cast<int>(e) == info.scope_element) {
                    scope_seen.insert(seen.begin(), seen.end());
                    scope_name = info.element_names[e];
                    continue;
                }
                ++coverage.elements;
                bool met = seen.count(ElementStatus::met) > 0;
                bool other = seen.count(ElementStatus::not_met) > 0 || seen.count(ElementStatus::unknown) > 0;
                if (met && other) ++coverage.elements_covered;
                else
                    coverage.gaps.push_back(fmt::format("element \"{}\" of rule {}: never {}", info.element_names[e],
                                                        info.id, met ? "not met or unknown" : "met"));
            }
            for (std::size_t x = 0; x < info.exception_names.size(); ++x) {
                ++coverage.exceptions;
                if (tally.exceptions[x]) ++coverage.exceptions_covered;
                else
                    coverage.gaps.push_back(
                        fmt::format("exception \"{}\" of rule {}: never applies", info.exception_names[x], info.id));
            }
        }
        // One rule's examples measure that rule, not the pack's requirements.
        for (const CompiledRequirement& requirement : pack_.requirements) {
            if (!filter_.rule.empty()) break;
            const RequirementInfo& info = *requirement.info;
            const RequirementTally& tally = requirement_tallies_.at(info.id);
            ++coverage.requirements;
            if (tally.met && tally.other) ++coverage.requirements_covered;
            if (!tally.met) coverage.gaps.push_back(fmt::format("requirement {}: no example meets it", info.id));
            if (!tally.other)
                coverage.gaps.push_back(fmt::format("requirement {}: no example misses it (not met or unknown)", info.id));
            for (std::size_t e = 0; e < info.element_names.size(); ++e) {
                ++coverage.elements;
                const auto& seen = tally.elements[e];
                bool met = seen.count(ElementStatus::met) > 0;
                bool other = seen.count(ElementStatus::not_met) > 0 || seen.count(ElementStatus::unknown) > 0;
                if (met && other) ++coverage.elements_covered;
                else
                    coverage.gaps.push_back(fmt::format("element \"{}\" of requirement {}: never {}", info.element_names[e],
                                                        info.id, met ? "not met or unknown" : "met"));
            }
        }
        if (!scope_name.empty()) {
            ++coverage.elements;
            bool met = scope_seen.count(ElementStatus::met) > 0;
            bool other = scope_seen.count(ElementStatus::not_met) > 0 || scope_seen.count(ElementStatus::unknown) > 0;
            if (met && other) ++coverage.elements_covered;
            else
                coverage.gaps.push_back(fmt::format("element \"{}\" of the pack's scope: never {}", scope_name,
                                                    met ? "not met or unknown" : "met"));
        }
        return coverage;
    }

    const Pack& pack_;
    const ExampleFilter& filter_;
    std::map<std::string, RuleTally> tallies_;
    std::map<std::string, RequirementTally> requirement_tallies_;
};

}  // namespace

PackTestReport run_examples(const Pack& pack, const ExampleFilter& filter) { return ExampleRunner(pack, filter).run(); }

std::vector<std::string> example_ids(const Pack& pack) {
    std::vector<std::string> ids;
    for (const ast::Example* example : pack.examples) ids.push_back(example->id);
    return ids;
}

std::optional<ReportInput> example_report(const Pack& pack, const std::string& id) {
    for (const ast::Example* example : pack.examples) {
        if (example->id != id) continue;
        std::vector<ReportInput> inputs = read_reports(example->report, example->location.file, InputFormat::yaml, pack);
        if (inputs.empty()) return std::nullopt;
        // Where the report starts in the pack's file, not in the example's text.
        if (inputs.front().location.line > 0 && example->report_location.line > 0)
            inputs.front().location.line += example->report_location.line - 1;
        return std::move(inputs.front());
    }
    return std::nullopt;
}

std::vector<ExampleSummary> examples_of_rule(const Pack& pack, const std::string& rule) {
    std::vector<ExampleSummary> found;
    for (const ast::Example* example : pack.examples)
        if (is_example_of(pack, *example, rule))
            found.push_back({example->id, example->title, example->location,
                             example->status ? example->status->id : std::string()});
    return found;
}

}  // namespace netral
