// netral explain: one rule as a person reads it; with a report, how the rule
// decides it, sub-expression by sub-expression.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <fmt/format.h>

#include "cli.hpp"
#include "netral/explain.hpp"
#include "netral/pack_test.hpp"
#include "netral/visible_text.hpp"

namespace netral::cli {
namespace {

struct ExplainOptions {
    std::string rule;
    std::string report;
    std::vector<std::string> rules;
    std::string input_format;
    std::string example;
};

void print_unknown(const char* what, const std::string& name, const std::vector<std::string>& known) {
    std::string close = closest_match(name, known);
    print_message(fmt::format("the pack has no {} `{}`{}", what, name,
                              close.empty() ? "" : fmt::format("; did you mean `{}`?", close)));
}

int run_explain(const ExplainOptions& options) {
    // The rule's pack: the first of the packs that has it.
    std::vector<PackSource> sources = pack_sources_or_report(options.rules);
    if (sources.empty()) return exit_failed;
    std::shared_ptr<const Pack> pack;
    std::vector<std::string> known;
    for (const PackSource& source : sources) {
        std::shared_ptr<const Pack> loaded = load_source_or_report(source, true);
        if (!loaded) return exit_failed;
        std::vector<std::string> ids = rule_ids(*loaded);
        if (std::find(ids.begin(), ids.end(), options.rule) != ids.end()) {
            pack = loaded;
            break;
        }
        known.insert(known.end(), ids.begin(), ids.end());
    }
    if (!pack) {
        print_unknown("rule", options.rule, known);
        return exit_failed;
    }
    if (!options.report.empty() && !options.example.empty()) {
        print_message("give a REPORT or --example, not both");
        return exit_usage;
    }
    if (options.report.empty() && options.example.empty()) {
        fmt::print("{}", visible_text(*explain_rule(*pack, options.rule), true));
        return exit_ok;
    }
    if (!options.example.empty()) {
        std::optional<ReportInput> input = example_report(*pack, options.example);
        if (!input) {
            print_unknown("example", options.example, example_ids(*pack));
            return exit_failed;
        }
        fmt::print("{}", visible_text(*explain_rule_on_report(*pack, options.rule, *input), true));
        return input->report ? exit_ok : exit_failed;
    }
    std::optional<std::string> text = read_input(options.report);
    if (!text) return exit_failed;
    std::string path = options.report == "-" ? "<stdin>" : options.report;
    InputFormat format = !options.input_format.empty() ? *input_format_from_name(options.input_format)
                         : options.report == "-"       ? InputFormat::yaml
                                                       : input_format_for_path(options.report);
    std::vector<ReportInput> inputs = read_reports(*text, path, format, *pack);
    if (inputs.empty()) {
        print_message(fmt::format("{} holds no report", path));
        return exit_failed;
    }
    int status = exit_ok;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const ReportInput& input = inputs[i];
        for (const Diagnostic& d : input.diagnostics) fmt::print(stderr, "{}", format_diagnostic(d, {}));
        if (!input.report) status = exit_failed;
        if (i > 0) fmt::print("\n");
        fmt::print("{}", visible_text(*explain_rule_on_report(*pack, options.rule, input), true));
    }
    return status;
}

}  // namespace

void add_explain_command(CLI::App& app) {
    auto options = std::make_shared<ExplainOptions>();
    CLI::App* command = app.add_subcommand(
        "explain", "Show one rule as a person reads it; with a report, the value of each element and sub-expression");
    command->add_option("RULE", options->rule, "The rule's id, e.g. kampanye.ikut.calon")->required();
    command->add_option("REPORT", options->report,
                        "A report file (YAML, JSON, JSON Lines or CSV, as for `check`); `-` reads standard input");
    command->add_option("--example,-e", options->example, "Explain the rule on the report of this example of the pack");
    command->add_option("--rules,-r", options->rules,
                        "Rule pack folder, once per pack; the rule is looked up in each in turn (default: "
                        + default_pack_description() + ")")
        ->allow_extra_args(false);  // `--rules PACK REPORT`: one folder per --rules
    command->add_option("--input-format", options->input_format, "yaml, json, jsonl or csv (default: from the extension)")
        ->check(CLI::IsMember({"yaml", "json", "jsonl", "csv"}));
    command->footer(
        "Examples:\n"
        "  netral explain kampanye.ikut.calon\n"
        "  netral explain kampanye.ikut.calon samples/camat-kampanye-mobil-dinas.yaml\n"
        "  netral explain kampanye --rules my-pack my-pack/report.yaml\n"
        "  netral explain kampanye --rules my-pack --example ikut");
    command->callback([options] { exit_status() = run_explain(*options); });
}

}  // namespace netral::cli
