// netral test: run a pack's examples and report what they leave untested.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <fmt/format.h>

#include "cli.hpp"
#include "netral/explain.hpp"
#include "netral/pack_test.hpp"
#include "netral/visible_text.hpp"

namespace netral::cli {
namespace {

struct TestOptions {
    std::vector<std::string> packs;
    bool quiet = false;
    ExampleFilter only;
};

std::string percent(std::size_t part, std::size_t whole) {
    return whole == 0 ? "100%" : fmt::format("{}%", part * 100 / whole);
}

// Whether the pack has what --example and --rule name.
bool has_names(const Pack& pack, const ExampleFilter& only) {
    auto has = [](const std::string& name, const std::vector<std::string>& names) {
        return name.empty() || std::find(names.begin(), names.end(), name) != names.end();
    };
    return has(only.example, example_ids(pack)) && has(only.rule, rule_ids(pack));
}

// --example or --rule that no pack has, with the closest name of any.
void print_unknown(const std::vector<std::shared_ptr<const Pack>>& packs, const ExampleFilter& only) {
    bool example = !only.example.empty();
    std::vector<std::string> known;
    for (const auto& pack : packs) {
        std::vector<std::string> names = example ? example_ids(*pack) : rule_ids(*pack);
        known.insert(known.end(), names.begin(), names.end());
    }
    const std::string& name = example ? only.example : only.rule;
    std::string close = closest_match(name, known);
    print_message(fmt::format("the pack has no {} `{}`{}", example ? "example" : "rule", name,
                              close.empty() ? "" : fmt::format("; did you mean `{}`?", close)));
}

int test_pack(const Pack& pack, const TestOptions& options) {
    PackTestReport report = run_examples(pack, options.only);
    for (const ExampleResult& example : report.examples) {
        if (example.passed) {
            if (!options.quiet) fmt::print("ok    {}\n", visible_text(example.id));
            continue;
        }
        fmt::print("FAIL  {}  ({}:{})\n", visible_text(example.id), visible_text(example.location.file),
                   example.location.line);
        if (!example.title.empty()) fmt::print("      {}\n", visible_text(example.title));
        for (const std::string& difference : example.differences) fmt::print("      {}\n", visible_text(difference));
    }
    if (!options.only.example.empty()) {  // one example measures no coverage
        std::size_t failed = report.failed();
        fmt::print("\n{} passed, {} failed\n", report.examples.size() - failed, failed);
        return failed == 0 ? exit_ok : exit_failed;
    }
    if (!options.only.rule.empty() && report.examples.empty()) {
        print_message(fmt::format("rule `{}` has no examples: none names it in `expect` or reaches it",
                                  options.only.rule));
        return exit_failed;
    }
    const Coverage& coverage = report.coverage;
    fmt::print("\ncoverage: rules {}/{} ({}), elements {}/{} ({}), exceptions {}/{} ({})", coverage.rules_covered,
               coverage.rules, percent(coverage.rules_covered, coverage.rules), coverage.elements_covered,
               coverage.elements, percent(coverage.elements_covered, coverage.elements), coverage.exceptions_covered,
               coverage.exceptions, percent(coverage.exceptions_covered, coverage.exceptions));
    if (coverage.requirements > 0)
        fmt::print(", requirements {}/{} ({})", coverage.requirements_covered, coverage.requirements,
                   percent(coverage.requirements_covered, coverage.requirements));
    fmt::print("\n");
    if (!coverage.gaps.empty()) {
        fmt::print("not exercised by any example:\n");
        for (const std::string& gap : coverage.gaps) fmt::print("  {}\n", gap);
    }
    std::size_t failed = report.failed();
    fmt::print("\n{} passed, {} failed\n", report.examples.size() - failed, failed);
    return failed == 0 ? exit_ok : exit_failed;
}

int run_test(const TestOptions& options) {
    std::vector<PackSource> sources = pack_sources_or_report(options.packs);
    if (sources.empty()) return exit_failed;
    bool filtered = !options.only.example.empty() || !options.only.rule.empty();
    int status = exit_ok;
    std::vector<std::shared_ptr<const Pack>> loaded;
    std::vector<std::pair<const PackSource*, std::shared_ptr<const Pack>>> tested;
    for (const PackSource& source : sources) {
        std::shared_ptr<const Pack> pack = load_source_or_report(source, true);
        if (!pack) {
            status = exit_failed;
            continue;
        }
        loaded.push_back(pack);
        // --example and --rule run in the packs that have what they name.
        if (!filtered || has_names(*pack, options.only)) tested.emplace_back(&source, pack);
    }
    if (filtered && tested.empty()) {
        if (status == exit_ok) print_unknown(loaded, options.only);
        return exit_failed;
    }
    for (std::size_t i = 0; i < tested.size(); ++i) {
        if (tested.size() > 1) fmt::print("{}== {}\n", i == 0 ? "" : "\n", visible_text(tested[i].first->root));
        if (test_pack(*tested[i].second, options) != exit_ok) status = exit_failed;
    }
    return status;
}

}  // namespace

void add_test_command(CLI::App& app) {
    auto options = std::make_shared<TestOptions>();
    CLI::App* command = app.add_subcommand("test", "Run the examples inside a rule pack and report their coverage");
    command->add_option("PACK", options->packs, "Rule pack folders (default: " + default_pack_description() + ")");
    command->add_flag("--quiet,-q", options->quiet, "Print only failures and the summary");
    command->add_option("--example,-e", options->only.example, "Run only the example with this id");
    command->add_option("--rule", options->only.rule,
                        "Run only the rule's examples (those naming it in `expect` or reaching it); coverage of that rule");
    command->callback([options] { exit_status() = run_test(*options); });
}

}  // namespace netral::cli
