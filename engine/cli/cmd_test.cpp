// netral test: run a pack's examples and report what they leave untested.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli.hpp"
#include "netral/pack_test.hpp"
#include "netral/visible_text.hpp"

namespace netral::cli {
namespace {

struct TestOptions {
    std::string pack;
    bool quiet = false;
};

std::string percent(std::size_t part, std::size_t whole) {
    return whole == 0 ? "100%" : fmt::format("{}%", part * 100 / whole);
}

int run_test(const TestOptions& options) {
    std::shared_ptr<const Pack> pack = load_pack_or_report(options.pack, true);
    if (!pack) return exit_failed;
    PackTestReport report = run_examples(*pack);
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

}  // namespace

void add_test_command(CLI::App& app) {
    auto options = std::make_shared<TestOptions>();
    CLI::App* command = app.add_subcommand("test", "Run the examples inside a rule pack and report their coverage");
    command->add_option("PACK", options->pack, "Rule pack folder (default: the standard pack)");
    command->add_flag("--quiet,-q", options->quiet, "Print only failures and the summary");
    command->callback([options] { exit_status() = run_test(*options); });
}

}  // namespace netral::cli
