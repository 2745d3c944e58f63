// netral check: verdicts for the reports in one or more inputs.
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <unistd.h>

#include "cli.hpp"
#include "netral/check.hpp"
#include "netral/render.hpp"

namespace netral::cli {
namespace {

struct CheckOptions {
    std::vector<std::string> inputs;
    std::string rules;
    std::string format = "text";
    std::string input_format;
    std::string output;
};

std::optional<std::string> read_input(const std::string& path) {
    if (path == "-") {
        std::ostringstream text;
        text << std::cin.rdbuf();
        return text.str();
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

int run_check(const CheckOptions& options) {
    std::shared_ptr<const Pack> pack = load_pack_or_report(options.rules, true);
    if (!pack) return exit_failed;
    int status = exit_ok;
    std::vector<Verdict> verdicts;
    for (const std::string& path : options.inputs) {
        std::optional<std::string> text = read_input(path);
        if (!text) {
            fmt::print(stderr, "netral: cannot read {}: {}\n", path, std::strerror(errno));
            status = exit_failed;
            continue;
        }
        InputFormat format = InputFormat::automatic;
        if (!options.input_format.empty()) format = *input_format_from_name(options.input_format);
        else if (path == "-") format = InputFormat::jsonl;
        std::string shown = path == "-" ? "<stdin>" : path;
        for (const ReportInput& input : read_reports(*text, shown, format, *pack)) verdicts.push_back(check(*pack, input));
    }
    std::string out;
    if (options.format == "jsonl") {
        for (const Verdict& verdict : verdicts) out += render_json(verdict) + "\n";
    } else if (options.format == "json") {
        if (verdicts.size() == 1) {
            out = render_json_pretty(verdicts[0]) + "\n";
        } else {
            out = "[";
            for (std::size_t i = 0; i < verdicts.size(); ++i) out += (i ? ",\n" : "\n") + render_json_pretty(verdicts[i]);
            out += verdicts.empty() ? "]\n" : "\n]\n";
        }
    } else {
        bool color = options.output.empty() && isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR");
        for (std::size_t i = 0; i < verdicts.size(); ++i) {
            if (i) out += "\n" + std::string(72, '-') + "\n\n";
            out += render_text(verdicts[i], color);
        }
    }
    if (!write_output(options.output, out)) return exit_failed;
    return status;
}

}  // namespace

void add_check_command(CLI::App& app) {
    auto options = std::make_shared<CheckOptions>();
    CLI::App* command = app.add_subcommand("check", "Check incident reports and print a verdict for each");
    command->add_option("INPUT", options->inputs,
                        "Report files: YAML (one or more documents), JSON (an object or an array), JSON Lines, CSV; "
                        "`-` reads JSON Lines from standard input")
        ->required();
    command->add_option("--rules,-r", options->rules, "Rule pack folder (default: $NETRAL_RULES, else the standard pack)");
    command->add_option("--format,-f", options->format, "Output: text (for a person), json, jsonl (verdict-format v1)")
        ->check(CLI::IsMember({"text", "json", "jsonl"}));
    command->add_option("--input-format", options->input_format, "Input format, when the file extension does not say it")
        ->check(CLI::IsMember({"yaml", "json", "jsonl", "csv"}));
    command->add_option("--output,-o", options->output, "Write to this file (atomically) instead of standard output");
    command->footer("Examples:\n  netral check samples/camat-kampanye.yaml\n  netral check --format jsonl reports.jsonl -o verdicts.jsonl");
    command->callback([options] { exit_status() = run_check(*options); });
}

}  // namespace netral::cli
